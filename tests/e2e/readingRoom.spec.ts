import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = process.env.TESSERA_SHOTS ?? '/tmp/shots';

function tessera(dataDir: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'tessera.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, TESSERA_DATA_DIR: path.join(dataDir, 'cli'), TESSERA_USER: 'E2E Tester' },
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, name), fullPage: true });
}

test.describe('the reading room', () => {
  test('opens from file:// with no network, finds public testimony and nothing sealed', async ({ page, dataDir }) => {
    const archive = path.join(dataDir, 'Sample.tessera');
    const room = path.join(dataDir, 'Reading room');
    tessera(dataDir, ['sample', archive]);
    expect(tessera(dataDir, ['export', archive, '--format', 'reading-room', '--out', room])).toContain(`Built the reading room in ${room}`);

    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(path.join(room, 'index.html')).href);

    // The first page says what this is, which archive, when, how many, and that it is public-only.
    const about = page.locator('.about');
    await expect(about).toContainText('18 testimonies from the archive Marrow County Truth and Reconciliation Commission');
    await expect(about).toContainText('Only public records are here.');
    await expect(page.getByRole('heading', { name: 'All testimonies (18)' })).toBeVisible();
    await expectNoAxeViolations(page);
    await shot(page, 'rr-home.png');

    // A phrase from a public testimony (013, Marian Tolliver-Hayes) is found and marked.
    const box = page.getByRole('searchbox', { name: 'Search the testimonies' });
    await box.fill('"wooden building then"');
    await box.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('1 testimony matches "wooden building then"');
    const hit = page.getByRole('link', { name: /Marian Tolliver-Hayes on the firebombing of Mount Zion/ });
    await expect(hit).toBeVisible();
    await expect(page.locator('.hit-snippet mark')).toHaveText(['wooden', 'building', 'then']);
    await expectNoAxeViolations(page);
    await shot(page, 'rr-search.png');

    // The record: facts and the transcript with the matches marked.
    await hit.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Marian Tolliver-Hayes on the firebombing/);
    await expect(page.getByRole('heading', { name: 'Transcript' })).toBeVisible();
    await expect(page.locator('.transcript mark').first()).toBeVisible();
    await expect(page.locator('.about')).toBeHidden();
    await page.getByRole('link', { name: 'Go to the first match' }).click();
    await expect(page.locator('#first-match')).toBeFocused();
    await expect(page).toHaveURL(/#\/record\//);
    await expectNoAxeViolations(page);
    await shot(page, 'rr-record.png');

    // A phrase from sealed statement 012 finds nothing; so do words in other scripts absent here.
    await page.getByRole('link', { name: /Back to the results/ }).click();
    await box.fill('"Plymouth Valiant"');
    await box.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No testimony matches "Plymouth Valiant"');
    await expect(page.locator('.hit')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await shot(page, 'rr-nothing.png');

    // Prefix, exclusion and a field filter, the same syntax as the app.
    const count = async (q: string) => {
      await box.fill(q);
      await box.press('Enter');
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toContainText(q);
      const m = /^(\d+) testimon/.exec((await heading.textContent()) ?? '');
      return m ? Number(m[1]) : 0;
    };
    expect(await count('person:Whitfield')).toBe(1);
    await expect(page.locator('.hit-title')).toHaveText([/Cora Bell Whitfield/]);
    const firebomb = await count('firebomb*');
    expect(firebomb).toBeGreaterThan(1);
    await expect(page.locator('.hit-title', { hasText: 'firebombing of Mount Zion' })).toHaveCount(1);
    const without = await count('firebomb* -title:Zion');
    expect(without).toBeLessThan(firebomb);
    await expect(page.locator('.hit-title', { hasText: 'Zion' })).toHaveCount(0);

    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  });
});

test.describe('exporting from the app', () => {
  test('the Exports page starts a job; the jobs tray follows it to the folder it made', async ({ app, dataDir }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Load sample archive' }).click();
    await expect(page.getByText('The sample archive is loaded.')).toBeVisible();

    await page.getByRole('link', { name: 'Exports', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Reading room' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Build the reading room' }).click();

    const tray = page.getByRole('region', { name: 'Jobs' });
    await expect(tray).toBeVisible();
    await expect(tray.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await shot(page, 'jobs-tray-running.png');
    await expect(tray.getByText(/^Done\. 18 public testimonies/)).toBeVisible({ timeout: 30_000 });
    const where = (await tray.locator('.job-path .path').textContent()) ?? '';
    expect(path.dirname(where)).toBe(path.join(dataDir, 'Default.tessera', 'exports'));
    expect(existsSync(path.join(where, 'index.html'))).toBe(true);
    await expect(page.getByRole('main')).toContainText(`The reading room is ready in ${where}`);
    await expectNoAxeViolations(page);
    await shot(page, 'jobs-tray-done.png');
  });
});
