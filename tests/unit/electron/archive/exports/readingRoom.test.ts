import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { Job } from '../../../../../shared/api/jobs';
import type { Catalogue, PublicRecord } from '../../../../../shared/query/lunrFormat';
import { queryTerm } from '../../../../../shared/query/lunrPipeline';
import { buildReadingRoom, STEPS } from '../../../../../electron/archive/exports/readingRoom/build';
import { DB_FILE } from '../../../../../electron/archive/db/open';
import { publishableIds } from '../../../../../electron/archive/publish/policy';
import { testArchive, tempDir } from '../../../helpers';
import { filesUnder, readingRoomData, sampleArchive, settled, type TestArchive } from '../jobs/helpers';

const sampleDir = path.resolve(__dirname, '..', '..', '..', '..', '..', 'resources', 'sample', 'testimonies');

async function exportRoom(t: TestArchive): Promise<{ dir: string; job: Job }> {
  const dir = path.join(tempDir(), 'Reading room');
  const job = await settled(t, t.call('exports.readingRoom', { out: dir }));
  expect(job.error).toBeNull();
  return { dir, job };
}

/** Everything in the folder as text, to search for what must not be there. */
function allText(dir: string): string {
  return filesUnder(dir)
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

function contents(dir: string) {
  const data = readingRoomData(dir);
  const catalogue = data.TESSERA_CATALOGUE as Catalogue;
  const shards = data.TESSERA_SHARDS as Record<number, PublicRecord[]>;
  const index = lunr.Index.load(data.TESSERA_INDEX as object);
  const find = (word: string) =>
    index
      .query((q) => q.term(queryTerm(word) ?? '', { usePipeline: false, presence: lunr.Query.presence.REQUIRED }))
      .map((r) => r.ref)
      .sort();
  return { catalogue, records: Object.values(shards).flat(), index, find };
}

describe('the reading room export of the sample archive', () => {
  it('holds exactly the publishable testimonies and the page that shows them', async () => {
    const t = sampleArchive();
    const { dir, job } = await exportRoom(t);
    const db = t.workspace.current()?.db;
    if (!db) throw new Error('no archive');
    const publicRefs = publishableIds(db).map((id) => (db.prepare('SELECT ref FROM testimonies WHERE id = ?').get(id) as { ref: string }).ref);
    expect(publicRefs).toHaveLength(18);

    expect(filesUnder(dir)).toEqual(['README.txt', 'assets/reading-room.css', 'assets/reading-room.js', 'data/catalogue.js', 'data/index.js', 'data/records-0001.js', 'index.html']);
    const { catalogue, records, find } = contents(dir);
    expect(catalogue.records.map((r) => r.ref)).toEqual(publicRefs);
    expect(records.map((r) => r.ref)).toEqual(publicRefs);
    expect(catalogue.archiveName).toBe('Marrow County Truth and Reconciliation Commission');
    expect(job.result?.summary).toBe('18 public testimonies, searchable offline. Open index.html in any browser.');

    // The first page says what this is, from which archive, when, how many, and that it is public-only.
    const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
    expect(html).toContain('<strong>18 testimonies</strong> from the archive <strong>Marrow County Truth and Reconciliation Commission</strong>');
    expect(html).toContain('Only public records are here.');
    expect(html).toMatch(/It was built on\s+<time datetime="\d{4}-\d\d-\d\dT[^"]+">\d{1,2} \w+ \d{4}<\/time>/);
    expect(html).toContain('<script src="data/catalogue.js"></script>');
    expect(html).not.toMatch(/type="module"|fetch\(/);

    // The index answers from a public transcript (013: the Mount Zion firebombing).
    expect(find('firebombing')).toContain(publicRefs.find((r) => r.endsWith('0013')));
  });

  it('holds nothing of a sealed testimony and no name of a person who did not consent', async () => {
    const t = sampleArchive();
    const { dir } = await exportRoom(t);
    const text = allText(dir);

    // A phrase from sealed statement 012 (Witness K): it is in the sample, so this can fail.
    const sealedPhrase = 'Plymouth Valiant that my uncle sold me';
    expect(readFileSync(path.join(sampleDir, '012.txt'), 'utf8')).toContain(sealedPhrase);
    expect(text).not.toContain(sealedPhrase);
    expect(text).not.toContain('Pleasant View nursing home');
    const db = t.workspace.current()?.db;
    if (!db) throw new Error('no archive');
    const hidden = db.prepare("SELECT ref, title FROM testimonies WHERE access_level <> 'public' OR withdrawn = 1").all() as { ref: string; title: string }[];
    expect(hidden.length).toBeGreaterThan(20);
    for (const h of hidden) {
      expect(text).not.toContain(h.ref);
      expect(text).not.toContain(h.title);
    }
    const unconsented = db.prepare('SELECT name, other_names FROM people WHERE consent_to_be_named = 0').all() as { name: string; other_names: string }[];
    expect(unconsented.map((p) => p.name)).toContain('Loretta Simms');
    for (const p of unconsented) {
      for (const name of [p.name, ...(JSON.parse(p.other_names) as string[])]) expect(text.toLowerCase()).not.toContain(name.toLowerCase());
    }
  });
});

describe('the public form in the reading room', () => {
  function archiveWithNames() {
    const t = testArchive();
    const ana = t.call('people.create', { data: { name: 'Ana Robles', otherNames: ['Anita Robles'], pseudonym: 'Witness Z', consentToBeNamed: false } });
    const nobody = t.call('people.create', { data: { name: 'Pieter Olwage', consentToBeNamed: false } });
    const tomas = t.call('people.create', { data: { name: 'Tomás Ñandú', consentToBeNamed: true } });
    const cleared = { accessLevel: 'public' as const, consent: { publicRelease: true, naming: true } };
    t.call('testimonies.create', {
      data: {
        title: 'Ana Robles on the river crossing',
        type: 'audio',
        ...cleared,
        summary: 'Anita Robles remembers the crossing; Pieter Olwage drove the truck.',
        transcript: 'TOMÁS ÑANDÚ: Tell me about Москва.\n\nANA ROBLES: I said مرحبا and שלום to everyone. Ana  Robles is my name; ask Pieter Olwage.',
        people: [
          { personId: ana.id, role: 'narrator', narratorRole: 'survivor' },
          { personId: nobody.id, role: 'interpreter' },
          { personId: tomas.id, role: 'interviewer' },
        ],
      },
    });
    t.call('testimonies.create', { data: { title: 'Sealed: the archive of Zanzibar', type: 'audio', accessLevel: 'sealed', transcript: 'Quetzalcoatl.' } });
    t.call('testimonies.create', { data: { title: 'Public without consent to release', type: 'audio', accessLevel: 'public', transcript: 'Xylophone.' } });
    t.call('testimonies.create', { data: { title: 'Embargoed', type: 'audio', ...cleared, embargoUntil: '2999-01-01', transcript: 'Marzipan.' } });
    return t;
  }

  it('shows people without consent by pseudonym and withholds their names wherever they appear', async () => {
    const t = archiveWithNames();
    const { dir } = await exportRoom(t);
    const text = allText(dir);
    const { records, index } = contents(dir);
    expect(records).toHaveLength(1);
    const r = records[0];
    expect(r?.people).toEqual([
      { name: 'Witness Z', role: 'narrator', narratorRole: 'survivor' },
      { name: 'A narrator (name withheld)', role: 'interpreter', narratorRole: null },
      { name: 'Tomás Ñandú', role: 'interviewer', narratorRole: null },
    ]);
    expect(r?.title).toBe('Witness Z on the river crossing');
    expect(r?.summary).toBe('Witness Z remembers the crossing; A narrator (name withheld) drove the truck.');
    expect(r?.transcript).toContain('Witness Z: I said');
    expect(r?.transcript).toContain('Witness Z is my name');
    for (const name of ['ana robles', 'anita', 'olwage', 'quetzalcoatl', 'zanzibar', 'xylophone', 'marzipan']) expect(text.toLowerCase()).not.toContain(name);
    const terms = (JSON.parse(JSON.stringify(index)) as { invertedIndex: [string, unknown][] }).invertedIndex.map((e) => e[0]);
    expect(terms).toContain('crossing');
    expect(terms).not.toContain('robles');
  });

  it('finds words in Cyrillic, Arabic and Hebrew, and Ñandú as nandu, in the built index', async () => {
    const t = archiveWithNames();
    const { dir } = await exportRoom(t);
    const { find, catalogue } = contents(dir);
    const ref = catalogue.records[0]?.ref;
    for (const word of ['Москва', 'москва', 'مرحبا', 'שלום', 'nandu', 'Ñandú', 'NANDU']) expect(find(word), word).toEqual([ref]);
  });
});

describe('buildReadingRoom, run directly', () => {
  it('cuts records into several data files, each record in exactly one, as the catalogue says', () => {
    const t = sampleArchive();
    const workDir = path.join(tempDir(), 'work');
    const steps: string[] = [];
    buildReadingRoom(
      { dbFile: path.join(t.dir, DB_FILE), workDir, finalDir: workDir, builtAt: new Date().toISOString() },
      { progress: (step) => steps.push(step) },
      { shardChars: 40_000 },
    );
    const { catalogue, records } = contents(workDir);
    const shardFiles = filesUnder(path.join(workDir, 'data')).filter((f) => f.startsWith('records-'));
    expect(shardFiles.length).toBeGreaterThan(3);
    expect(records.map((r) => r.ref).sort()).toEqual(catalogue.records.map((r) => r.ref).sort());
    const data = readingRoomData(workDir).TESSERA_SHARDS as Record<number, PublicRecord[]>;
    for (const entry of catalogue.records) expect(data[entry.shard]?.some((r) => r.ref === entry.ref)).toBe(true);
    expect(existsSync(path.join(workDir, 'index.html'))).toBe(true);
    expect([...new Set(steps)]).toEqual(Object.values(STEPS));
  });
});
