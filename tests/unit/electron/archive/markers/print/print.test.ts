import { chmodSync, existsSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSCRIPTION_MAX } from '../../../../../../shared/model/markers';
import { storedFilePath } from '../../../../../../electron/archive/files/store';
import { jobsFor } from '../../../../../../electron/archive/jobs/registry';
import { tempDir } from '../../../../helpers';
import { pageTexts, pdfFonts, pdfInfo, pdfOutline, pdfText, qpdfCheck, squash } from '../../pdf/poppler';
import { noisePng } from '../../files/pictures';
import { nameTheBystander, printArchive, SECRET, settle, type PrintArchive } from './fixture';

const researcher = { user: { name: 'Rhea Researcher', role: 'researcher' as const } };

async function printSheet(t: PrintArchive, id: string, edition: 'public' | 'confidential', out = path.join(tempDir(), 'sheet.pdf')) {
  const job = await settle(t, t.call('markers.printSheet', { id, edition, out }));
  return { job, out };
}

/** Where each phrase first appears in the text, to check the order of the sections. */
function expectInOrder(text: string, phrases: string[]): void {
  const at = phrases.map((p) => [p, text.indexOf(p)] as const);
  for (const [p, i] of at) expect(i, `"${p}" is in the text`).toBeGreaterThanOrEqual(0);
  expect(at.map(([p]) => p)).toEqual([...at].sort((a, b) => a[1] - b[1]).map(([p]) => p));
}

