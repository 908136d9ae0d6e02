import { mkdirSync, readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test } from './fixtures';
import type { Page } from '@playwright/test';

const SHOTS = '/tmp/shots';

/** The whole page: the main area scrolls on its own, so the window grows to its height first. */
async function shot(page: Page, name: string, full = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  if (!full) {
    await page.screenshot({ path: `${SHOTS}/search-${name}.png` });
    return;
  }
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  // A string, as the tests are typed without the DOM.
  const height = Number(
    await page.evaluate(`Math.max(window.innerHeight, ...[...document.querySelectorAll('.main, .split-detail, .split-list')].map((el) => el.scrollHeight + el.getBoundingClientRect().top))`),
  );
  await page.setViewportSize({ width: size.width, height: Math.min(Math.ceil(height), 6000) });
  await page.screenshot({ path: `${SHOTS}/search-${name}.png`, fullPage: true });
  await page.setViewportSize(size);
}

async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample archive' }).click();
  await expect(page.getByText('The sample archive is loaded')).toBeVisible({ timeout: 30_000 });
}

/** The results shown are the answer to what the URL asks (not the previous one, kept while loading). */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('.search-main')).toHaveAttribute('aria-busy', 'false');
}

/** The number in "12 testimonies found · 3 ms". */
async function resultCount(page: Page): Promise<number> {
  await settled(page);
  const count = page.locator('.search-count');
  await expect(count).toHaveText(/found/);
  return Number(/^([\d,]+)/.exec((await count.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? 'NaN');
}

/** One parameter of the hash route's query (#/search?q=…). */
function hashParam(page: Page, name: string): string | null {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get(name);
}

async function search(page: Page, q: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: 'Search the archive' });
  await box.fill(q);
  await box.press('Enter');
  await expect.poll(() => hashParam(page, 'q')).toBe(q);
}

