import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signIn, test } from './fixtures';

const shots = process.env.TESSERA_SHOTS ?? '/tmp/shots';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name), fullPage: true });
}

/** A figure of the report's counts ("Added", "Would fail", …). */
function count(page: Page, word: string) {
  return page.locator('.import-count', { has: page.locator('dt', { hasText: new RegExp(`^${word}$`) }) }).locator('dd');
}

/**
 * Ten testimonies as an older Excel saves them: Windows-1252 (é is the single byte 0xE9), CRLF,
 * headers Tessera does not all recognise, one date that is not a date (line 5) and one summary
 * with a line break inside its quotes (line 7), and one row without a title (IMP-009). The row
 * with the bad date is imported without its date, and that is said at its line; the row without
 * a title is not imported.
 */
function spreadsheet(): Buffer {
  const rows = [
    ['Code', 'Heading', 'When', 'Told by', 'Notes'],
    ['IMP-001', 'Testimony of Aurelio Banda', '1998-03-14', 'Aurelio Banda', 'The market fire.'],
    ['IMP-002', 'Testimony of Renée Okafor', '1998-03-15', 'Renée Okafor', 'Détention at the old post.'],
    ['IMP-003', 'Testimony of Samuel Idris', 'circa 1997', 'Samuel Idris', 'The river crossing.'],
    ['IMP-004', 'Testimony of Grace Mbeki', '1999-13-45', 'Grace Mbeki', 'The closing of the school.'],
    ['IMP-005', 'Testimony of Tomas Reyes', '1998-04', 'Tomas Reyes', 'Two nights in the cells.'],
    ['IMP-006', 'Testimony of Hana Kovac', '1998-05-02', 'Hana Kovac', '"First line of the notes.\r\nSecond line, after the break."'],
    ['IMP-007', 'Testimony of Luis Ortega', '1998', 'Luis Ortega', 'The search of the village.'],
    ['IMP-008', 'Testimony of Amina Yusuf', '1998-06-11', 'Amina Yusuf', 'A brother who did not come home.'],
    ['IMP-009', '', '1998-06-12', 'Peter Walsh', 'A row with no title: it cannot be imported.'],
    ['IMP-010', 'Testimony of Zoé Laurent', '1998-07-01', 'Zoé Laurent', 'Leaving the town.'],
  ];
  return Buffer.from(`${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'latin1');
}

test.describe('importing', () => {
  test('a Windows-1252 spreadsheet: preview, mapping, dry run, import, and again (skipped)', async ({ app }, info) => {
    test.setTimeout(120_000);
    const { page } = app;
    const csv = info.outputPath('testimonies.csv');
    writeFileSync(csv, spreadsheet());

    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Import', level: 1 })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Spreadsheet (CSV)' })).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page);
    await shot(page, 'import-1-start.png');

    // The preview: the encoding is named, loudly, and "é" reads as é.
    await page.getByLabel('CSV file').setInputFiles(csv);
    await expect(page.getByRole('heading', { name: '2. What Tessera read' })).toBeVisible();
    await expect(page.locator('.notice--warning').first()).toContainText('Windows-1252');
    await expect(page.getByText('10 rows under a header of 5 columns')).toBeVisible();
    const preview = page.getByRole('region', { name: /The first 10 rows of testimonies\.csv/ });
    await expect(preview).toContainText('Testimony of Renée Okafor');
    await expect(preview).toContainText('Second line, after the break.');
    await expectNoAxeViolations(page);
    await shot(page, 'import-2-preview.png');

    // The mapping: "Code" is recognised; the rest are chosen. Without a title or code, a warning.
    await expect(page.getByLabel('Code', { exact: true })).toHaveValue('ref');
    await page.getByLabel('Code', { exact: true }).selectOption({ label: 'Leave out' });
    await expect(page.getByText(/No column is matched to Title or Reference code/)).toBeVisible();
    await page.getByLabel('Code', { exact: true }).selectOption({ label: 'Reference code' });
    await page.getByLabel('Heading', { exact: true }).selectOption({ label: 'Title' });
    await expect(page.getByText(/No column is matched to Title or Reference code/)).toHaveCount(0);
    await page.getByLabel('When', { exact: true }).selectOption({ label: 'Date recorded' });
    await page.getByLabel('Told by', { exact: true }).selectOption({ label: 'Narrators (names)' });
    await page.getByLabel('Notes', { exact: true }).selectOption({ label: 'Summary' });
    await expect(page.getByLabel('Remember this mapping for files with these columns')).toBeChecked();
    await expectNoAxeViolations(page);
    await shot(page, 'import-3-mapping.png');

    // The dry run: nothing changes; the bad date is reported at its line.
    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await expect(page.getByRole('heading', { name: 'Dry run: nothing was changed' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { name: 'Dry run: nothing was changed' })).toBeFocused();
    await expect(count(page, 'Would add')).toHaveText('9');
    await expect(count(page, 'Would fail')).toHaveText('1');
    const notes = page.getByRole('region', { name: /Failures and notes/ });
    const bad = notes.getByRole('row').filter({ hasText: '1999-13-45' });
    await expect(bad).toHaveCount(1);
    await expect(bad.getByRole('cell').nth(1)).toHaveText('5');
    await expect(bad).toContainText('IMP-004');
    await expect(bad).toContainText('Imported without it');
    const failed = notes.getByRole('row').filter({ hasText: 'Would fail' });
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText('The row was not imported.');
    await expectNoAxeViolations(page);
    await shot(page, 'import-4-dry-run.png');
    // Every row, not only the problems.
    await page.getByLabel(/Show only failures and notes/).uncheck();
    await expect(page.getByRole('region', { name: /Every row/ }).getByRole('row').filter({ hasText: /Would add testimony IMP-0\d\d/ })).toHaveCount(9);
    await page.getByLabel(/Show only failures and notes/).check();

    // The import: asked first, then the summary with the saved report.
    await page.getByRole('button', { name: 'Import…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Import now?' });
    await expect(confirm).toContainText('the 10 rows of testimonies.csv');
    await expect(confirm).toContainText('9 to add');
    await expectNoAxeViolations(page);
    await shot(page, 'import-5-confirm.png');
    await confirm.getByRole('button', { name: 'Import 10 rows' }).click();
    await expect(page.getByRole('heading', { name: /Import finished/ })).toBeVisible({ timeout: 30_000 });
    await expect(count(page, 'Added')).toHaveText('9');
    await expect(count(page, 'Failed')).toHaveText('1');
    await expect(page.getByText(/The report is saved in .+/)).toBeVisible();
    // The saved report is the engine's own file, served for download.
    const href = await page.getByRole('link', { name: 'Download the report (CSV)' }).getAttribute('href');
    const saved = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return { type: r.headers.get('content-type'), disposition: r.headers.get('content-disposition'), text: await r.text() };
    }, href ?? '');
    expect(saved.type).toContain('text/csv');
    expect(saved.disposition).toMatch(/attachment; filename="\d.*-report\.csv"/);
    expect(saved.text).toContain('IMP-004');
    expect(saved.text).toContain('1999-13-45');
    await expectNoAxeViolations(page);
    await shot(page, 'import-6-summary.png');

    // The new testimonies are in the list, é intact.
    await page.getByRole('link', { name: 'See the imported testimonies' }).click();
    await expect(page.getByRole('row', { name: /Testimony of Renée Okafor/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Testimony of Zoé Laurent/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Testimony of Grace Mbeki/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /Peter Walsh/ })).toHaveCount(0);
    await shot(page, 'import-7-list.png');

    // The same file again: the mapping is remembered, and every imported row is skipped.
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByLabel('CSV file').setInputFiles(csv);
    await expect(page.getByText('This mapping was remembered from the last file with these columns.')).toBeVisible();
    await expect(page.getByLabel('When', { exact: true })).toHaveValue('dateRecorded');
    await page.getByRole('button', { name: 'Import…' }).click();
    await page.getByRole('dialog', { name: 'Import now?' }).getByRole('button', { name: 'Import 10 rows' }).click();
    await expect(page.getByRole('heading', { name: /Import finished/ })).toBeVisible({ timeout: 30_000 });
    await expect(count(page, 'Added')).toHaveText('0');
    await expect(count(page, 'Skipped')).toHaveText('9');
    await expect(count(page, 'Failed')).toHaveText('1');
    await expectNoAxeViolations(page);
    await shot(page, 'import-8-again.png');
  });

  test('transcripts and files: one named by a reference code joins that testimony, the others become new ones', async ({ app }, info) => {
    test.setTimeout(120_000);
    const { page } = app;
    const csv = info.outputPath('one.csv');
    writeFileSync(csv, 'Reference code,Title\r\nTRC-2026-0042,Testimony of Ana Lima\r\n');
    const files = [
      info.outputPath('TRC-2026-0042 statement.txt'),
      info.outputPath('Statement of Joseph Mwangi.txt'),
      info.outputPath('Hearing day two.vtt'),
    ];
    writeFileSync(files[0]!, 'Ana Lima: I was at the market when the trucks came.\n');
    writeFileSync(files[1]!, 'Joseph Mwangi: They took my brother in the night.\n');
    writeFileSync(files[2]!, 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nThe hearing resumed on the second day.\n');

    // A testimony for the code first (a one-row spreadsheet imported straight away).
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByLabel('CSV file').setInputFiles(csv);
    await page.getByRole('button', { name: 'Import…' }).click();
    await page.getByRole('dialog', { name: 'Import now?' }).getByRole('button', { name: 'Import 1 row' }).click();
    await expect(count(page, 'Added')).toHaveText('1', { timeout: 30_000 });

    await page.getByRole('tab', { name: 'Transcripts and files' }).click();
    await expect(page.getByText(/a file whose name starts with a reference code/i)).toBeVisible();
    await expect(page.getByText('No files chosen yet.')).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, 'files-1-start.png');

    await page.getByLabel('Files', { exact: true }).setInputFiles(files);
    const list = page.locator('.import-file-list li');
    await expect(list).toHaveCount(3);
    await expect(list.first()).toContainText('TRC-2026-0042 statement.txt');
    await expect(page.getByText(/^3 files, /)).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, 'files-2-chosen.png');

    await page.getByRole('button', { name: 'Check (dry run)' }).click();
    await expect(page.getByRole('heading', { name: 'Dry run: nothing was changed' })).toBeVisible({ timeout: 30_000 });
    await expect(count(page, 'Would add')).toHaveText('2');
    await expect(count(page, 'Would update')).toHaveText('1');
    await expect(count(page, 'Would fail')).toHaveText('0');
    await expectNoAxeViolations(page);
    await shot(page, 'files-3-dry-run.png');

    await page.getByRole('button', { name: 'Import…' }).click();
    await page.getByRole('dialog', { name: 'Import now?' }).getByRole('button', { name: 'Import 3 files' }).click();
    await expect(page.getByRole('heading', { name: /Import finished/ })).toBeVisible({ timeout: 30_000 });
    await expect(count(page, 'Added')).toHaveText('2');
    await expect(count(page, 'Updated')).toHaveText('1');
    await expect(count(page, 'Failed')).toHaveText('0');
    await page.getByLabel(/Show only failures and notes/).uncheck();
    await expect(page.getByRole('row', { name: /TRC-2026-0042 statement\.txt/ }).getByRole('link', { name: 'TRC-2026-0042' })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, 'files-4-summary.png');

    await page.getByRole('row', { name: /TRC-2026-0042 statement\.txt/ }).getByRole('link', { name: 'TRC-2026-0042' }).click();
    await expect(page.getByRole('heading', { name: /Testimony of Ana Lima/ })).toBeVisible();
  });

  test('a JSON archive export loads only into an empty archive, as a job, and reproduces it', async ({ app, dataDir }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await page.getByRole('button', { name: 'Load sample archive' }).click();
    await expect(page.getByText('The sample archive is loaded.')).toBeVisible();

    // The sample archive, exported as a JSON archive from the Exports page.
    const exported = path.join(dataDir, 'sample-json-export');
    await page.getByRole('link', { name: 'Exports', exact: true }).click();
    const card = page.getByRole('region', { name: 'Archival exports' });
    await card.getByRole('radio', { name: /^JSON archive/ }).check();
    await card.getByLabel(/^Where to write it/).fill(exported);
    await card.getByRole('button', { name: 'Export as JSON archive' }).click();
    await expect(card.getByText(`The export is ready in ${exported}`)).toBeVisible({ timeout: 60_000 });

    // Into the same, full archive: the tab warns, and the engine's refusal is said at the field.
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('tab', { name: 'Archive (JSON export)' }).click();
    await expect(page.getByText(/This archive is not empty: it holds \d+ testimonies/)).toBeVisible();
    await page.getByLabel('The export’s folder').fill(exported);
    await page.getByRole('button', { name: 'Load the archive…' }).click();
    await page.getByRole('dialog', { name: 'Load this JSON archive?' }).getByRole('button', { name: 'Load the archive' }).click();
    await expect(page.locator('#f-archiveSource-error')).toContainText('This archive already holds records');
    await expect(page.getByLabel('The export’s folder')).toHaveValue(exported);
    await expectNoAxeViolations(page);
    await shot(page, 'archive-1-refused.png');

    // A new, empty archive (creating one signs out: each archive has its own accounts).
    await page.getByRole('link', { name: 'Archives', exact: true }).click();
    await page.getByLabel(/^Name/).fill('Successor archive');
    await page.getByLabel(/^New folder/).fill(path.join(dataDir, 'Successor.tessera'));
    await page.getByRole('button', { name: 'Create archive' }).click();
    await signIn(page);

    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('tab', { name: 'Archive (JSON export)' }).click();
    await expect(page.getByText(/This archive is not empty/)).toHaveCount(0);
    // A path that is not an export is refused at the field, before anything starts.
    await page.getByLabel('The export’s folder').fill(dataDir);
    await page.getByRole('button', { name: 'Load the archive…' }).click();
    await page.getByRole('dialog', { name: 'Load this JSON archive?' }).getByRole('button', { name: 'Load the archive' }).click();
    await expect(page.locator('#f-archiveSource-error')).toContainText('holds no archive.json');
    await expectNoAxeViolations(page);
    await shot(page, 'archive-2-empty.png');

    await page.getByLabel('The export’s folder').fill(path.join(exported, 'archive.json'));
    await page.getByRole('button', { name: 'Load the archive…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Load this JSON archive?' });
    await expect(confirm).toContainText('only while this archive is empty');
    await expectNoAxeViolations(page);
    await shot(page, 'archive-3-confirm.png');
    await confirm.getByRole('button', { name: 'Load the archive' }).click();
    const done = page.getByRole('heading', { name: 'The archive is loaded' });
    await expect(done).toBeVisible({ timeout: 90_000 });
    await expect(done).toBeFocused();
    await expect(page.getByRole('tabpanel', { name: 'Archive (JSON export)' })).toContainText(/Imported the JSON archive Marrow County Truth and Reconciliation Commission: [\d,]+ rows/);
    // The whole window follows: the archive's name, and its records.
    await expect(page.getByText('Marrow County Truth and Reconciliation Commission').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, 'archive-4-done.png');
    await page.getByRole('link', { name: 'See the testimonies' }).click();
    await expect(page.getByRole('row', { name: /Rosa Ñandú on the death of her son Aurelio/ })).toBeVisible();
  });
});
