import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOut, exportStamp, prepareWork } from '../../../../../electron/archive/exports/destination';
import { tempDir } from '../../../helpers';

const PDF = { ext: '.pdf', noun: 'PDF file', example: 'Sheet.pdf' } as const;
const now = new Date(2026, 4, 1, 14, 32);

describe('the default name of an export', () => {
  it('is <base>-<stamp> under exports/, even before the folder exists', () => {
    const dir = tempDir();
    expect(defaultOut(dir, 'marker-M-001-public', now, '.pdf')).toBe(path.join(dir, 'exports', `marker-M-001-public-${exportStamp(now)}.pdf`));
  });

  it('counts a name as taken while a job is still writing its hidden work file, so two exports in one minute differ', () => {
    const dir = tempDir();
    const first = defaultOut(dir, 'marker-M-001-public', now, '.pdf');
    // The first job has started: only its hidden work file (empty so far) exists yet.
    prepareWork(first, 'a1b2c3d4-0000-4000-8000-000000000000', PDF);
    const second = defaultOut(dir, 'marker-M-001-public', now, '.pdf');
    expect(second).not.toBe(first);
    expect(path.basename(second)).toBe(`marker-M-001-public-${exportStamp(now)}-2.pdf`);
    // A work file of another name (one that only starts the same) does not count.
    expect(defaultOut(dir, 'marker-M-001', now, '.pdf')).toBe(path.join(dir, 'exports', `marker-M-001-${exportStamp(now)}.pdf`));
  });

  it('numbers past finished exports and work folders alike', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'exports'));
    const stamp = exportStamp(now);
    writeFileSync(path.join(dir, 'exports', `markers-register-confidential-${stamp}.pdf`), '%PDF-');
    mkdirSync(path.join(dir, 'exports', `.reading-room-${stamp}.partial-1234abcd`));
    expect(path.basename(defaultOut(dir, 'markers-register-confidential', now, '.pdf'))).toBe(`markers-register-confidential-${stamp}-2.pdf`);
    expect(path.basename(defaultOut(dir, 'reading-room', now))).toBe(`reading-room-${stamp}-2`);
  });
});
