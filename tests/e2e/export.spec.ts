import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const shots = process.env.TESSERA_SHOTS ?? '/tmp/shots';

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name), fullPage: true });
}

test.describe('archival exports', () => {
  test('a public CSV export and a BagIt package run as jobs and say where they went', async ({ app, dataDir }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await page.getByRole('button', { name: 'Load sample archive' }).click();
    await expect(page.getByText('The sample archive is loaded.')).toBeVisible();
    await page.getByRole('link', { name: 'Exports', exact: true }).click();

    const card = page.getByRole('region', { name: 'Archival exports' });
    await expect(card).toBeVisible();
    await expect(card.getByRole('radio', { name: /^CSV/ })).toBeChecked();
    await expect(card.getByRole('radio', { name: /^Public/ })).toBeChecked();
    // A JSON archive is everything: it forces the full scope and says why.
    await card.getByRole('radio', { name: /^JSON archive/ }).check();
    await expect(card.getByRole('radio', { name: /^Full/ })).toBeChecked();
    await expect(card.getByRole('radio', { name: /^Public/ })).toBeDisabled();
    await expect(card.getByText('A JSON archive holds everything, so it is always the full scope.')).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, 'export-1-json-full.png');

    // Public CSV.
    await card.getByRole('radio', { name: /^CSV/ }).check();
    await card.getByRole('radio', { name: /^Public/ }).check();
    await card.getByRole('button', { name: 'Export as CSV' }).click();
    const ready = card.getByText(/^The export is ready in /);
    await expect(ready).toBeVisible({ timeout: 30_000 });
    const csvDir = ((await card.locator('.notice--success .path').textContent()) ?? '').trim();
    expect(path.dirname(csvDir)).toBe(path.join(dataDir, 'Default.tessera', 'exports'));
    expect(existsSync(csvDir)).toBe(true);
    const csvFiles = readdirSync(csvDir);
    expect(csvFiles).toContain('testimonies.csv');
    // The public scope holds public testimony and leaves out the sealed statement 012 of the sample.
    const exported = readFileSync(path.join(csvDir, 'testimonies.csv'), 'utf8');
    expect(exported).toContain('Marian Tolliver-Hayes');
    expect(exported).not.toContain('Witness K');
    await expectNoAxeViolations(page);
    await shot(page, 'export-2-csv-done.png');

    // BagIt, full scope, to a folder named here.
    const bag = path.join(dataDir, 'transfer-bag');
    await card.getByRole('radio', { name: /^BagIt package/ }).check();
    await card.getByRole('radio', { name: /^Full/ }).check();
    await card.getByLabel(/^Where to write it/).fill(bag);
    await card.getByRole('button', { name: 'Export as BagIt package' }).click();
    await expect(card.getByText(`The export is ready in ${bag}`)).toBeVisible({ timeout: 60_000 });
    expect(existsSync(path.join(bag, 'bagit.txt'))).toBe(true);
    expect(existsSync(path.join(bag, 'manifest-sha256.txt'))).toBe(true);
    await expectNoAxeViolations(page);
    await shot(page, 'export-3-bagit-done.png');

    // The same place twice is refused at the field, and nothing typed is lost.
    await card.getByRole('button', { name: 'Export as BagIt package' }).click();
    await expect(card.locator('#f-archivalOut-error')).toBeVisible();
    await expect(card.getByLabel(/^Where to write it/)).toHaveValue(bag);
    await shot(page, 'export-4-refused.png');
  });
});
