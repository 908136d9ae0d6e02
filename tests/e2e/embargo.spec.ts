import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * The embargo review: the sample holds one testimony whose embargo has ended (019, Jorge Ñandú,
 * closed until 2020 and still confidential). The overview says so, the review page lists it, and
 * marking it reviewed — here keeping it confidential — clears the notice.
 */
test('an ended embargo is announced on the overview, reviewed from its list, and then no longer asked for', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Load sample archive' }).click();
  await expect(page.getByText('The sample archive is loaded')).toBeVisible({ timeout: 30_000 });

  const notice = page.getByTestId('embargo-notice');
  await expect(notice).toHaveText('1 embargo ended — review');
  await notice.getByRole('link', { name: 'review' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Embargoes ended' })).toBeVisible();
  const row = page.getByRole('row', { name: /Jorge Ñandú on his brother Aurelio/ });
  await expect(row).toContainText('Confidential');
  await expect(row).toContainText('2020');
  await expectNoAxeViolations(page);

  // The record opens from the list, and the list is one step back.
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: /Jorge Ñandú on his brother Aurelio/ })).toBeVisible();
  await page.goBack();

  const level = page.getByRole('combobox', { name: /^Access level of MTRC-\d{4}-\d{4} after the review$/ });
  await expect(level).toHaveValue('confidential');
  // Opening it to more people asks first; Cancel changes nothing.
  await level.selectOption('public');
  await page.getByRole('button', { name: 'Change and mark reviewed' }).click();
  const confirm = page.getByRole('dialog', { name: /^Open MTRC-\d{4}-\d{4} to more people\?$/ });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Make it Public' })).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Jorge Ñandú on his brother Aurelio/ })).toBeVisible();
  await level.selectOption('confidential');
  await page.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(page.getByText(/^MTRC-\d{4}-\d{4} reviewed: it stays Confidential\.$/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No embargo is waiting for review' })).toBeVisible();

  await page.getByRole('link', { name: 'Archive overview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('embargo-notice')).toHaveCount(0);
});
