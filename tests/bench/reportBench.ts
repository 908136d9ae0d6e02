/**
 * The final report at scale: a generated archive (generate.ts) whose testimonies are tagged with
 * themes, ~60 findings citing 500 spans of the generated transcripts, ~40 recommendations with
 * implementation histories, and a report of 25 sections — Markdown prose with headings, lists,
 * tables, quotations and footnotes, every finding embedded with its evidence, the recommendations
 * by addressee, `{{statistics}}` and the three appendices — all created through the router. The
 * public edition is printed by the same job as the app's (`reports.export`, in a worker thread,
 * through the layout module) and timed from the call to the job settling; beside it, the floor:
 * pdfkit writing the report's own text (extracted with pdftotext) with the same embedded font and
 * no layout of ours. Peak memory is the process's resident set while the job runs (the worker
 * thread lives in the same process), above what it was just before.
 *
 * The size: `pages` (300) is the target; the prose is sized from it (PROSE_WORDS_PER_PAGE) on top
 * of what the embeds print, and the page count printed is the real one.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Database } from 'better-sqlite3';
import { PRIORITIES, RECOMMENDATION_STATUSES, type AddresseeType } from '../../shared/model/findings';
import { jobsFor } from '../../electron/archive/jobs/registry';
import { publishableIds } from '../../electron/archive/publish/policy';
import type { Report } from '../../shared/model/reports';
import type { BenchClient } from './client';
import { pdfPages, writeFloor } from './pdfFloor';
import { generateArchive } from './generate';
import { createRandom, type Random } from './random';

export interface ReportBenchOptions {
  /** Testimonies in the generated archive (their index is an appendix). */
  testimonies: number;
  findings: number;
  /** Citations over all findings (each printed as a quoted excerpt). */
  excerpts: number;
  recommendations: number;
  sections: number;
  /** The page count aimed at. */
  pages: number;
  seed: number;
}

export const REPORT_DEFAULTS: ReportBenchOptions = { testimonies: 1000, findings: 60, excerpts: 500, recommendations: 40, sections: 25, pages: 300, seed: 20_260_314 };

export interface ReportBenchResult {
  options: ReportBenchOptions;
  /** Generating the archive, then creating the findings, recommendations and report through the router. */
  setupMs: { archive: number; records: number };
  markdownChars: number;
  /** `cpuMs`: the process's CPU time (every thread), a steadier figure than wall time on a busy machine. */
  report: { ms: number; cpuMs: number; pages: number; bytes: number; peakRssMB: number; summary: string; steps: { step: string; ms: number }[] };
  floor: { ms: number; cpuMs: number; pages: number; characters: number };
}

/**
 * Words of prose a page holds, set as the report sets body text (10.5 pt serif on A4), less what
 * headings, lists and tables take: calibrated on a run of this benchmark.
 */
const PROSE_WORDS_PER_PAGE = 350;
/**
 * Pages the embeds print whatever the prose (evidence, recommendations, statistics, appendices),
 * per unit: calibrated on a run of this benchmark. Only used to size the prose.
 */
const EMBED_PAGES = { perExcerpt: 0.25, perFinding: 0.55, perRecommendation: 0.57, perTestimony: 0.024, fixed: 13 };

/** Milliseconds of CPU (user and system, every thread of the process) since `from`. */
const cpuOf = (from: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};



// ---------------------------------------------------------------------------------------------
// Prose

