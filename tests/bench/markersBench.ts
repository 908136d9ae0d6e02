/**
 * Marker PDFs at scale: a register of many markers, each fully described (an approved inscription
 * in three scripts, a status history, location, sponsors, ceremony notes), printed by the same job
 * as the app's — in a worker thread, through the layout module — beside the floor: pdfkit writing
 * the register's own text (extracted with pdftotext) with the same embedded fonts and no layout
 * of ours at all. Peak memory is the process's resident set while the job runs (the worker thread
 * lives in the same process).
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { jobsFor } from '../../electron/archive/jobs/registry';
import type { BenchClient } from './client';
import { pdfPages, writeFloor } from './pdfFloor';

export interface MarkersBenchResult {
  markers: number;
  createMs: number;
  register: { ms: number; pages: number; bytes: number; peakRssMB: number };
  floor: { ms: number; pages: number; characters: number };
}



export async function runMarkersBench(client: BenchClient, count: number, dir: string, progress: (done: number, total: number) => void): Promise<MarkersBenchResult> {
  const { call } = client;
  const places = Array.from({ length: 40 }, (_, i) =>
    call('places.create', { data: { name: `${['Calder', 'Stoneford', 'Halvering', 'Söderby', 'Нове Село'][i % 5]} ${i + 1}`, type: 'town', latitude: 39 + (i % 7) * 0.03, longitude: -85 - (i % 5) * 0.04 } }),
  );
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const m = call('markers.create', {
      proposedOn: '2003-01-01',
      data: {
        title: `Marker ${i + 1}: the ${['crossing', 'bridge', 'church', 'jail', 'pool'][i % 5]} where it happened`,
        subtitle: 'Placed by the commission with the families',
        type: (['historical_marker', 'monument', 'plaque', 'memorial_site'] as const)[i % 4],
        placeId: places[i % places.length]?.id ?? null,
        latitude: 39.1 + (i % 13) * 0.01,
        longitude: -85.1 - (i % 11) * 0.01,
        address: `${100 + i} Water Street`,
        directions: 'From the crossroads walk north along the river path; the marker stands beside the oak, with a pull-off for two cars. '.repeat(2),
        erectedBy: 'Marrow County Truth and Reconciliation Commission',
        sponsors: ['Mount Zion A.M.E. Church', 'Families of the Foundry Street Memorial'],
        dedicationDate: '2004-09-15',
        ceremonyNotes: 'About three hundred people walked from the crossroads; the names were read and a minute of silence kept. '.repeat(3),
      },
    });
    const text = `IN MEMORY\n\n${'Here, in the years the commission examined, people were taken from the custody of the county and harmed, and no one answered for it. '.repeat(3)}\n\nΜνήμη και μαρτυρία · Пам'яті загиблих`;
    const v = call('markers.saveInscription', { id: m.id, text });
    call('markers.approveInscription', { id: m.id, versionId: v.inscriptions[0]?.id ?? '', approvedBy: 'Ifeoma Abara, Chair', approvedOn: '2003-02-01' });
    for (const [to, date] of [['approved', '2003-02-02'], ['fabricated', '2003-06-01'], ['installed', '2003-09-01']] as const) call('markers.setStatus', { id: m.id, to, date, note: 'Recorded by the commission staff after a site visit.' });
    if ((i + 1) % 50 === 0) progress(i + 1, count);
  }
  const createMs = performance.now() - t0;

  const db = client.workspace.current()?.db;
  if (!db) throw new Error('no archive open');
  const file = path.join(dir, 'register.pdf');
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const before = process.memoryUsage().rss;
  const t1 = performance.now();
  const job = await jobsFor(db).settled(call('markers.printRegister', { edition: 'confidential', out: file }).id);
  const ms = performance.now() - t1;
  clearInterval(sampler);
  if (job.state !== 'done') throw new Error(`the register was not printed: ${job.error ?? job.state}`);

  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const floorFile = path.join(dir, 'floor.pdf');
  const t2 = performance.now();
  const floorPages = await writeFloor(text, floorFile);
  const floorMs = performance.now() - t2;
  return {
    markers: count,
    createMs,
    register: { ms, pages: pdfPages(file), bytes: statSync(file).size, peakRssMB: Math.round((peak - before) / 1024 / 1024) },
    floor: { ms: floorMs, pages: floorPages, characters: text.length },
  };
}

export function printMarkersBench(r: MarkersBenchResult): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`\nMarker register, ${r.markers.toLocaleString('en')} markers (created through the router in ${s(r.createMs)})`);
  console.log(`| | time | pages | size |`);
  console.log(`| --- | --- | --- | --- |`);
  console.log(`| register job (worker, layout module; peak rss +${r.register.peakRssMB} MB) | ${s(r.register.ms)} | ${r.register.pages} | ${(r.register.bytes / 1e6).toFixed(1)} MB |`);
  console.log(`| floor: pdfkit, the same ${r.floor.characters.toLocaleString('en')} characters, no layout | ${s(r.floor.ms)} | ${r.floor.pages} | |`);
  console.log(`register / floor: ${(r.register.ms / r.floor.ms).toFixed(1)}×`);
}
