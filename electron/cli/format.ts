import type { Testimony, TestimonyRow } from '../../shared/model/testimony';
import { label } from '../../shared/model/enums';

/** The machine-readable row `list --json` prints. */
export function listRow(r: TestimonyRow) {
  return { ref: r.ref, title: r.title, type: r.type, status: r.status, accessLevel: r.accessLevel, date: r.dateRecorded };
}

function clip(s: string, width: number): string {
  const chars = [...s];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : s.padEnd(width);
}

export function formatTable(rows: TestimonyRow[]): string {
  if (rows.length === 0) return 'No testimonies.';
  const head = `${clip('REF', 16)} ${clip('DATE', 14)} ${clip('ACCESS', 12)} ${clip('STATUS', 10)} TITLE`;
  const lines = rows.map((r) => `${clip(r.ref, 16)} ${clip(r.dateRecorded || '—', 14)} ${clip(label(r.accessLevel), 12)} ${clip(label(r.status), 10)} ${r.title}${r.withdrawn ? ' [withdrawn]' : ''}`);
  return [head, ...lines].join('\n');
}

export function formatTestimony(t: Testimony): string {
  const line = (name: string, value: string | null | undefined) => (value ? `${name.padEnd(18)}${value}` : null);
  const people = t.people.map((p) => `${p.name} (${label(p.role)}${p.narratorRole ? `, ${label(p.narratorRole)}` : ''})`).join('; ');
  return [
    `${t.ref} — ${t.title}`,
    t.withdrawn ? `WITHDRAWN ${t.withdrawnAt ?? ''}: ${t.withdrawnReason}` : null,
    '',
    line('Status', label(t.status)),
    line('Type', label(t.type)),
    line('Access', label(t.accessLevel) + (t.embargoUntil ? `, embargoed until ${t.embargoUntil}` : '')),
    line('Recorded', t.dateRecorded),
    line('Place recorded', t.placeRecordedName),
    line('People', people),
    line('Hearing', t.hearingTitle),
    line('Languages', t.languages.join(', ')),
    line('Duration', t.duration),
    line('Extent', t.extent),
    line('Collection', [t.collection, t.series].filter(Boolean).join(' / ')),
    line('Warnings', t.contentWarnings.map(label).join(', ')),
    line('Words', String(t.wordCount)),
    '',
    t.summary || null,
  ]
    .filter((l): l is string => l !== null)
    .join('\n');
}