const SUBJECTS = ['The Commission', 'The record', 'The county’s own files', 'The testimony before us', 'The evidence of the hearings', 'What families told us'];
const VERBS = ['shows', 'establishes', 'confirms', 'makes plain', 'leaves no doubt', 'suggests'];
const CLAUSES = [
  'that the deputies acted with the knowledge of their superiors and were never called to account',
  'that the inquest of that year heard none of the witnesses who came forward to us',
  'that the removal of families from the river district was planned months before the flood',
  'that the school board knew of the beatings and recorded them as discipline',
  'that the newspapers of the time printed the sheriff’s account and no other',
  'that the bodies were released to the families only after the coroner had signed a verdict of accident',
  'that the land registry was altered in the weeks after the families left',
  'that complaints were filed, numbered, and never answered',
];
const TAILS = [
  'We set out the evidence below, testimony by testimony, so that the reader may weigh it.',
  'No document we found contradicts it, and several confirm it in detail.',
  'The silence that followed was itself a decision, and we record it as such.',
  'Those who spoke to us did so at some cost, and we have tried to honour their words by quoting them exactly.',
  'Where the record is incomplete we say so, and we do not fill the gaps with conjecture.',
  'It is on this footing that the recommendations in Part Three rest.',
];

function sentence(r: Random): string {
  return `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(CLAUSES)}. ${r.pick(TAILS)}`;
}

function paragraph(r: Random, words: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < words) {
    const s = sentence(r);
    n += s.split(' ').length;
    parts.push(s);
  }
  // Some emphasis, as report prose has.
  if (parts.length > 1 && r.chance(0.4)) parts[1] = `*${parts[1]}*`;
  if (r.chance(0.3)) parts[0] = `**${parts[0]}**`;
  return parts.join(' ');
}