test.describe('searching the archive', () => {
  test('words and phrases with snippets, facets that narrow, reload keeps the place', async ({ app }) => {
    const { page } = app;
    await loadSample(page);

    // The top bar's box leads to the Search page with what was typed.
    await page.keyboard.press('/');
    await page.keyboard.type('inquest');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/search\?q=inquest/);
    await expect(page.getByRole('heading', { name: 'Search', level: 1 })).toBeVisible();
    const searchBox = page.getByRole('searchbox', { name: 'Search the archive' });
    await expect(searchBox).toHaveValue('inquest');
    const hits = page.getByRole('list', { name: 'Results' }).getByRole('listitem');
    await expect(hits.first()).toBeVisible();
    expect(await resultCount(page)).toBeGreaterThan(0);
    // Every mark in the snippets is the word searched, in whatever case.
    const marks = page.locator('.hit-snippet mark');
    await expect(marks.first()).toBeVisible();
    for (const m of await marks.allTextContents()) expect(m.toLowerCase()).toBe('inquest');

    // A phrase: the marks are the whole phrase.
    await search(page, '"Sawyer Road"');
    await expect(marks.first()).toHaveText(/^sawyer road$/i);
    const all = await resultCount(page);
    expect(all).toBeGreaterThan(2);
    await shot(page, 'results');
    await expectNoAxeViolations(page);

    // A facet narrows the count, shows as a chip, and can be taken off again.
    const facets = page.getByRole('region', { name: 'Narrow the results' });
    const publicBox = facets.getByRole('group', { name: 'Access level' }).getByRole('checkbox', { name: /^Public/ });
    await publicBox.click();
    await expect(publicBox).toBeChecked();
    await expect.poll(() => hashParam(page, 'accessLevel')).toBe('public');
    await expect.poll(() => resultCount(page)).toBeLessThan(all);
    const narrowed = await resultCount(page);
    expect(narrowed).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Remove Access level: Public' })).toBeVisible();
    for (const badge of await page.locator('.hit .badge--access').allTextContents()) expect(badge).toContain('Public');
    await shot(page, 'facet');
    await expectNoAxeViolations(page);

    // Reload and back return to the same place.
    await page.reload();
    await expect(page.locator('[data-app-state="loaded"]')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toHaveValue('"Sawyer Road"');
    await expect.poll(() => resultCount(page)).toBe(narrowed);
    await page.goBack();
    await expect.poll(() => resultCount(page)).toBe(all);
    await expect(page.getByRole('button', { name: 'Remove Access level: Public' })).toHaveCount(0);
    await page.goForward();
    await expect.poll(() => resultCount(page)).toBe(narrowed);

    // Sorting by reference puts the lowest reference first.
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Reference' });
    await expect.poll(() => hashParam(page, 'sort')).toBe('ref');
    await settled(page);
    // The URL changes before the new order is drawn: wait for the list to be redrawn in reference order.
    const byRef = (refs: string[]) => [...refs].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    await expect.poll(async () => { const refs = await page.locator('.hit-ref').allTextContents(); return JSON.stringify(byRef(refs)) === JSON.stringify(refs); }).toBe(true);
    const refs = await page.locator('.hit-ref').allTextContents();
    expect(refs.length).toBe(narrowed);
    expect(byRef(refs)).toEqual(refs);

    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => resultCount(page)).toBe(all);

    // An address with a page past the end says so and offers the first page.
    await page.evaluate(`location.hash = '#/search?q=bridge&page=9'`);
    await page.getByRole('link', { name: 'Go to the first page' }).click();
    await expect.poll(() => hashParam(page, 'page')).toBeNull();
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
  });

  test('a result opens its transcript with every match highlighted and steps through them', async ({ app }) => {
    const { page } = app;
    await loadSample(page);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expectNoAxeViolations(page);
    await shot(page, 'empty');
    await search(page, '"Sawyer Road"');
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Reference' });
    await expect.poll(() => hashParam(page, 'sort')).toBe('ref');
    await settled(page);
    const first = page.getByRole('list', { name: 'Results' }).getByRole('link').first();
    await expect(first).toContainText('MTRC-');
    await first.click();

    await expect(page).toHaveURL(/tab=transcript/);
    await expect(page.getByRole('tab', { name: 'Transcript' })).toHaveAttribute('aria-selected', 'true');
    // The content warning still comes first, and says the search is inside.
    const gate = page.getByRole('button', { name: 'Show transcript' });
    if (await gate.isVisible()) {
      await expect(page.getByText(/Your search "Sawyer Road" is found \d+ times? in it/)).toBeVisible();
      await shot(page, 'gate', false);
      await gate.click();
    }
    const marks = page.locator('.transcript mark');
    const n = await marks.count();
    expect(n).toBeGreaterThanOrEqual(3);
    for (const m of await marks.allTextContents()) expect(m.replace(/\s+/g, ' ').toLowerCase()).toBe('sawyer road');
    const status = page.locator('#find-status');
    await expect(status).toHaveText(`1 of ${n}`);
    const current = page.locator('.transcript mark.is-current');
    await expect(current).toHaveCount(1);
    await expect(current).toBeInViewport();
    await expect(current).toHaveAttribute('data-match', '0');

    await page.getByRole('button', { name: 'Next' }).click();
    await expect(status).toHaveText(`2 of ${n}`);
    await expect(current).toHaveAttribute('data-match', '1');
    await expect(current).toBeInViewport();
    await page.keyboard.press('F3');
    await expect(status).toHaveText(`3 of ${n}`);
    await page.keyboard.press('Shift+F3');
    await expect(status).toHaveText(`2 of ${n}`);
    const find = page.getByRole('searchbox', { name: 'Find in transcript' });
    await find.focus();
    await find.press('Enter');
    await expect(status).toHaveText(`3 of ${n}`);
    await find.press('Shift+Enter');
    await expect(status).toHaveText(`2 of ${n}`);
    // Previous from the first wraps to the last.
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(status).toHaveText(`${n} of ${n}`);
    await shot(page, 'transcript', false);
    await shot(page, 'transcript-full');
    await expectNoAxeViolations(page);

    // The find box takes the same syntax: a new word re-marks the transcript and updates the URL.
    await find.fill('stoneford');
    await expect.poll(() => hashParam(page, 'q')).toBe('stoneford');
    await expect(marks.first()).toHaveText(/^stoneford$/i);
    await expect(status).toHaveText(/^1 of \d+$/);
    await find.fill('zzzzqqq');
    await expect(status).toHaveText('No matches');
    await expect(page.getByText('Not found in the transcript.')).toBeVisible();

    // Back to the results where the reader left them.
    await page.getByRole('link', { name: 'Back to the search results' }).click();
    await expect(page).toHaveURL(/#\/search\?/);
    await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toHaveValue('"Sawyer Road"');
  });

  test('save a search, run it again, delete it; export CSV; bad input gives hints, not errors', async ({ app }) => {
    const { page } = app;
    await loadSample(page);
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await search(page, 'bridge');
    const audio = page.getByRole('region', { name: 'Narrow the results' }).getByRole('group', { name: 'Type of testimony' }).getByRole('checkbox', { name: /^Audio recording/ });
    await audio.click();
    await expect(audio).toBeChecked();
    await expect.poll(() => hashParam(page, 'type')).toBe('audio');
    const count = await resultCount(page);
    const url = page.url();

    await page.getByRole('button', { name: 'Save search…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this search' });
    await expect(dialog.getByRole('textbox', { name: /^Name/ })).toBeFocused();
    await dialog.getByRole('button', { name: 'Save search' }).click();
    await expect(dialog.getByText('A name is required')).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('textbox', { name: /^Name/ }).fill('Bridge — one type');
    await dialog.getByRole('button', { name: 'Save search' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Saved the search as “Bridge — one type”.' })).toBeVisible();
    const saved = page.getByRole('region', { name: 'Saved searches' });
    await expect(saved.getByRole('link', { name: /Bridge — one type/ })).toBeVisible();

    // Somewhere else, then run it: the same words, filter and count.
    await search(page, 'fire');
    await expect.poll(() => page.url()).not.toBe(url);
    await saved.getByRole('link', { name: /Bridge — one type/ }).click();
    await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toHaveValue('bridge');
    await expect.poll(() => hashParam(page, 'type')).toBe('audio');
    await expect.poll(() => resultCount(page)).toBe(count);

    // Export the results as CSV.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^search-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('Reference');
    expect(csv.trim().split(/\r?\n/).length).toBeGreaterThanOrEqual(count + 1);
    await expect(page.getByText(`Exported ${count} result`)).toBeVisible();

    // Delete, after a confirmation.
    await saved.getByRole('button', { name: 'Delete the saved search “Bridge — one type”' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this saved search?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Delete saved search' }).click();
    await expect(confirm).toBeHidden();
    await expect(saved.getByRole('link', { name: /Bridge — one type/ })).toHaveCount(0);

    // Bad input: a hint under the box, and no error.
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => hashParam(page, 'type')).toBeNull();
    await search(page, '"unbalanced');
    await expect(page.locator('#search-hints')).toContainText('A quotation mark was not closed');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Nothing matches this search' })).toBeVisible();
    await shot(page, 'no-results');
    await search(page, 'title:');
    await expect(page.locator('#search-hints')).toContainText('"title:" needs a word after it');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Nothing to search for yet' })).toBeVisible();
    await shot(page, 'hint');
    await expectNoAxeViolations(page);

    // Withdrawn testimonies are found only when asked for, and are marked.
    await search(page, '"paid informing"');
    await expect(page.getByRole('heading', { name: 'Nothing matches this search' })).toBeVisible();
    const withdrawn = page.getByRole('checkbox', { name: 'Withdrawn testimonies' });
    await withdrawn.click();
    await expect(withdrawn).toBeChecked();
    await expect.poll(() => resultCount(page)).toBe(1);
    await expect(page.locator('.hit .badge--withdrawn')).toHaveText('Withdrawn');
    await shot(page, 'withdrawn');

    // Ctrl+K comes back to the box from anywhere on the page.
    await page.getByRole('link', { name: 'Search', exact: true }).focus();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toBeFocused();

    // How to search is one click away.
    await page.getByRole('button', { name: 'How to search' }).click();
    await expect(page.getByRole('region', { name: 'How to search' })).toContainText('東京*');
    await shot(page, 'help');
    await expectNoAxeViolations(page);
  });
});
