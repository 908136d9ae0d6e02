import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { png } from '../unit/electron/archive/files/pictures';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** axe-core on the open record only (the page around it was checked once already): each tab in turn. */
const expectRecordAccessible = (page: Page) => expectNoAxeViolations(page, '.split-detail');

async function openMarkers(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample archive' }).click();
  await expect(page.getByText('The sample archive is loaded')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Memorials & markers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Memorials & markers' })).toBeVisible();
  await expect(page.getByText(/^\d+ memorials and markers$/)).toBeVisible();
}

const tab = (page: Page, name: RegExp | string) => page.getByRole('tab', { name });
const nextSteps = (page: Page): Locator => page.getByRole('group', { name: 'Next steps' }).getByRole('button');

/**
 * Takes one step along the workflow through its dialog and waits for the header to say so; the
 * pressed button is gone then, and focus is on the first step now possible.
 */
async function step(page: Page, button: string, status: string, note = ''): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  const day = dialog.getByLabel(/^On what day/);
  // Today as the engine counts it (UTC), so an untouched form is never "in the future".
  await expect(day).toHaveValue(new Date().toISOString().slice(0, 10));
  await expect(day).toBeFocused();
  if (note) await dialog.getByLabel('Note (optional)').fill(note);
  await dialog.getByRole('button', { name: `Record: ${status.toLowerCase()}` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.record-badges .badge--marker')).toHaveText(new RegExp(status));
  await expect(nextSteps(page).first()).toBeFocused();
}

test.describe('memorials and markers', () => {
  test('from proposal to dedication: approve the inscription, each step, a photo, and the public record sheet', async ({ app }, info) => {
    const { page } = app;
    await openMarkers(page);
    await expectNoAxeViolations(page);

    // Filter to the proposed markers: the filter lives in the URL.
    await page.locator('summary', { hasText: 'Status' }).click();
    // A click rather than check(): the box follows the URL, which changes a moment after the click.
    await page.getByRole('checkbox', { name: 'Proposed' }).click();
    await expect(page.getByRole('checkbox', { name: 'Proposed' })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/status=proposed/);
    await expect(page.getByText('1 memorial or marker')).toBeVisible();

    // Open it from the keyboard.
    const grid = page.getByRole('grid', { name: 'Memorials and markers' });
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const title = (await page.getByRole('heading', { level: 1, name: 'Cutler Street Bridge, July 1971' }).textContent()) ?? '';
    await expect(page.locator('.record-badges')).toContainText('Proposed');

    // Status: only the next step is offered; the rest of the workflow is not.
    await tab(page, 'Status').click();
    await expect(nextSteps(page)).toHaveText(['Mark as approved…']);
    await expectRecordAccessible(page);

    // Inscription: approve the draft, by a named person on a date; it is then locked.
    await tab(page, 'Inscription').click();
    await page.getByRole('button', { name: /^Approve version \d+…$/ }).click();
    const approve = page.getByRole('dialog');
    await expect(approve.getByLabel(/^Approved by/)).toBeFocused();
    await approve.getByRole('button', { name: 'Approve and lock' }).click();
    await expect(approve.locator('.field-error')).toContainText('The name of who approved it');
    await approve.getByLabel(/^Approved by/).fill('Ifeoma Adeyemi, Chair');
    await approve.getByRole('button', { name: 'Approve and lock' }).click();
    await expect(approve).toBeHidden();
    await expect(page.locator('.inscription--approved')).toContainText('On the night of 17 July 1971');
    await expect(page.getByText(/^🔒 Version \d+, approved by Ifeoma Adeyemi, Chair on/)).toBeVisible();
    await expectRecordAccessible(page);

    // Move it along, one allowed step at a time.
    await tab(page, 'Status').click();
    await step(page, 'Mark as approved…', 'Approved', 'Approved by the full Commission.');
    await expect(nextSteps(page)).toHaveText(['Mark as fabricated…']);
    await step(page, 'Mark as fabricated…', 'Fabricated', 'Cast aluminium, Sewah Studios.');
    await step(page, 'Mark as installed…', 'Installed');
    await expect(nextSteps(page)).toHaveText(['Mark as dedicated…', 'Report damaged…', 'Report missing…']);
    await step(page, 'Mark as dedicated…', 'Dedicated', 'Public dedication at the bridge.');
    await expect(nextSteps(page)).toHaveText(['Report damaged…', 'Report missing…']);
    await expect(page.locator('.status-table tbody tr')).toHaveCount(5);
    await expect(page.locator('.status-table tbody tr').last()).toContainText('Installed → Dedicated');
    await expect(page.locator('.status-table tbody tr').last()).toContainText('Recorded by E2E Tester');

    // A photo: a PNG chosen from disk, with caption and credit.
    const photoFile = info.outputPath('bridge.png');
    writeFileSync(photoFile, png(4, 3));
    await tab(page, /^Photos/).click();
    await page.getByLabel('Photo file').setInputFiles(photoFile);
    await page.getByLabel('Caption').fill('The marker at the east end of the bridge');
    await page.getByLabel('Credit').fill('Photograph: E2E Tester');
    await page.getByRole('button', { name: 'Add photo' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added “bridge.png”' })).toBeVisible();
    const photo = page.getByRole('img', { name: 'The marker at the east end of the bridge' });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(4);
    await expect(tab(page, 'Photos (1)')).toBeVisible();
    await expectRecordAccessible(page);

    await tab(page, 'History').click();
    await expect(page.getByText('Inscription approved').first()).toBeVisible();
    await expect(page.getByText('Photo added').first()).toBeVisible();
    await expectRecordAccessible(page);
    await tab(page, 'Details').click();
    await expect(page.getByRole('img', { name: 'Locator of M-004 among the archive’s places' })).toBeVisible();
    await expect(page.locator('.locator figcaption')).toHaveText(/^Nearest places in the archive: .+ \(\d+(\.\d)? k?m\)/);
    await expectRecordAccessible(page);

    // The public record sheet: a PDF job followed in the dialog, then downloaded.
    await page.getByRole('button', { name: 'Print record sheet…' }).click();
    const print = page.getByRole('dialog', { name: 'Print record sheet' });
    await expect(print.getByRole('radio', { name: /^Public/ })).toBeChecked();
    await print.getByRole('button', { name: 'Write the PDF' }).click();
    const download = print.getByRole('link', { name: 'Download PDF' });
    await expect(download).toBeVisible({ timeout: 30_000 });
    await expect(download).toBeFocused();
    await expect(page.getByRole('region', { name: 'Jobs' })).toBeVisible();
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const saved = info.outputPath('sheet.pdf');
    await file.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', [saved, '-'], { encoding: 'utf8' });
    expect(text).toContain(title);
    expect(text).toContain('Ifeoma Adeyemi, Chair');
    await page.keyboard.press('Escape');
    await expect(print).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print record sheet…' })).toBeFocused();
  });

  test('the register keeps the list’s filter, groups by place or status, and offers its PDF', async ({ app }) => {
    const { page } = app;
    await openMarkers(page);
    await page.locator('summary', { hasText: 'Type' }).click();
    await page.getByRole('checkbox', { name: 'Plaque' }).click();
    await expect(page.getByRole('checkbox', { name: 'Plaque' })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(page.getByText(/^3 memorials and markers$/)).toBeVisible();

    await page.getByRole('link', { name: 'Register', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Register of memorials and markers' })).toBeVisible();
    await expect(page.getByText('Filtered: Plaque.')).toBeVisible();
    await expect(page.locator('.register-table tbody tr')).toHaveCount(3);
    await expectNoAxeViolations(page);

    // The grouping follows the URL, which changes a moment after the click: click, then wait for it.
    await page.getByRole('radio', { name: 'By status' }).click();
    await expect(page).toHaveURL(/by=status/);
    await expect(page.getByRole('radio', { name: 'By status' })).toBeChecked();
    const headings = page.locator('.register-group h2');
    await expect(headings).toHaveText([/^Fabricated/, /^Installed/, /^Missing/]);

    await page.getByRole('button', { name: 'Print register (PDF)…' }).click();
    const print = page.getByRole('dialog', { name: 'Print the register' });
    await expect(print).toContainText('the markers this filter keeps (3 entries)');
    await page.keyboard.press('Escape');
    await expect(print).toBeHidden();

    // Back to the list with the filter as it was.
    await page.getByRole('link', { name: '← Memorials & markers' }).click();
    await expect(page).toHaveURL(/type=plaque/);
    await expect(page.getByText(/^3 memorials and markers$/)).toBeVisible();
  });
});
