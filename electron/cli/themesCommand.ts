import type { Command } from 'commander';
import type { ThemeNode } from '../../shared/model/themes';
import { print, using, withArchive } from './run';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line per theme, indented by depth: "Torture  (3 testimonies, 7 passages)". */
export function formatThemeTree(items: readonly ThemeNode[]): string {
  if (items.length === 0) return 'The thesaurus is empty.';
  return items
    .map((n) => `${'  '.repeat(n.depth)}${n.label}  (${plural(n.counts.testimonies, 'testimony', 'testimonies')}, ${plural(n.counts.passages, 'passage', 'passages')})${n.retired ? '  [retired]' : ''}`)
    .join('\n');
}

export function addThemesCommand(program: Command): void {
  program
    .command('themes <dir>')
    .description('print the thesaurus as a tree with counts (a broader theme counts its narrower themes too)')
    .option('--json', 'print JSON: [{ id, label, parent, testimonies, passages }] in tree order, parent null at the top')
    .option('--retired', 'include retired themes')
    .action((dir: string, o: { json?: boolean; retired?: boolean }) => {
      using(withArchive(dir, 'open'), (a) => {
        const { items } = a.call('themes.tree', { includeRetired: !!o.retired });
        const rows = items.map((n) => ({ id: n.id, label: n.label, parent: n.parentId, testimonies: n.counts.testimonies, passages: n.counts.passages }));
        print(rows, !!o.json, () => formatThemeTree(items));
      });
    });
}