/** About `words` words of Markdown prose: paragraphs, and now and then a heading, a list, a table, a quotation or a footnote. */
function prose(r: Random, words: number, label: string): string {
  const out: string[] = [];
  let n = 0;
  let sub = 0;
  let notes = 0;
  while (n < words) {
    const roll = r.next();
    if (roll < 0.07) out.push(`## ${label}: part ${++sub}`);
    else if (roll < 0.11) {
      const items = Array.from({ length: r.int(3, 6) }, () => `- ${r.pick(CLAUSES).replace(/^that /, '')[0]?.toUpperCase()}${r.pick(CLAUSES).replace(/^that /, '').slice(1)}.`);
      out.push(items.join('\n'));
      n += items.length * 14;
    } else if (roll < 0.13) {
      const rows = Array.from({ length: r.int(4, 8) }, (_, i) => `| ${1950 + i * 3} | ${r.int(2, 90)} | ${r.int(0, 40)} | ${r.pick(['county', 'state', 'federal'])} |`);
      out.push(['| Year | Complaints | Answered | Office |', '| --- | ---: | ---: | --- |', ...rows].join('\n'));
      n += rows.length * 6;
    } else if (roll < 0.15) {
      out.push(`> ${paragraph(r, 40)}`);
      n += 40;
    } else {
      const w = r.int(90, 180);
      let p = paragraph(r, w);
      if (r.chance(0.08)) {
        notes += 1;
        p += `[^n${notes}]`;
        out.push(p, `[^n${notes}]: County Clerk, Minutes of the Board of Supervisors, ${r.int(1952, 1979)}, p. ${r.int(3, 400)}.`);
      } else out.push(p);
      n += w;
    }
  }
  return out.join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Records

/** A span of about `length` characters of `text` that starts and ends at spaces. */
function spanIn(text: string, at: number, length: number): { start: number; end: number } | null {
  const start = text.indexOf(' ', at) + 1;
  if (start <= 0) return null;
  const end = text.indexOf(' ', start + length);
  if (end <= start) return null;
  return { start, end };
}

/** Scripts the generator writes names in that the report's fonts (Noto Serif and Sans) do not cover. */
const NO_GLYPHS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

const ADDRESSEES: [string, AddresseeType][] = [
  ['Department of Justice', 'justice_department'],
  ['State Legislature', 'legislature'],
  ['Harlan County Police Department', 'police'],
  ['Marrow County Board of Supervisors', 'local_government'],
  ['State Supreme Court', 'courts'],
  ['Community organisations of the river district', 'community'],
  ['Calder City Council', 'local_government'],
  ['State Archives', 'other'],
];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

interface Created {
  findingIds: string[];
  reportId: string;
  markdownChars: number;
}

function createRecords(client: BenchClient, db: Database, o: ReportBenchOptions, r: Random): Created {
  const { call } = client;
  const themes = call('themes.tree', {}).items;
  const leaves = themes.filter((t) => !themes.some((c) => c.parentId === t.id));
  if (leaves.length === 0) throw new Error('the archive has no themes');

  // The shipped fonts have no Arabic or Hebrew, and the PDF refuses what it cannot set: the
  // testimonies whose titles the generator wrote in those scripts are withdrawn (through the
  // router, as a person would), so that the public index of testimonies can be printed.
  const uncovered = (db.prepare('SELECT id, title FROM testimonies WHERE withdrawn = 0').all() as { id: string; title: string }[]).filter((t) => NO_GLYPHS.test(t.title));
  for (const t of uncovered) call('testimonies.withdraw', { id: t.id, reason: 'Benchmark: the report’s fonts do not cover the script of its title.' });

  // Themes on the testimonies, so that the statistics chapter has counts by theme.
  const ids = publishableIds(db);
  if (ids.length < 50) throw new Error(`only ${ids.length} publishable testimonies; generate more (--report-testimonies)`);
  for (const id of ids) call('coding.tag', { testimonyId: id, themeId: r.pickSkewed(leaves).id });

  // Findings citing spans of publishable transcripts (so that the public edition prints them all).
  const transcriptOf = db.prepare('SELECT transcript FROM testimony_texts WHERE testimony_id = ?').pluck();
  const findingIds: string[] = [];
  for (let i = 0; i < o.findings; i++) {
    const f = call('findings.create', {
      data: { title: `${r.pick(SUBJECTS).replace(/^The /, '')} on ${r.pick(CLAUSES).replace(/^that /, '').split(' ').slice(0, 6).join(' ')}`, text: prose(r, r.int(120, 260), 'Finding').replace(/^## .*$/gm, '').replace(/\n{3,}/g, '\n\n'), themeIds: r.sample(leaves, r.int(1, 3)).map((t) => t.id) },
    });
    findingIds.push(f.id);
    const share = Math.floor(o.excerpts / o.findings) + (i < o.excerpts % o.findings ? 1 : 0);
    let cited = 0;
    while (cited < share) {
      const testimonyId = r.pick(ids);
      const text = transcriptOf.get(testimonyId) as string;
      const span = spanIn(text, r.int(0, Math.max(0, text.length - 1200)), r.int(120, 350));
      // Nor are spans with words in those scripts cited.
      if (!span || NO_GLYPHS.test(text.slice(span.start, span.end))) continue;
      call('findings.cite', { id: f.id, citation: { testimonyId, start: span.start, end: span.end, note: r.chance(0.3) ? 'Quoted in the hearing record.' : '' } });
      cited += 1;
    }
  }

  for (let i = 0; i < o.recommendations; i++) {
    const [addressee, addresseeType] = ADDRESSEES[i % ADDRESSEES.length] as [string, AddresseeType];
    const rec = call('recommendations.create', {
      data: {
        title: `${r.pick(['Open', 'Publish', 'Review', 'Fund', 'Amend', 'Establish'])} ${r.pick(['the records of', 'an inquiry into', 'a memorial for', 'compensation for', 'the statutes on'])} ${r.pick(['the river district', 'the county jail', 'the 1957 inquest', 'the families removed in 1962', 'the school board'])}`,
        text: paragraph(r, r.int(60, 140)),
        addressee,
        addresseeType,
        priority: r.pick(PRIORITIES),
        themeIds: r.sample(leaves, r.int(1, 2)).map((t) => t.id),
        findingIds: r.sample(findingIds, r.int(1, 3)),
      },
      assessedBy: 'The Commission',
    });
    // A few assessments after the first "not started" (dated today, as it is: the last recorded is current).
    const steps = r.int(0, 3);
    for (let k = 0; k < steps; k++) {
      call('recommendations.addStatus', {
        id: rec.id,
        entry: {
          status: r.pick(RECOMMENDATION_STATUSES.filter((s) => s !== 'not_started')),
          date: today(),
          note: r.chance(0.6) ? paragraph(r, r.int(15, 40)) : '',
          source: r.chance(0.7) ? `Annual report of the ${addressee}, p. ${r.int(2, 90)}` : '',
          assessedBy: r.pick(['Monitoring committee', 'The Commission’s successor office', 'Civil Rights Coalition']),
        },
      });
    }
  }

  // The report: 25 sections, the findings spread over the chapters between an introduction and
  // the recommendations, statistics, conclusion and three appendices.
  const fixed = ['Recommendations', 'Statistics', 'Conclusion', 'Appendix A: Index of testimonies', 'Appendix B: Hearings and forums', 'Appendix C: Glossary of themes'];
  const chapters = Math.max(1, o.sections - 1 - fixed.length);
  const embedPages = EMBED_PAGES.fixed + o.excerpts * EMBED_PAGES.perExcerpt + o.findings * EMBED_PAGES.perFinding + o.recommendations * EMBED_PAGES.perRecommendation + ids.length * EMBED_PAGES.perTestimony;
  const proseWords = Math.max(2000, (o.pages - embedPages) * PROSE_WORDS_PER_PAGE);
  const wordsPerSection = proseWords / (chapters + 2);
  const bodies: { title: string; body: string }[] = [{ title: 'Introduction', body: prose(r, wordsPerSection, 'Introduction') }];
  for (let c = 0; c < chapters; c++) {
    const mine = findingIds.filter((_, i) => i % chapters === c);
    const parts = [prose(r, wordsPerSection / 2, `Chapter ${c + 1}`)];
    for (const id of mine) parts.push(`{{finding ${id}}}`, prose(r, wordsPerSection / 2 / Math.max(1, mine.length), `Chapter ${c + 1}`));
    bodies.push({ title: `Chapter ${c + 1}: ${r.pick(['The river district', 'The county jail', 'The schools', 'The courts', 'The press', 'The land'])}`, body: parts.join('\n\n') });
  }
  bodies.push({ title: 'Recommendations', body: `${prose(r, 300, 'Recommendations')}\n\n{{recommendations}}` });
  bodies.push({ title: 'Statistics', body: `${prose(r, 200, 'Statistics')}\n\n{{statistics}}` });
  bodies.push({ title: 'Conclusion', body: prose(r, wordsPerSection, 'Conclusion') });
  bodies.push({ title: 'Appendix A: Index of testimonies', body: '{{appendix testimonies}}' });
  bodies.push({ title: 'Appendix B: Hearings and forums', body: '{{appendix hearings}}' });
  bodies.push({ title: 'Appendix C: Glossary of themes', body: '{{appendix glossary}}' });

  const report = call('reports.create', { data: { title: 'Final report of the Marrow County Truth and Reconciliation Commission', subtitle: 'Volume one: findings and recommendations', authors: ['Ifeoma Abara', 'Jonas Lindqvist', 'Aurelio Ñandú'], date: today() } });
  let after: string | null = null;
  for (const [i, s] of bodies.entries()) {
    const first = i === 0 ? report.sections[0] : undefined;
    const saved: Report = first
      ? call('reports.saveSection', { id: report.id, sectionId: first.id, expectedVersion: first.version, data: s })
      : call('reports.addSection', { id: report.id, after, data: s });
    after = saved.sections[saved.sections.length - 1]?.id ?? null;
  }
  return { findingIds, reportId: report.id, markdownChars: bodies.reduce((a, b) => a + b.body.length, 0) };
}

export async function runReportBench(client: BenchClient, o: ReportBenchOptions, workDir: string, progress: (line: string) => void): Promise<ReportBenchResult> {
  const t0 = performance.now();
  generateArchive(client, { count: o.testimonies, seed: o.seed, medianWords: 1500 });
  const archiveMs = performance.now() - t0;
  progress(`generated ${o.testimonies.toLocaleString('en')} testimonies in ${(archiveMs / 1000).toFixed(1)} s; creating findings, recommendations and the report…`);
  const db = client.workspace.current()?.db;
  if (!db) throw new Error('no archive open');
  const t1 = performance.now();
  const created = createRecords(client, db, o, createRandom(o.seed + 7));
  const recordsMs = performance.now() - t1;
  progress(`created in ${(recordsMs / 1000).toFixed(1)} s; printing the public edition…`);

  const file = path.join(workDir, 'report.pdf');
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const before = process.memoryUsage().rss;
  // When each step of the job began (its progress events), for where the time goes.
  const began: { step: string; at: number }[] = [];
  const unsubscribe = jobsFor(db).subscribe((j) => {
    if (j.step && began[began.length - 1]?.step !== j.step) began.push({ step: j.step, at: performance.now() });
  });
  const cpu2 = process.cpuUsage();
  const t2 = performance.now();
  const job = await jobsFor(db).settled(client.call('reports.export', { id: created.reportId, edition: 'public', out: file }).id);
  const end = performance.now();
  const ms = end - t2;
  const cpuMs = cpuOf(cpu2);
  unsubscribe();
  clearInterval(sampler);
  const steps = [{ step: 'starting the worker', at: t2 }, ...began].map((b, i, all) => ({ step: b.step, ms: (all[i + 1]?.at ?? end) - b.at }));
  if (job.state !== 'done') throw new Error(`the report was not printed: ${job.error ?? job.state}`);

  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const floorFile = path.join(workDir, 'floor.pdf');
  const cpu3 = process.cpuUsage();
  const t3 = performance.now();
  const floorPages = await writeFloor(text, floorFile);
  const floorMs = performance.now() - t3;
  const floorCpuMs = cpuOf(cpu3);
  return {
    options: o,
    setupMs: { archive: archiveMs, records: recordsMs },
    markdownChars: created.markdownChars,
    report: { ms, cpuMs, pages: pdfPages(file), bytes: statSync(file).size, peakRssMB: Math.round((peak - before) / 1024 / 1024), summary: job.result?.summary ?? '', steps },
    floor: { ms: floorMs, cpuMs: floorCpuMs, pages: floorPages, characters: text.length },
  };
}

export function printReportBench(r: ReportBenchResult): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const o = r.options;
  console.log(
    `\nFinal report: ${o.sections} sections (${r.markdownChars.toLocaleString('en')} characters of Markdown), ${o.findings} findings citing ${o.excerpts} excerpts, ${o.recommendations} recommendations, statistics and appendices over ${o.testimonies.toLocaleString('en')} testimonies (archive generated in ${s(r.setupMs.archive)}, records created through the router in ${s(r.setupMs.records)})`,
  );
  console.log(`| | time | cpu | pages | size |`);
  console.log(`| --- | --- | --- | --- | --- |`);
  console.log(`| report job, public edition (worker, layout module; peak rss +${r.report.peakRssMB} MB) | ${s(r.report.ms)} | ${s(r.report.cpuMs)} | ${r.report.pages} | ${(r.report.bytes / 1e6).toFixed(1)} MB |`);
  console.log(`| floor: pdfkit, the same ${r.floor.characters.toLocaleString('en')} characters, no layout | ${s(r.floor.ms)} | ${s(r.floor.cpuMs)} | ${r.floor.pages} | |`);
  console.log(`report / floor: ${(r.report.ms / r.floor.ms).toFixed(1)}× in time, ${(r.report.cpuMs / r.floor.cpuMs).toFixed(1)}× in cpu (target: under 15 s and within 3×; load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores)`);
  console.log(`job steps: ${r.report.steps.map((x) => `${x.step.toLowerCase()} ${s(x.ms)}`).join(' · ')}`);
}
