import type { Database } from 'better-sqlite3';
import { THEME_COLOURS, themeInput } from '../../../shared/model/themes';
import { foldText } from '../../../shared/model/text';
import { badFile, endsWith, named, type FileTheme } from './fileThemes';
import { groupBy } from './groupBy';
import { altLabelsOf, distinctAltLabels, type ThemeFields, type ThemeRow } from './rows';

/**
 * What an import would do, worked out without writing: each theme of the file is matched to a
 * theme of the archive (same id; else same label under the same broader theme) or added, and the
 * thesaurus as it would then be is checked (no loops, no two siblings with one label, nothing in
 * use under a retired theme). Any problem stops the import with a message naming the theme.
 */

export interface PlannedTheme {
  id: string;
  fields: ThemeFields;
  /** The theme as it is in the archive, or null when the file adds it. */
  before: ThemeRow | null;
  changed: boolean;
}

interface Known extends ThemeFields {
  id: string;
  mergedInto: string | null;
  /** The file theme that set it, when one did. */
  from: FileTheme | null;
}

/** Parents before children; a loop in the file's broader links is refused. */
function treeOrder(themes: readonly FileTheme[]): FileTheme[] {
  const byKey = new Map<string, FileTheme>();
  for (const t of themes) {
    const twin = byKey.get(t.key);
    if (twin) badFile(`${named(twin)} and ${named(t)} have the same id. Each theme may appear only once.`);
    byKey.set(t.key, t);
  }
  const out: FileTheme[] = [];
  const state = new Map<FileTheme, 'visiting' | 'done'>();
  const visit = (t: FileTheme, path: FileTheme[]): void => {
    if (state.get(t) === 'done') return;
    if (state.get(t) === 'visiting') {
      const loop = [...path.slice(path.indexOf(t)), t].map((x) => `“${x.label}”`).join(' → ');
      badFile(`The broader themes in the file form a loop: ${loop}. A theme cannot be under itself.`);
    }
    state.set(t, 'visiting');
    const parent = t.parent !== null && 'key' in t.parent ? byKey.get(t.parent.key) : undefined;
    if (parent) visit(parent, [...path, t]);
    state.set(t, 'done');
    out.push(t);
  };
  for (const t of themes) visit(t, []);
  return out;
}

/** The file's fields checked by the same rules as a theme typed in by hand. */
function checked(t: FileTheme) {
  const r = themeInput.safeParse({ label: t.label, altLabels: t.altLabels ?? [], scopeNote: t.scopeNote ?? '', colour: t.colour ?? THEME_COLOURS[0] });
  if (!r.success) {
    const issue = r.error.issues[0];
    const field = issue?.path[0] === 'altLabels' ? 'an other label' : issue?.path[0] === 'scopeNote' ? 'the scope note' : String(issue?.path[0] ?? '');
    badFile(`${named(t)}: ${field ? `${field}: ` : ''}${issue?.message ?? 'not valid'}.`.replace(/\.\.$/, '.'));
  }
  return r.data;
}

