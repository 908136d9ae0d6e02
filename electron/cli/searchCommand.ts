import type { Command } from 'commander';
import type { SearchHit } from '../../shared/api/search';
import { CliError, print, using, withArchive } from './run';

/** A snippet for a terminal: matches in bold when it is one, in [brackets] when not. */
function marked(h: SearchHit, tty: boolean): string {
  const { text, marks } = h.snippet;
  let out = '';
  let at = 0;
  for (const [s, e] of marks) {
    out += text.slice(at, s) + (tty ? `\x1b[1m${text.slice(s, e)}\x1b[22m` : `[${text.slice(s, e)}]`);
    at = e;
  }
  return out + text.slice(at);
}

function limitOf(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500) throw new CliError('--limit must be a whole number from 1 to 500', 2);
  return n;
}

export function addSearchCommand(program: Command): void {
  program
    .command('search <dir> <query>')
    .description('full-text search: words, "phrases", OR, -exclusion, prefix*, title: person: place: theme:, date:1960..1969')
    .option('--json', 'print JSON: [{ ref, title, snippet, score }]')
    .option('--limit <n>', 'how many results, best first (1–500)', '20')
    .option('--scope <scope>', 'full (everything) or public (only what may be published; names are not searched)', 'full')
    .action((dir: string, query: string, o: { json?: boolean; limit: string; scope: string }) => {
      if (o.scope !== 'full' && o.scope !== 'public') throw new CliError('--scope must be full or public', 2);
      const limit = limitOf(o.limit);
      using(withArchive(dir, 'open'), (a) => {
        const r = a.call('search.query', { q: query, limit, scope: o.scope as 'full' | 'public' });
        for (const hint of r.hints) process.stderr.write(`tessera: ${hint}\n`);
        const rows = r.items.map((h) => ({ ref: h.ref, title: h.title, snippet: h.snippet.text, score: h.score }));
        print(rows, !!o.json, () => {
          if (r.items.length === 0) return `No testimony matches ${JSON.stringify(query)}.`;
          const tty = process.stdout.isTTY === true;
          const lines = r.items.map((h) => `${h.ref}  ${h.title}\n    ${marked(h, tty)}`);
          return `${lines.join('\n')}\n${r.items.length} of ${r.total} result${r.total === 1 ? '' : 's'} (${r.tookMs} ms)`;
        });
      });
    });
}
