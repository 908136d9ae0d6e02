import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { selectText } from './transcript';

/**
 * Findings and recommendations in the sample archive: a finding with its evidence, a new finding
 * cited from a transcript and from a search result, and the recommendations tracker (filters in the
 * URL, a status entry, a new number, the status report).
 */

async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample archive' }).click();
  await expect(page.getByText('The sample archive is loaded')).toBeVisible({ timeout: 30_000 });
}

/** With TESSERA_SHOTS=<folder>, a full-height picture of the page to look at (the main area scrolls on its own, so the window grows first). */
async function shot(page: Page, name: string, full = true): Promise<void> {
  const dir = process.env.TESSERA_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  if (!full) return void (await page.screenshot({ path: path.join(dir, `${name}.png`) }));
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = Number(await page.evaluate(`Math.max(window.innerHeight, ...[...document.querySelectorAll('.main, .split-detail, .split-list')].map((el) => el.scrollHeight + el.getBoundingClientRect().top))`));
  await page.setViewportSize({ width: size.width, height: Math.min(Math.ceil(height), 5000) });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
  await page.setViewportSize(size);
}

const evidence = (page: Page) => page.locator('.evidence-list > li');

test.describe('findings', () => {
  test('a finding with its evidence; a new finding cited from a transcript and from a search result', async ({ app }) => {
    const { page } = app;
    // An empty archive: the page says what findings are for and offers the first one.
    await page.getByRole('link', { name: 'Findings', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'No findings yet' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'No findings yet' }).getByRole('link', { name: 'New finding' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Archive overview' }).click();

    await loadSample(page);
    await page.getByRole('link', { name: 'Findings', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Findings' })).toBeVisible();
    await expect(page.getByText('5 findings')).toBeVisible();
    await expectNoAxeViolations(page);

    // The filter lives in the URL.
    await page.getByRole('searchbox', { name: 'Filter findings by reference, title or text' }).fill('F-002');
    await expect(page).toHaveURL(/text=F-002/);
    await expect(page.getByText('1 finding', { exact: true })).toBeVisible();
    await page.getByRole('row', { name: /F-002/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Third Precinct held people off the books/ })).toBeVisible();
    await expect(evidence(page)).toHaveCount(3);
    await expect(evidence(page).first()).toContainText('MTRC-2026-0004');
    await expect(evidence(page).first().locator('.badge--citation-ok')).toHaveText(/As cited/);
    await expect(page.getByRole('region', { name: 'Recommendations resting on it' }).getByRole('link').first()).toBeVisible();
    await expectNoAxeViolations(page, '.split-detail');
    await shot(page, 'finding-view');

    // Reorder with the keyboard-reachable buttons: the first citation goes down, and keeps the focus.
    const firstQuote = (await evidence(page).first().locator('blockquote').textContent()) ?? '';
    await evidence(page).first().getByRole('button', { name: '↓ Move down' }).click();
    await expect(evidence(page).nth(1).locator('blockquote')).toHaveText(firstQuote);
    await expect(evidence(page).nth(1).getByRole('button', { name: '↓ Move down' })).toBeFocused();

    // A new finding.
    await page.getByRole('searchbox', { name: 'Filter findings by reference, title or text' }).fill('');
    await expect(page.getByText('5 findings')).toBeVisible();
    await page.getByRole('link', { name: 'New finding' }).click();
    await page.getByLabel(/^Title/).fill('Officers knew of the basement and said nothing');
    await page.getByLabel(/^Text/).fill('Officers who served at the Third Precinct knew of the **basement**.\n\nNone reported it.');
    await page.getByText('Preview the text as the report prints it').click();
    await shot(page, 'finding-form', false);
    await page.getByRole('button', { name: 'Save finding' }).click();
    const title = page.getByRole('heading', { level: 1, name: 'Officers knew of the basement and said nothing' });
    await expect(title).toBeVisible();
    await expect(page.locator('.statement-text strong')).toHaveText('basement');
    await expect(page.getByText('No evidence is cited yet.')).toBeVisible();
    const ref = ((await page.locator('.record-ref').textContent()) ?? '').trim();
    expect(ref).toMatch(/^F-\d{3}$/);

    // Cite a sentence of a transcript in it.
    await page.getByRole('link', { name: 'Testimonies', exact: true }).first().click();
    await page.getByRole('row', { name: /MTRC-2026-0004/ }).click();
    await page.getByRole('tab', { name: 'Transcript' }).click();
    await page.getByRole('button', { name: 'Show transcript' }).click();
    await selectText(page, 'I came on the job in 1959.');
    await expect(page.getByRole('toolbar', { name: 'Selection' })).toBeVisible();
    await page.getByRole('toolbar', { name: 'Selection' }).scrollIntoViewIfNeeded();
    await shot(page, 'toolbar', false);
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Cite in a finding…' }).click();
    const cite = page.getByRole('dialog', { name: 'Cite in a finding' });
    await expect(cite.locator('.coding-quote')).toHaveText('I came on the job in 1959.');
    await cite.getByRole('button', { name: 'Cite', exact: true }).click();
    await expect(cite.locator('.field-error')).toContainText('Choose the finding');
    await cite.getByLabel('Find a finding by reference or title').fill('said nothing');
    await cite.getByRole('radio', { name: new RegExp(`${ref} Officers knew`) }).check();
    await cite.getByLabel('Note (optional)').fill('He was there from 1963.');
    await expectNoAxeViolations(page, 'dialog');
    await shot(page, 'cite-dialog', false);
    await cite.getByRole('button', { name: 'Cite', exact: true }).click();
    await expect(cite).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: `Cited in ${ref}` })).toBeVisible();

    // From a search result: the transcript opens with the sentence of the match selected, ready to cite.
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    const box = page.getByRole('searchbox', { name: 'Search the archive' });
    await box.fill('"log book"');
    await box.press('Enter');
    const citeLink = page.getByRole('link', { name: 'Cite… a passage of MTRC-2026-0004' });
    await expect(citeLink).toBeVisible();
    await shot(page, 'search-cite', false);
    await citeLink.click();
    await page.getByRole('button', { name: 'Show transcript' }).click();
    const citeButton = page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Cite in a finding…' });
    await expect(citeButton).toBeVisible();
    // The first match in the transcript, with the rest of its sentence.
    await expect.poll(() => page.evaluate('window.getSelection().toString()')).toBe('The official holding cells were upstairs, with the log book.');
    await citeButton.click();
    await cite.getByRole('radio', { name: new RegExp(`${ref} Officers knew`) }).check();
    await cite.getByRole('button', { name: 'Cite', exact: true }).click();
    await expect(cite).toBeHidden();

    // The finding shows both, with the way back to the testimony.
    await page.getByRole('link', { name: 'Findings', exact: true }).click();
    await page.getByRole('row', { name: new RegExp(ref) }).click();
    await expect(title).toBeVisible();
    await expect(evidence(page)).toHaveCount(2);
    await expect(evidence(page).first().locator('blockquote')).toHaveText('I came on the job in 1959.');
    await expect(evidence(page).first()).toContainText('He was there from 1963.');
    await expect(evidence(page).nth(1).locator('blockquote')).toHaveText('The official holding cells were upstairs, with the log book.');
    await expectNoAxeViolations(page, '.split-detail');

    // Remove one, with confirmation.
    await evidence(page).first().getByRole('button', { name: 'Remove…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove this citation?' });
    await confirm.getByRole('button', { name: 'Remove citation' }).click();
    await expect(confirm).toBeHidden();
    await expect(evidence(page)).toHaveCount(1);

    // The evidence links to the passage in its transcript.
    await evidence(page).first().getByRole('link', { name: /MTRC-2026-0004/ }).click();
    await expect(page).toHaveURL(/tab=transcript&span=\d+-\d+/);
  });
});