describe('the marker record sheet', () => {
  it('prints the marker in order, with names in several scripts exactly, as a sound PDF', async () => {
    const t = printArchive();
    const { job, out } = await printSheet(t, t.marker.id, 'confidential');
    expect(job).toMatchObject({ state: 'done', error: null, result: { path: out } });
    expect(job.result?.summary).toMatch(/^Record sheet of M-001, \d+ pages?$/);
    expect(qpdfCheck(out)).toMatch(/No syntax or stream encoding errors/);
    expect(pdfFonts(out).every((f) => f.embedded)).toBe(true);

    const text = squash(pdfText(out));
    expectInOrder(text, [
      'M-001 The Sawyer Road oak',
      'Where Lucius Bell was killed, 1957',
      'INSCRIPTION',
      'Approved inscription · version 2, approved by Ifeoma Abara on 21 March 2003',
      'LUCIUS BELL',
      'STATUS AND HISTORY',
      '3 June 2002 Proposed',
      '28 May 2004 Fabricated Cast aluminium.',
      'LOCATION',
      '39.4352° N, 85.2261° W',
      'ERECTED BY AND SPONSORS',
      'Mount Zion A.M.E. Church; Remembrance Coalition',
      'DEDICATION',
      '15 September 2004',
      'HONOUREES',
      'Greta Söderström',
      'RELATED TESTIMONIES',
      'T-0001',
      'RELATED HEARINGS',
      'First public hearing',
      'PHOTOGRAPHS',
      'The marker beside the oak',
      'Photo: Leonard Bishop',
      'NOTES (CONFIDENTIAL)',
      SECRET.note,
    ]);
    for (const s of ["Пам'яті загиблих", 'Вечная память · Μνήμη', 'Sipho Ngcobo', 'Status Fabricated since 28 May 2004', 'Confidential — not for publication', 'CONFIDENTIAL']) expect(text).toContain(s);
    // The confidential edition shows what the public one withholds, and says so.
    expect(text).toContain(SECRET.unconsented);
    expect(text).toContain(SECRET.sealedTitle);

    const info = pdfInfo(out);
    expect(info.Title).toBe('M-001 The Sawyer Road oak — marker record sheet');
    expect(info.Author).toBe('Test archive');
    expect(info.Subject).toBe('Record sheet of the historical marker M-001 (confidential — not for publication)');
    expect(info.CreationDate).toMatch(/\d{4}/);
    expect(Number(info.Pages)).toBe(pageTexts(out).length);
  });

  it('leaves out of the public edition every unconsented name, restricted testimony, private hearing, draft and note', async () => {
    const t = printArchive();
    const { job, out } = await printSheet(t, t.marker.id, 'public');
    expect(job.state).toBe('done');
    const text = pdfText(out);
    const meta = JSON.stringify(pdfInfo(out));
    for (const secret of Object.values(SECRET)) {
      expect(text).not.toContain(secret);
      expect(meta).not.toContain(secret);
    }
    const flat = squash(text);
    expect(flat).toContain('Witness Q');
    expect(flat).toContain('Witness Q laid the first flowers');
    expect(flat).toContain('RELATED PUBLIC TESTIMONIES');
    expect(flat).toContain('T-0001 Statement on the oak');
    expect(flat).toContain('Public edition');
    expect(flat).not.toContain('CONFIDENTIAL');
  });

  it('withholds the names of everyone without consent, honouree or not and by any other name, from every printed field, the metadata and the outline', async () => {
    const t = printArchive();
    nameTheBystander(t);
    const names = [SECRET.unconsented, SECRET.bystander, SECRET.alias];
    const everything = (file: string) => [pdfText(file), JSON.stringify(pdfInfo(file)), JSON.stringify(pdfOutline(file))].join('\n');

    const pub = (await printSheet(t, t.marker.id, 'public')).out;
    const reg = path.join(tempDir(), 'register.pdf');
    expect((await settle(t, t.call('markers.printRegister', { filter: { text: '', statuses: [], types: [], placeId: null }, edition: 'public', out: reg }))).state).toBe('done');
    for (const file of [pub, reg]) {
      const all = everything(file);
      for (const name of names) expect(all, `${name} in ${path.basename(file)}`).not.toContain(name);
    }
    const flat = squash(pdfText(pub));
    for (const s of ['M-001 The oak of Witness H', 'Kept by Witness H since 1960', 'The Witness H family', 'Witness H and neighbours', 'Photo: Witness H', 'T-0002 Account of Witness H']) expect(flat).toContain(s);
    expect(pdfInfo(pub).Title).toBe('M-001 The oak of Witness H — marker record sheet');
    expect(pdfOutline(reg).map((o) => o.title)).toContain('M-001 The oak of Witness H');

    // The confidential edition holds them all.
    const conf = (await printSheet(t, t.marker.id, 'confidential')).out;
    const confText = squash(pdfText(conf));
    for (const s of [`M-001 The oak of ${SECRET.bystander}`, `Kept by ${SECRET.alias} since 1960`, `The ${SECRET.bystander} family`, `${SECRET.alias} and neighbours`, `Photo: ${SECRET.alias}`, `T-0002 Account of ${SECRET.alias}`]) expect(confText).toContain(s);
    expect(pdfInfo(conf).Title).toBe(`M-001 The oak of ${SECRET.bystander} — marker record sheet`);
  });

  it('prints the status history without its notes in public, and with them in confidence', async () => {
    const t = printArchive();
    const pub = squash(pdfText((await printSheet(t, t.marker.id, 'public')).out));
    expect(pub).toContain('28 May 2004 Fabricated');
    for (const note of ['Cast aluminium.', 'Approved by the full Commission.']) expect(pub).not.toContain(note);
    const conf = squash(pdfText((await printSheet(t, t.marker.id, 'confidential')).out));
    for (const note of ['28 May 2004 Fabricated Cast aluminium.', 'Approved by the full Commission.']) expect(conf).toContain(note);
  });

  it('says plainly when no inscription is approved: a marked draft in confidence, nothing in public', async () => {
    const t = printArchive();
    t.call('markers.saveInscription', { id: t.bare.id, text: 'Draft words for the pool' });
    const conf = squash(pdfText((await printSheet(t, t.bare.id, 'confidential')).out));
    expect(conf).toContain('No approved inscription yet — latest draft shown, not for fabrication');
    expect(conf).toContain('Draft words for the pool');
    const pub = squash(pdfText((await printSheet(t, t.bare.id, 'public')).out));
    expect(pub).toContain('No approved inscription yet');
    expect(pub).not.toContain('Draft words for the pool');
  });

  it('sets a 5,000-character field and the longest inscription, keeping the inscription on one page', async () => {
    const t = printArchive();
    /** Exactly n characters: BEGIN, numbered words, FINIS. */
    const words = (n: number, tag: string) => {
      let s = '';
      for (let i = 1; s.length < n; i++) s += `${tag}${i} `;
      return `BEGIN ${s.slice(0, n - 12).trimEnd().padEnd(n - 12, 'x')} FINIS`;
    };
    const m = t.call('markers.get', { id: t.bare.id });
    t.call('markers.update', { id: m.id, expectedVersion: m.version, data: { ref: m.ref, title: m.title, type: m.type, ceremonyNotes: words(5000, 'note') } });
    const inscription = words(INSCRIPTION_MAX, 'word');
    expect(inscription).toHaveLength(INSCRIPTION_MAX);
    const v = t.call('markers.saveInscription', { id: m.id, text: inscription }).inscriptions[0];
    if (!v) throw new Error('no version');
    t.call('markers.approveInscription', { id: m.id, versionId: v.id, approvedBy: 'Ifeoma Abara', approvedOn: '2003-03-21' });
    const { job, out } = await printSheet(t, m.id, 'public');
    expect(job.state).toBe('done');
    expect(qpdfCheck(out)).toMatch(/No syntax or stream encoding errors/);
    const pages = pageTexts(out).map(squash);
    // The whole inscription, first word to last, is on one page; the long notes run on.
    const holding = pages.filter((p) => /\bword\d+\b/.test(p));
    expect(holding).toHaveLength(1);
    expect(holding[0]).toMatch(/BEGIN word1 word2 .* FINIS/);
    expect(pages.join(' ')).toMatch(/BEGIN note1 .* FINIS/);
  });

  it('refuses a character no font has, naming it and the marker, and writes nothing', async () => {
    const t = printArchive();
    t.call('markers.saveInscription', { id: t.bare.id, text: 'Remember 中 🌹' });
    const dir = tempDir();
    const out = path.join(dir, 'sheet.pdf');
    const { job } = await printSheet(t, t.bare.id, 'confidential', out);
    expect(job.state).toBe('failed');
    expect(job.error).toContain('Marker M-002, inscription: no font has a glyph for U+4E2D "中", U+1F339 "🌹"');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails cleanly when a photo’s file is missing, naming the marker and the file', async () => {
    const t = printArchive();
    const sha = t.call('markers.get', { id: t.marker.id }).photos[0]?.sha256 ?? '';
    rmSync(storedFilePath(t.dir, sha));
    const dir = tempDir();
    const { job } = await printSheet(t, t.marker.id, 'public', path.join(dir, 'sheet.pdf'));
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/^Marker M-001, photo 1: the picture "front.png" \(.+\) is missing from the archive\. Nothing was written\.$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints a 20 MB photo whole, and refuses a stored photo whose bytes were replaced by junk', async () => {
    const t = printArchive();
    const big = path.join(tempDir('tessera-print-big-'), 'camera original.png');
    writeFileSync(big, noisePng(2700, 2600));
    const withBig = t.call('markers.addPhoto', { id: t.marker.id, path: big, caption: 'Camera original', credit: 'Staff' });
    expect(withBig.photos.at(-1)?.bytes).toBeGreaterThan(20 * 1024 * 1024);
    const { job, out } = await printSheet(t, t.marker.id, 'public');
    expect(job.state, job.error ?? '').toBe('done');
    expect(statSync(out).size).toBeGreaterThan(20 * 1024 * 1024);
    expect(squash(pdfText(out))).toContain('Camera original');
    expect(qpdfCheck(out)).toMatch(/No syntax or stream encoding errors/);

    const sha = withBig.photos[0]?.sha256 ?? '';
    const stored = storedFilePath(t.dir, sha);
    chmodSync(stored, 0o600);
    writeFileSync(stored, Buffer.alloc(5000, 0x41));
    const dir = tempDir();
    const { job: failed } = await printSheet(t, t.marker.id, 'public', path.join(dir, 'sheet.pdf'));
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/^Marker M-001, photo 1: the picture "front.png" \(.+\) is not a JPEG or PNG picture\. Nothing was written\.$/);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('checks who prints what and where before starting anything, and audits the export', async () => {
    const t = printArchive();
    expect(t.router.call(researcher, 'markers.printSheet', { id: t.marker.id, edition: 'confidential', out: '' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.router.call(researcher, 'markers.printRegister', { edition: 'confidential', out: '' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.router.call(researcher, 'markers.printSheet', { id: crypto.randomUUID(), edition: 'public', out: '' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const existing = path.join(tempDir(), 'there.pdf');
    rmSync(existing, { force: true });
    const bad = [
      ['relative.pdf', 'invalid_input', /whole path/],
      [path.join(tempDir(), 'sheet.txt'), 'invalid_input', /must end in \.pdf/],
      [tempDir(), 'invalid_input', /must end in \.pdf/],
    ] as const;
    for (const [out, code, message] of bad) {
      const r = t.router.call(researcher, 'markers.printSheet', { id: t.marker.id, edition: 'public', out });
      expect(r).toMatchObject({ ok: false, error: { code, field: 'out' } });
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    const taken = path.join(tempDir(), 'taken.pdf');
    const first = await printSheet(t, t.marker.id, 'public', taken);
    expect(first.job.state).toBe('done');
    expect(t.router.call(researcher, 'markers.printSheet', { id: t.marker.id, edition: 'public', out: taken })).toMatchObject({ ok: false, error: { code: 'conflict', field: 'out' } });

    // A researcher may print the public edition; the export is in the audit log under the job's id.
    const started = t.router.call(researcher, 'markers.printSheet', { id: t.marker.id, edition: 'public', out: '' });
    if (!started.ok) throw new Error(started.error.message);
    const done = await settle(t, started.value);
    expect(done.state).toBe('done');
    expect(path.dirname(done.result?.path ?? '')).toBe(path.join(t.dir, 'exports'));
    expect(path.basename(done.result?.path ?? '')).toMatch(/^marker-M-001-public-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$/);
    const history = t.call('archive.history', { entityType: 'export', entityId: done.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'export', user: 'Rhea Researcher' });
    const logged = JSON.stringify(history[0]);
    for (const s of ['pdf-marker-sheet', 'public', done.result?.path ?? '?', 'M-001']) expect(logged).toContain(s);
  });

  it('leaves a file (or even a dangling link) that appeared at the destination while it ran untouched, and fails saying so', async () => {
    for (const appear of ['file', 'link'] as const) {
      const t = printArchive();
      const dir = tempDir();
      const out = path.join(dir, 'sheet.pdf');
      const db = t.workspace.current()?.db;
      if (!db) throw new Error('no archive');
      let made = false;
      jobsFor(db).subscribe((j) => {
        if (made || j.step !== 'Setting the pages') return;
        made = true;
        if (appear === 'file') writeFileSync(out, 'someone else’s file');
        else symlinkSync(path.join(dir, 'nowhere'), out);
      });
      const { job } = await printSheet(t, t.marker.id, 'public', out);
      expect(made).toBe(true);
      expect(job.state, appear).toBe('failed');
      expect(job.error).toBe(`${out} appeared while the job ran, so nothing was written there. Start again with a name that does not exist yet.`);
      expect(readdirSync(dir)).toEqual(['sheet.pdf']);
      if (appear === 'file') expect(readFileSync(out, 'utf8')).toBe('someone else’s file');
      else expect(readlinkSync(out)).toBe(path.join(dir, 'nowhere'));
    }
  });

  it('cancelled, leaves nothing behind', async () => {
    const t = printArchive();
    const dir = tempDir();
    const out = path.join(dir, 'sheet.pdf');
    const job = t.call('markers.printSheet', { id: t.marker.id, edition: 'public', out });
    const db = t.workspace.current()?.db;
    if (!db) throw new Error('no archive');
    jobsFor(db).cancel(job.id);
    const ended = await settle(t, job);
    expect(ended.state).toBe('cancelled');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('the register of memorials and markers', () => {
  it('has a cover, contents with the right page numbers, one entry per marker and an index by place', async () => {
    const t = printArchive();
    const out = path.join(tempDir(), 'register.pdf');
    const job = await settle(t, t.call('markers.printRegister', { filter: { text: '', statuses: [], types: [], placeId: null }, edition: 'public', out }));
    expect(job).toMatchObject({ state: 'done', error: null });
    expect(job.result?.summary).toMatch(/^Register of 2 memorials and markers, \d+ pages$/);
    expect(qpdfCheck(out)).toMatch(/No syntax or stream encoding errors/);
    const pages = pageTexts(out);
    expect(squash(pages[0] ?? '')).toContain('Register of memorials and markers');
    expect(squash(pages[0] ?? '')).toContain('2 memorials and markers');
    expect(pages[0]).not.toMatch(/Page 1 of/);
    expect(squash(pages[0] ?? '')).toContain('by their pseudonym, or as “Name withheld”');

    const toc = pages[1] ?? '';
    expect(toc).toContain('Contents');
    const entries = [...toc.matchAll(/^\s*(M-00\d [^.\n]+?|Index by place)[ .]*?(\d+)\s*$/gm)].map((m) => ({ title: (m[1] ?? '').trim(), page: Number(m[2]) }));
    expect(entries.map((e) => e.title)).toEqual(['M-001 The Sawyer Road oak', 'M-002 Kessler Pool', 'Index by place']);
    for (const e of entries) expect(pages[e.page - 1], `${e.title} on page ${e.page}`).toContain(e.title);

    const indexPage = entries[2]?.page ?? 0;
    const index = squash(pages.slice(indexPage - 1).join(' '));
    expect(index).toContain(`Calder M-001 The Sawyer Road oak, page ${entries[0]?.page}`);
    expect(index).toContain(`No place recorded M-002 Kessler Pool, page ${entries[1]?.page}`);

    const all = pdfText(out);
    for (const secret of Object.values(SECRET)) expect(all).not.toContain(secret);
    expect(pdfInfo(out)).toMatchObject({ Title: 'Register of memorials and markers', Author: 'Test archive' });
  });

  it('names the edition in the default file name, and two registers started in the same minute get different names', async () => {
    const t = printArchive();
    const filter = { text: '', statuses: [], types: [], placeId: null };
    const a = t.call('markers.printRegister', { filter, edition: 'confidential', out: '' });
    const b = t.call('markers.printRegister', { filter, edition: 'confidential', out: '' });
    const [first, second] = [await settle(t, a), await settle(t, b)];
    expect(first.state, first.error ?? '').toBe('done');
    expect(second.state, second.error ?? '').toBe('done');
    expect(path.basename(first.result?.path ?? '')).toMatch(/^markers-register-confidential-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\.pdf$/);
    expect(path.basename(second.result?.path ?? '')).toMatch(/^markers-register-confidential-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\.pdf$/);
    expect(second.result?.path).not.toBe(first.result?.path);
  });

  it('prints only the markers the filter keeps, and refuses a filter that keeps none', async () => {
    const t = printArchive();
    const out = path.join(tempDir(), 'register.pdf');
    const job = await settle(t, t.call('markers.printRegister', { filter: { text: '', statuses: ['fabricated'], types: [], placeId: null }, edition: 'confidential', out }));
    expect(job.state).toBe('done');
    const text = squash(pdfText(out));
    expect(text).toContain('M-001 The Sawyer Road oak');
    expect(text).not.toContain('Kessler Pool');
    expect(text).toContain('those with status fabricated');
    const none = t.router.call({ user: { name: 'x', role: 'administrator' } }, 'markers.printRegister', { filter: { text: '', statuses: ['dedicated'], types: [], placeId: null }, edition: 'public', out: '' });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!none.ok) expect(none.error.message).toMatch(/^No markers match/);
    expect(t.call('jobs.list', {})).toHaveLength(1);
  });
});
