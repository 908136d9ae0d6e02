import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Job } from '../../../../../shared/api/jobs';
import { jobsFor } from '../../../../../electron/archive/jobs/registry';
import { tempDir } from '../../../helpers';
import { pdfInfo, pdfOutline, pdfText } from '../pdf/poppler';
import { filesUnder } from '../jobs/helpers';
import { CONTROL, SENTINEL, type LeakageArchive } from './leakageArchive';

/**
 * Every public output Tessera produces, each as a function that produces it from the sentinel
 * archive and returns all of its text, with the control strings it must show. A new public
 * output (issue 5's public CSV, Dublin Core and BagIt) is one more entry in PUBLIC_OUTPUTS.
 */

export interface PublicOutput {
  name: string;
  /** Produces the output and returns everything in it a reader (or a program) could extract. */
  produce(a: LeakageArchive): Promise<string>;
  /** Control strings the output must contain, so it cannot pass by being empty. */
  mustShow: readonly string[];
}

async function settled(a: LeakageArchive, job: Job): Promise<Job> {
  const done = await jobsFor(a.db()).settled(job.id);
  if (done.state !== 'done') throw new Error(`${job.kind} ended ${done.state}: ${done.error ?? ''}`);
  return done;
}

/** Everything a PDF gives away: its text as laid out and as drawn, its metadata and its bookmarks. */
export function pdfEverything(file: string): string {
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return [pdfText(file), raw, JSON.stringify(pdfInfo(file)), JSON.stringify(pdfOutline(file))].join('\n');
}

/** Every file of a folder read as text (HTML, JSON, JavaScript, the lunr index, the README). */
export function folderText(dir: string): string {
  return filesUnder(dir)
    .map((f) => `${f}\n${readFileSync(path.join(dir, f), 'utf8')}`)
    .join('\n');
}

/** What a person might type into the public search: nothing, the marker word, every sentinel and control. */
export const PROBES: readonly string[] = ['', 'sentinel', 'sentinel*', ...Object.values(SENTINEL).map((s) => `"${s}"`), ...Object.values(CONTROL).map((s) => `"${s}"`), 'person:okonkwo', 'okonkwo', 'varga'];