export function planImport(db: Database, themes: readonly FileTheme[]): PlannedTheme[] {
  const rows = new Map((db.prepare('SELECT * FROM themes ORDER BY label_sort, id').all() as ThemeRow[]).map((r) => [r.id, r]));
  const known = new Map<string, Known>();
  for (const r of rows.values()) {
    known.set(r.id, { id: r.id, label: r.label, altLabels: altLabelsOf(r), scopeNote: r.scope_note, parentId: r.parent_id, colour: r.colour, retired: r.retired === 1, mergedInto: r.merged_into, from: null });
  }
  const live = () => [...known.values()].filter((k) => k.mergedInto === null);
  // Live themes by broader theme and folded label, kept in step with `known`.
  const siblingKey = (parentId: string | null, label: string) => `${parentId ?? ''}\u0000${foldText(label)}`;
  const bySibling = new Map(live().map((k) => [siblingKey(k.parentId, k.label), k]));
  const remember = (k: Known) => {
    const old = known.get(k.id);
    if (old && bySibling.get(siblingKey(old.parentId, old.label)) === old) bySibling.delete(siblingKey(old.parentId, old.label));
    known.set(k.id, k);
    if (!bySibling.has(siblingKey(k.parentId, k.label))) bySibling.set(siblingKey(k.parentId, k.label), k);
  };
  const labelOf = (id: string | null) => (id === null ? 'at the top' : `under “${known.get(id)?.label ?? ''}”`);
  const byLabel = groupBy(live(), (k) => foldText(k.label));
  const assigned = new Map<string, string>();
  const plan: PlannedTheme[] = [];

  for (const t of treeOrder(themes)) {
    const data = checked(t);
    const parentId = resolveParent(t);
    let match = t.id !== null ? known.get(t.id) : undefined;
    if (match?.mergedInto) badFile(`${named(t)} was merged into “${known.get(match.mergedInto)?.label ?? ''}” in this archive. Remove it from the file, or leave its id empty to add it again.`);
    match ??= bySibling.get(siblingKey(parentId, data.label));
    if (match?.from) badFile(`The file has two themes “${data.label}” ${labelOf(parentId)}: ${match.from.where} and ${t.where}. Keep one of them.`);
    const base = match ?? null;
    const fields: ThemeFields = {
      label: data.label,
      altLabels: distinctAltLabels(data.label, t.altLabels === undefined && base ? base.altLabels : data.altLabels),
      scopeNote: t.scopeNote === undefined && base ? base.scopeNote : data.scopeNote,
      parentId,
      colour: t.colour === undefined ? (base?.colour ?? (parentId !== null ? known.get(parentId)?.colour : undefined) ?? THEME_COLOURS[0]) : data.colour,
      retired: t.retired ?? base?.retired ?? false,
    };
    const id = base?.id ?? t.id ?? crypto.randomUUID();
    const changed = base === null || (['label', 'altLabels', 'scopeNote', 'parentId', 'colour', 'retired'] as const).some((f) => JSON.stringify(base[f]) !== JSON.stringify(fields[f]));
    remember({ ...fields, id, mergedInto: null, from: t });
    assigned.set(t.key, id);
    plan.push({ id, fields, before: rows.get(id) ?? null, changed });
  }
  checkResult(live(), known);
  return plan;

  function resolveParent(t: FileTheme): string | null {
    const p = t.parent;
    if (p === null) return null;
    if ('key' in p) return assigned.get(p.key) ?? badFile(`${named(t)}: its broader theme could not be found.`);
    if ('archiveId' in p) {
      const k = known.get(p.archiveId);
      if (!k) badFile(`${named(t)}: its broader theme (id ${p.archiveId}) is neither in the file nor in this archive.`);
      if (k.mergedInto) badFile(`${named(t)}: its broader theme “${k.label}” was merged into “${known.get(k.mergedInto)?.label ?? ''}”. Use that theme instead.`);
      return k.id;
    }
    // A label path names a theme by its label and as many of its broader themes as needed.
    const pathOf = (k: Known): string[] => {
      const labels = [k.label];
      for (let up = k.parentId === null ? undefined : known.get(k.parentId); up && labels.length <= known.size; up = up.parentId === null ? undefined : known.get(up.parentId)) labels.unshift(up.label);
      return labels;
    };
    const tail = p.archivePath.map(foldText);
    const found = (byLabel.get(tail.at(-1) ?? '') ?? []).filter((k) => k.mergedInto === null && endsWith(pathOf(k).map(foldText), tail));
    const text = p.archivePath.join(' > ');
    const paths = found.map((k) => `“${pathOf(k).join(' > ')}”`).sort();
    if (found.length > 1) badFile(`${named(t)}: its broader theme “${text}” could be any of ${paths.join(', ')}. Write more of its path.`);
    return found[0]?.id ?? badFile(`${named(t)}: its broader theme “${text}” is neither in the file nor in this archive.`);
  }
}

/** The thesaurus as the import would leave it keeps the rules (only what the file touched is checked). */
function checkResult(live: Known[], known: Map<string, Known>): void {
  const siblings = new Map<string, Known>();
  for (const k of [...live].sort((a, b) => (a.from ? 1 : 0) - (b.from ? 1 : 0))) {
    const key = `${k.parentId ?? ''}\u0000${foldText(k.label)}`;
    const twin = siblings.get(key);
    if (twin && k.from) badFile(`${named(k.from)} would have the same label as “${twin.label}”, which is already ${k.parentId === null ? 'at the top of the thesaurus' : `under “${known.get(k.parentId)?.label ?? ''}”`}. Rename one of them.`);
    siblings.set(key, k);
  }
  for (const k of live) {
    if (!k.from) continue;
    const seen = new Set([k.id]);
    for (let p = k.parentId; p !== null; p = known.get(p)?.parentId ?? null) {
      if (seen.has(p)) badFile(`${named(k.from)}: with this file the broader themes would form a loop (“${k.label}” would end up under itself).`);
      seen.add(p);
    }
  }
  for (const k of live) {
    const parent = k.parentId === null ? undefined : known.get(k.parentId);
    if (!parent || k.retired || !parent.retired || (!k.from && !parent.from)) continue;
    badFile(`“${k.label}” is in use but its broader theme “${parent.label}” would be retired. Retire “${k.label}” too, or keep “${parent.label}”.`);
  }
}