test.describe('recommendations', () => {
  test('the tracker filters by status and addressee in the URL; a status entry, a new number, the status report', async ({ app }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'Recommendations', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'No recommendations yet' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Archive overview' }).click();

    await loadSample(page);
    await page.getByRole('link', { name: 'Recommendations', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Recommendations' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '10 recommendations in all' })).toBeVisible();
    const rows = page.locator('.tracker-table tbody tr');
    await expect(rows).toHaveCount(10);
    await expect(rows.first().locator('td').first()).toHaveText('1');
    await expectNoAxeViolations(page);
    await shot(page, 'tracker');

    // A click rather than check(): the box follows the URL, which changes a moment after the click.
    await page.locator('summary', { hasText: 'Status' }).click();
    await page.getByRole('checkbox', { name: /^Underway \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/status=underway/);
    await expect(page.getByRole('checkbox', { name: /^Underway/ })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: '3 recommendations match the filters' })).toBeVisible();
    await expect(rows).toHaveCount(3);

    await page.locator('summary', { hasText: 'Addressee' }).click();
    await page.getByRole('checkbox', { name: /^Department of Justice \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/addressee=Department(\+|%20)of(\+|%20)Justice/);
    await expect(page.getByRole('checkbox', { name: /^Department of Justice/ })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { name: '1 recommendation matches the filters' })).toBeVisible();
    await expect(rows).toHaveCount(1);
    await expectNoAxeViolations(page);
    await shot(page, 'tracker-filtered');

    // The recommendation: add a status entry.
    await rows.first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: /federal civil rights review/ })).toBeVisible();
    await expect(page.locator('.record-badges')).toContainText('Underway');
    await expectNoAxeViolations(page);
    await shot(page, 'recommendation-view');
    await page.getByRole('button', { name: 'Add status…' }).click();
    const add = page.getByRole('dialog', { name: /^Add a status to recommendation/ });
    await add.getByLabel(/^Status/).selectOption('complete');
    await add.getByRole('button', { name: 'Add status' }).click();
    await expect(add.locator('.field-error')).toContainText('Who assessed it');
    await expectNoAxeViolations(page, 'dialog');
    await shot(page, 'add-status');
    await add.getByLabel(/^Assessed by/).fill('Implementation monitoring committee');
    await add.getByLabel(/^Source/).fill('Department of Justice press release');
    await add.getByRole('button', { name: 'Add status' }).click();
    await expect(add).toBeHidden();
    await expect(page.locator('.record-badges')).toContainText('Complete');
    await expect(page.locator('.history-table tbody tr').first()).toContainText('Implementation monitoring committee');
    await expect(page.locator('.history-table tbody tr').first()).toContainText('Recorded by E2E Tester');

    // Renumber it.
    await page.getByRole('button', { name: 'Change number…' }).click();
    const move = page.getByRole('dialog', { name: /^Change the number/ });
    await move.getByLabel(/^New number/).fill('99');
    await move.getByRole('button', { name: 'Change number' }).click();
    await expect(move.locator('.field-error')).toContainText('choose a number from 1 to 10');
    await move.getByLabel(/^New number/).fill('4');
    await move.getByRole('button', { name: 'Change number' }).click();
    await expect(move).toBeHidden();
    await expect(page.locator('.record-ref')).toHaveText('Recommendation 4');

    // Back to the tracker with the filter as it was: it is complete now, so nothing matches.
    await page.getByRole('link', { name: '← Recommendations' }).click();
    await expect(page).toHaveURL(/status=underway/);
    await expect(page.getByText('No recommendations match these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(rows).toHaveCount(10);
    await expect(rows.nth(3)).toContainText('federal civil rights review');

    // The status report, as a job followed in its dialog.
    await page.getByRole('button', { name: 'Print status report…' }).click();
    const print = page.getByRole('dialog', { name: 'Print the status report' });
    await print.getByRole('button', { name: 'Write the PDF' }).click();
    await expect(print.getByRole('link', { name: 'Download PDF' })).toBeVisible({ timeout: 30_000 });
  });
});
