import { expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Audit and preservation: the chain holds on a fresh sample, "Verify the archive now" runs every
 * check with progress and shows each holding, and the run appears in the PREMIS event list as a
 * fixity check by the signed-in administrator, filterable by type.
 */
test('verifying the archive from its page: the chain holds, every check passes, and the run is a fixity check event', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Load sample archive' }).click();
  await expect(page.getByText('The sample archive is loaded')).toBeVisible({ timeout: 30_000 });

  await page.getByRole('link', { name: 'Audit and preservation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit and preservation' })).toBeVisible();
  await expect(page.getByText(/^The audit log holds: [\d,]+ entries/)).toBeVisible();
  await expect(page.getByText('This archive has not been verified yet.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Verify the archive now' }).click();
  await expect(page.getByText('The archive holds: every check passed.')).toBeVisible({ timeout: 60_000 });
  for (const check of ['database integrity', 'links between records', 'search index', 'audit chain', 'stored files']) {
    await expect(page.getByRole('row', { name: new RegExp(`^${check} ✓ Holds`) })).toBeVisible();
  }
  await expect(page.getByRole('row', { name: /^stored files ✓ Holds 3 files match their SHA-256$/ })).toBeVisible();

  const type = page.getByRole('combobox', { name: 'Type of event' });
  await type.selectOption('fixity check');
  const events = page.getByRole('table', { name: /^Events 1 to 1 of 1$/ });
  await expect(events).toBeVisible();
  await expect(events.getByRole('row').nth(1)).toContainText('Fixity check');
  await expect(events.getByRole('row').nth(1)).toContainText('Every check held');
  await expect(events.getByRole('row').nth(1)).toContainText('Success');
  await type.selectOption('ingestion');
  await expect(page.getByRole('table', { name: /^Events 1 to 25 of 4\d$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Older' }).click();
  await expect(page.getByRole('table', { name: /^Events 26 to 4\d of 4\d$/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: '/tmp/premis/preservation.png', fullPage: true });
});
