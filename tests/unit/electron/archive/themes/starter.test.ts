import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_COLOURS } from '../../../../../shared/model/themes';
import { createCtx } from '../../../../../electron/archive/context';
import { openArchive } from '../../../../../electron/archive/db/open';
import { createRouter } from '../../../../../electron/archive/router';
import { seedStarterThesaurus } from '../../../../../electron/archive/themes/starter';
import { createWorkspace } from '../../../../../electron/archive/workspace';
import { owner, tempDir, testArchive } from '../../../helpers';

describe('the starter thesaurus', () => {
  it('seeds every new archive, through the importer, with an audit event', () => {
    const a = testArchive();
    const tree = a.call('themes.tree', {}).items;
    expect(tree.length).toBeGreaterThanOrEqual(40);
    expect(tree.length).toBeLessThanOrEqual(70);
    expect(tree.filter((n) => n.depth === 0).map((n) => n.label)).toEqual(['Policing and justice', 'Restorative justice', 'Violations']);
    expect(Math.max(...tree.map((n) => n.depth))).toBe(2);
    const labels = new Set(tree.map((n) => n.label));
    for (const expected of [
      'Community healing', 'Trust in police', 'Police–community relations', 'Community forums', 'Apology', 'Truth-telling', 'Memorials and markers',
      'Reintegration after incarceration', 'Victim support', 'Accountability', 'Reparations', 'Denial of medical care', 'Intergenerational harm',
      'Killing', 'Torture', 'Severe ill-treatment', 'Abduction', 'Unlawful arrest and detention', 'Destruction of property', 'Sexual violence', 'Forced removal',
    ]) {
      expect(labels, expected).toContain(expected);
    }
    for (const n of tree) {
      expect(THEME_COLOURS as readonly string[]).toContain(n.colour);
      expect(a.call('themes.get', { id: n.id }).scopeNote.length, n.label).toBeGreaterThan(20);
    }
    expect(tree.some((n) => n.altLabels.some((l) => l.lang === 'af'))).toBe(true);
    const seeded = a.call('archive.history', { entityType: 'theme', entityId: 'thesaurus' });
    expect(seeded).toHaveLength(1);
    expect(seeded[0]).toMatchObject({ action: 'import', method: 'workspace.create', changes: expect.arrayContaining([{ field: 'added', old: null, new: tree.length }]) as unknown });
    // Starter ids are fixed, so every archive shares them.
    const other = testArchive();
    expect(other.call('themes.tree', {}).items.map((n) => n.id)).toEqual(tree.map((n) => n.id));
  });

  it('seeds the default archive too', () => {
    const root = tempDir();
    const workspace = createWorkspace({ dataDir: path.join(root, 'data') });
    const router = createRouter(workspace);
    expect(router.call(owner, 'workspace.openDefault', {}).ok).toBe(true);
    const tree = router.call(owner, 'themes.tree', {});
    expect(tree.ok && tree.value.items.length).toBeGreaterThanOrEqual(40);
    workspace.close();
  });

  it('is not added to an archive opened without being created through the workspace (as after a migration)', () => {
    const dir = path.join(tempDir(), 'Bare.tessera');
    const a = openArchive(dir, { create: true });
    try {
      expect(a.db.prepare('SELECT count(*) FROM themes').pluck().get()).toBe(0);
      // Seeding is an import like any other: it can be run on such an archive and changes nothing twice.
      const ctx = createCtx({ ...a, isDefault: false }, owner, 'themes.import');
      const first = a.db.transaction(() => seedStarterThesaurus(ctx))();
      expect(first.added).toBeGreaterThanOrEqual(40);
      const again = a.db.transaction(() => seedStarterThesaurus(ctx))();
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: first.added });
      expect(() => seedStarterThesaurus(ctx, path.join(dir, 'missing.ttl'))).toThrow(/starter thesaurus is missing/);
    } finally {
      a.close();
    }
  });
});