export const PUBLIC_OUTPUTS: readonly PublicOutput[] = [
  {
    name: 'search.query in the public scope (hits, snippets, facets, hints)',
    produce(a) {
      const answers = PROBES.map((q) => a.call('search.query', { q, scope: 'public', limit: 200 }));
      return Promise.resolve(JSON.stringify(answers));
    },
    mustShow: [CONTROL.publicTitle, CONTROL.embargoEnded, CONTROL.publicTranscriptBefore, CONTROL.publicPlace],
  },
  {
    name: 'search.exportCsv in the public scope',
    produce(a) {
      return Promise.resolve(PROBES.map((q) => a.call('search.exportCsv', { q, scope: 'public' })).map((r) => `${r.filename}\n${r.csv}`).join('\n'));
    },
    mustShow: [CONTROL.publicTitle, CONTROL.embargoEnded],
  },
  {
    name: 'the reading room export (every file)',
    async produce(a) {
      const out = path.join(tempDir('tessera-leak-room-'), 'Reading room');
      await settled(a, a.call('exports.readingRoom', { out }));
      return folderText(out);
    },
    mustShow: [CONTROL.publicTitle, CONTROL.publicTranscriptBefore, CONTROL.publicTranscriptAfter, CONTROL.pseudonym, CONTROL.namedPerson, CONTROL.publicPlace, CONTROL.embargoEnded],
  },
  {
    name: 'the public edition of the report (PDF text, metadata, outline)',
    async produce(a) {
      const out = path.join(tempDir('tessera-leak-report-'), 'report.pdf');
      await settled(a, a.call('reports.export', { id: a.report.id, edition: 'public', out }));
      return pdfEverything(out);
    },
    mustShow: [CONTROL.reportTitle, CONTROL.findingTitle, CONTROL.citedPublic, CONTROL.recommendationTitle, CONTROL.pseudonym],
  },
  {
    name: 'the public marker record sheet (PDF)',
    async produce(a) {
      const out = path.join(tempDir('tessera-leak-sheet-'), 'sheet.pdf');
      await settled(a, a.call('markers.printSheet', { id: a.marker.id, edition: 'public', out }));
      return pdfEverything(out);
    },
    mustShow: [CONTROL.markerTitle, CONTROL.inscription, CONTROL.pseudonym, CONTROL.namedPerson, 'First public hearing', 'T-0001'],
  },
  {
    name: 'the public register of markers (PDF)',
    async produce(a) {
      const out = path.join(tempDir('tessera-leak-register-'), 'register.pdf');
      await settled(a, a.call('markers.printRegister', { edition: 'public', out }));
      return pdfEverything(out);
    },
    mustShow: [CONTROL.markerTitle],
  },
  {
    name: 'the recommendations status report (PDF)',
    async produce(a) {
      const out = path.join(tempDir('tessera-leak-status-'), 'status.pdf');
      await settled(a, a.call('recommendations.printStatusReport', { out }));
      return pdfEverything(out);
    },
    mustShow: [CONTROL.recommendationTitle, CONTROL.findingTitle],
  },
  {
    name: 'the CLI: tessera search --scope public, tessera export --format reading-room and --format dc (public by default)',
    produce(a) {
      // The CLI signs in as a named user: give the archive its first administrator, then let go of it.
      const user = { name: 'Leak Tester', password: 'a passphrase for the leak test' };
      const setup = a.router.call(null, 'auth.setup', user);
      if (!setup.ok) throw new Error(setup.error.message);
      a.workspace.close();
      const root = tempDir('tessera-leak-cli-');
      const tessera = (args: string[]) => {
        const r = spawnSync(process.execPath, [BIN, ...args], {
          encoding: 'utf8',
          env: { ...process.env, TESSERA_DATA_DIR: path.join(root, 'data'), TESSERA_USER: user.name, TESSERA_PASSWORD: user.password },
        });
        if (r.status !== 0) throw new Error(`tessera ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
        return `${r.stdout}\n${r.stderr}`;
      };
      const out = path.join(root, 'room');
      // The human form repeats a query that finds nothing; that echo is the asker's own words.
      const human = (q: string) => tessera(['search', a.dir, q, '--scope', 'public']).replace(`No testimony matches ${JSON.stringify(q)}.`, '');
      const searches = [
        ...['sentinel', 'okonkwo', `"${SENTINEL.redacted}"`].map((q) => tessera(['search', a.dir, q, '--scope', 'public', '--json', '--limit', '500'])),
        human('sentinel'),
        human(`"${CONTROL.publicTitle}"`),
      ];
      const exported = tessera(['export', a.dir, '--format', 'reading-room', '--out', out]);
      // The archival exports' default scope is public.
      const dc = path.join(root, 'records.xml');
      const dcExported = tessera(['export', a.dir, '--format', 'dc', '--out', dc]);
      return Promise.resolve([...searches, exported, folderText(out), dcExported, readFileSync(dc, 'utf8')].join('\n'));
    },
    mustShow: [CONTROL.publicTitle, CONTROL.publicTranscriptBefore, CONTROL.pseudonym],
  },
  {
    name: 'the public CSV export (testimonies.csv, people.csv, themes.csv)',
    async produce(a) {
      const out = path.join(tempDir('tessera-leak-csv-'), 'CSV');
      await settled(a, a.call('exports.start', { format: 'csv', scope: 'public', out }));
      return folderText(out);
    },
    mustShow: [CONTROL.publicTitle, CONTROL.embargoEnded, CONTROL.publicTranscriptBefore, CONTROL.publicTranscriptAfter, CONTROL.pseudonym, CONTROL.namedPerson, CONTROL.publicPlace, 'First public hearing'],
  },
  {
    name: 'the public Dublin Core export (XML)',
    async produce(a) {
      const out = path.join(tempDir('tessera-leak-dc-'), 'records.xml');
      await settled(a, a.call('exports.start', { format: 'dc', scope: 'public', out }));
      return readFileSync(out, 'utf8');
    },
    mustShow: [CONTROL.publicTitle, CONTROL.embargoEnded, CONTROL.pseudonym, CONTROL.namedPerson, CONTROL.publicPlace, 'First public hearing', 'T-0001'],
  },
  {
    name: 'the public BagIt package (every file: bag-info, manifests, the CSV and Dublin Core in data/)',
    async produce(a) {
      const out = path.join(tempDir('tessera-leak-bag-'), 'Bag');
      await settled(a, a.call('exports.start', { format: 'bagit', scope: 'public', out }));
      return folderText(out);
    },
    mustShow: [CONTROL.publicTitle, CONTROL.embargoEnded, CONTROL.publicTranscriptBefore, CONTROL.pseudonym, CONTROL.namedPerson, CONTROL.publicPlace, 'BagIt-Version: 1.0', 'It holds no attachment files'],
  },
];

const BIN = path.resolve(__dirname, '..', '..', '..', '..', '..', 'bin', 'tessera.mjs');

/**
 * Text made comparable however an output lays it out: lower case, soft hyphens dropped, a word
 * broken at a hyphen across lines joined again, and every run of white space one space.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u00ad/g, '')
    .replace(/-\s+/g, '-')
    .replace(/\s+/g, ' ');
}

/** The sentinels found in a text, and the marker word itself wherever it stands (a partial leak, a lunr token). */
export function leaksIn(text: string): string[] {
  const flat = normalise(text);
  const squeezed = flat.replace(/ /g, '');
  const found = Object.entries(SENTINEL)
    .filter(([, s]) => flat.includes(normalise(s)) || squeezed.includes(normalise(s).replace(/ /g, '')))
    .map(([k, s]) => `${k}: ${s}`);
  const word = /sentinel/g;
  for (const m of flat.matchAll(word)) found.push(`the word "sentinel" in: …${flat.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
  return [...new Set(found)];
}

/** The controls missing from a text. */
export function missingIn(text: string, controls: readonly string[]): string[] {
  const flat = normalise(text);
  return controls.filter((c) => !flat.includes(normalise(c)));
}
