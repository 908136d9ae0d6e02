import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openSampleTestimony, selectText } from './transcript';

/**
 * The journey across pages: select text in a transcript, code it, see the highlight, find
 * the passage on the theme's page, merge the theme into another, and find the passage there.
 */

const QUOTE = 'I came on the job in 1959.';

async function openTheme(page: Page, label: string) {
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  await page.getByRole('searchbox', { name: /Find a theme/ }).fill(label);
  await page.getByRole('treeitem').filter({ has: page.locator('.theme-item-label', { hasText: new RegExp(`^${label}`) }) }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

test('code a passage, find it on its theme page, merge the theme and find it on the survivor', async ({ app }) => {
  const { page } = app;
  await openSampleTestimony(page, 'Transcript');

  await selectText(page, QUOTE);
  await page.keyboard.press('c');
  const dialog = page.getByRole('dialog', { name: 'Code selection' });
  const themes = dialog.getByRole('combobox', { name: 'Themes' });
  await expect(themes).toBeFocused();
  await themes.fill('re-entry');
  await themes.press('Enter');
  await expect(dialog.getByRole('list', { name: /Chosen/ })).toContainText('Reintegration after incarceration');
  await dialog.getByRole('button', { name: 'Save code' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('article.transcript .code', { hasText: QUOTE })).toHaveAttribute('title', /Reintegration after incarceration/);

  // The theme's page lists the passage with its testimony.
  await openTheme(page, 'Reintegration after incarceration');
  const passages = page.getByRole('main');
  await expect(passages.getByText(QUOTE)).toBeVisible();
  await expect(passages.getByRole('link', { name: /MTRC-2026-0004/ })).toBeVisible();

  // Merge it into Community healing (confirmed), then the survivor lists the passage.
  await page.getByRole('button', { name: 'Merge into…' }).click();
  const merge = page.getByRole('dialog');
  const into = merge.getByRole('combobox', { name: 'Merge into' });
  await into.fill('community healing');
  await into.press('Enter');
  await expect(merge).toContainText('“Reintegration after incarceration” will be coded with “Community healing”');
  await merge.getByRole('button', { name: 'Merge into “Community healing”' }).click();
  await expect(merge).toBeHidden();
  await expect(page.getByText('Merged into')).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Community healing', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Community healing' })).toBeVisible();
  await expect(page.locator('.theme-facts')).toContainText('Reintegration after incarceration');
  await expect(page.getByRole('main').getByText(QUOTE)).toBeVisible();

  // Back in the transcript, the highlight now carries the survivor's name.
  await page.getByRole('main').getByRole('link', { name: /MTRC-2026-0004/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /Donald Ferrante/ })).toBeVisible();
  const shown = page.getByRole('button', { name: 'Show transcript' });
  if (await shown.isVisible()) await shown.click();
  await expect(page.locator('article.transcript .code', { hasText: QUOTE })).toHaveAttribute('title', /Community healing/);
});
