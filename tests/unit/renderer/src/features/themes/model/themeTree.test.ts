import { describe, expect, it } from 'vitest';
import type { ThemeNode } from '../../../../../../../shared/model/themes';
import { findThemes, indexThemes, pathText, subtreeIds, visibleForFilter } from '../../../../../../../renderer/src/features/themes/model/themeTree';
import { parentRow, rowForKey, visibleRows } from '../../../../../../../renderer/src/features/themes/model/treeRows';

const counts = { passages: 0, testimonies: 0, ownPassages: 0, ownTestimonies: 0 };
const node = (id: string, label: string, parentId: string | null, depth: number, altLabels: { label: string; lang: string }[] = []): ThemeNode => ({ id, label, parentId, depth, altLabels, colour: '#1d4ed8', retired: false, counts });

// Restorative justice › Apology › Personal apology; Violations › Torture
const nodes = [
  node('rj', 'Restorative justice', null, 0),
  node('ap', 'Apology', 'rj', 1, [{ label: 'Verskoning', lang: 'af' }]),
  node('pa', 'Personal apology', 'ap', 2),
  node('vi', 'Violations', null, 0),
  node('to', 'Torture', 'vi', 1, [{ label: 'Tortura', lang: 'es' }]),
];
const index = indexThemes(nodes);

describe('the thesaurus helpers', () => {
  it('gives a theme’s path and its subtree', () => {
    expect(pathText(index, 'pa')).toBe('Restorative justice › Apology');
    expect(pathText(index, 'rj')).toBe('');
    expect([...subtreeIds(index, 'rj')].sort()).toEqual(['ap', 'pa', 'rj']);
    expect([...subtreeIds(index, 'to')]).toEqual(['to']);
  });

  it('finds themes by label (prefix first) or other label, ignoring case and accents', () => {
    expect(findThemes(nodes, 'apol').map((m) => m.node.id)).toEqual(['ap', 'pa']);
    const alt = findThemes(nodes, 'VERSKÖNING');
    expect(alt.map((m) => [m.node.id, m.altLabel])).toEqual([['ap', 'Verskoning']]);
    expect(findThemes(nodes, 'nothing like it')).toEqual([]);
    expect(findThemes(nodes, '  ')).toHaveLength(nodes.length);
  });

  it('filters the tree to matches and their broader themes', () => {
    const f = visibleForFilter(index, 'tortura');
    expect([...(f?.matches ?? [])]).toEqual(['to']);
    expect([...(f?.visible ?? [])].sort()).toEqual(['to', 'vi']);
    expect(visibleForFilter(index, '')).toBeNull();
  });
});

describe('the tree rows and keys', () => {
  it('shows children of open themes only, with ARIA positions', () => {
    const rows = visibleRows(index, new Set(['rj']), null);
    expect(rows.map((r) => [r.node.id, r.level, r.posInSet, r.setSize, r.expanded])).toEqual([
      ['rj', 1, 1, 2, true],
      ['ap', 2, 1, 1, false],
      ['vi', 1, 2, 2, false],
    ]);
  });

  it('opens everything that is visible while filtering', () => {
    const f = visibleForFilter(index, 'personal');
    expect(visibleRows(index, new Set(), f?.visible ?? null).map((r) => r.node.id)).toEqual(['rj', 'ap', 'pa']);
  });

  it('moves with arrows, Home, End, a letter, and Left to the parent', () => {
    const rows = visibleRows(index, new Set(['rj', 'ap', 'vi']), null); // rj ap pa vi to
    expect(rowForKey(rows, 0, 'ArrowDown')).toBe(1);
    expect(rowForKey(rows, 4, 'ArrowDown')).toBe(4);
    expect(rowForKey(rows, 0, 'ArrowUp')).toBe(0);
    expect(rowForKey(rows, 2, 'End')).toBe(4);
    expect(rowForKey(rows, 3, 'Home')).toBe(0);
    expect(rowForKey(rows, 0, 't')).toBe(4);
    expect(rowForKey(rows, 0, 'x')).toBeNull();
    expect(rowForKey(rows, 0, 'Tab')).toBeNull();
    expect(parentRow(rows, 2)).toBe(1);
    expect(parentRow(rows, 4)).toBe(3);
    expect(parentRow(rows, 0)).toBeNull();
  });
});
