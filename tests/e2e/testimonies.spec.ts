import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('cataloguing testimony', () => {
  test('an empty archive explains itself and loads the sample', async ({ app }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'This archive is empty' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Load sample archive' }).click();
    await expect(page.getByText('The sample archive is loaded')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('main')).toContainText('Marrow County');
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Testimonies', exact: true }).first().click();
    await expect(page.getByRole('grid').or(page.getByRole('table')).first()).toContainText('MTRC-');
    await expectNoAxeViolations(page);
  });

  test('create with validation next to the field, edit, see history, close and reopen', async ({ app, tessera }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'New testimony' }).first().click();
    const title = page.getByRole('textbox', { name: /^Title/ });
    await expect(title).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Date recorded').fill('the day after the fire');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('A title is required').first()).toBeVisible();
    await expect(page.getByLabel('Date recorded')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Date recorded')).toHaveValue('the day after the fire');

    await title.fill('Statement of Thandeka Ngcobo on the Cutler Street Bridge');
    await page.getByLabel('Date recorded').fill('circa 1971');
    await page.getByRole('combobox', { name: /^Type of testimony/ }).selectOption({ label: 'Audio recording' });
    await page.getByLabel('Full transcript').fill('Ngcobo: we walked to the bridge at dusk. Мирошниченко was there, and Ñandú.');
    await page.getByRole('button', { name: 'Save' }).first().click();

    const header = page.getByRole('heading', { level: 1 }).or(page.getByRole('heading', { level: 2 })).filter({ hasText: 'Cutler Street Bridge' }).first();
    await expect(header).toBeVisible();
    await expect(page.getByText('circa 1971').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Edit' }).or(page.getByRole('button', { name: 'Edit' })).first().click();
    await page.getByRole('textbox', { name: /^Title/ }).fill('Statement of Thandeka Ngcobo (corrected)');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByText('Statement of Thandeka Ngcobo (corrected)').first()).toBeVisible();

    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('tabpanel');
    await expect(history).toContainText('Statement of Thandeka Ngcobo on the Cutler Street Bridge');
    await expect(history).toContainText('Statement of Thandeka Ngcobo (corrected)');
    await expect(history).toContainText('E2E Tester');
    await expectNoAxeViolations(page);

    // Close Tessera entirely and start it again on the same data folder.
    await app.stop();
    const again = await tessera.start();
    await again.page.getByRole('link', { name: 'Testimonies', exact: true }).first().click();
    await expect(again.page.getByText('Statement of Thandeka Ngcobo (corrected)').first()).toBeVisible();
    await again.page.getByText('Statement of Thandeka Ngcobo (corrected)').first().click();
    await again.page.getByRole('tab', { name: 'Transcript' }).click();
    await expect(again.page.getByText('Мирошниченко was there, and Ñandú.')).toBeVisible();
  });

  test('filter and sort the list, withdraw with confirmation, find it again and restore', async ({ app }) => {
    const { page } = app;
    await page.getByRole('button', { name: 'Load sample archive' }).click();
    await expect(page.getByText('The sample archive is loaded')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Testimonies', exact: true }).first().click();
    const rows = page.getByRole('row');
    await expect(rows.nth(1)).toContainText('MTRC-');

    // Sorting by title descending puts a different testimony first.
    const firstBefore = await rows.nth(1).textContent();
    await page.getByRole('button', { name: /^Title/ }).click();
    await page.getByRole('button', { name: /^Title/ }).click();
    await expect(rows.nth(1)).not.toHaveText(firstBefore ?? '');
    await expect(page).toHaveURL(/sort=title/);

    // Open the first row with the keyboard.
    await rows.nth(1).click();
    const ref = (await page.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
    await expect(page.getByRole('button', { name: 'Withdraw…' })).toBeVisible();
    await page.getByRole('button', { name: 'Withdraw…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Withdraw testimony' }).click();
    await expect(dialog.getByText(/reason/i).first()).toBeVisible();
    await dialog.getByLabel(/Reason for withdrawing/).fill('The narrator asked for the statement to be withdrawn.');
    await dialog.getByRole('button', { name: 'Withdraw testimony' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('The narrator asked for the statement to be withdrawn.').first()).toBeVisible();

    await page.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByRole('button', { name: 'Withdraw…' })).toBeVisible();
    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.getByRole('tabpanel')).toContainText(/restore/i);
    await expect(page.getByRole('tabpanel')).toContainText(/withdr/i);
    expect(ref.length).toBeGreaterThan(0);
  });
});
