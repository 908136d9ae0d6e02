import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';

test.describe('people, places, hearings and archives', () => {
  test('add a person and link them to a testimony as narrator', async ({ app }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'New person' }).first().click();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Галина Мирошниченко');
    await page.getByRole('textbox', { name: 'Pseudonym' }).fill('Witness G');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByRole('heading', { name: 'Галина Мирошниченко' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Testimonies', exact: true }).first().click();
    await page.getByRole('link', { name: 'New testimony' }).first().click();
    await page.getByRole('textbox', { name: /^Title/ }).fill('Statement of Галина Мирошниченко');
    await page.getByRole('combobox', { name: /^Type of testimony/ }).selectOption({ label: 'Written statement' });
    await page.getByRole('button', { name: 'Add a person' }).click();
    const person = page.getByRole('combobox', { name: 'Person 1' });
    await person.selectOption((await person.locator('option', { hasText: 'Галина Мирошниченко' }).getAttribute('value')) ?? '');
    await page.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Narrator' });
    await page.getByRole('combobox', { name: 'Narrator is a' }).selectOption({ label: 'Family member' });
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByRole('heading', { name: 'Statement of Галина Мирошниченко' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Family member');

    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByText('Галина Мирошниченко').first().click();
    await page.getByRole('tab', { name: /^Testimonies/ }).click();
    await expect(page.getByRole('tabpanel')).toContainText('Statement of Галина Мирошниченко');
    await expectNoAxeViolations(page);
  });

  test('places and hearings: create, link, refuse bad coordinates', async ({ app }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'Places', exact: true }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'New place' }).first().click();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Cutler Street Bridge');
    await page.getByRole('textbox', { name: 'Latitude' }).fill('95');
    await page.getByRole('textbox', { name: 'Longitude' }).fill('-76.6');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByRole('textbox', { name: 'Latitude' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('textbox', { name: /^Name/ })).toHaveValue('Cutler Street Bridge');
    await page.getByRole('textbox', { name: 'Latitude' }).fill('39.29');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByRole('heading', { name: 'Cutler Street Bridge' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Hearings & forums', exact: true }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: /^New (hearing|forum)/ }).first().click();
    await page.getByRole('textbox', { name: /^Title/ }).fill('Community forum at the bridge');
    await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Community forum' });
    await page.getByRole('textbox', { name: 'Date' }).fill('circa 2002');
    await page.getByRole('combobox', { name: 'Place' }).selectOption({ label: 'Cutler Street Bridge' });
    await page.getByRole('button', { name: 'Save' }).first().click();
    await expect(page.getByRole('heading', { name: 'Community forum at the bridge' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Cutler Street Bridge');
    await expectNoAxeViolations(page);
  });

  test('settings and the archives page: rename, create another archive, refuse a folder that is not one', async ({ app, dataDir }) => {
    const { page } = app;
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Archives', exact: true }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'Archive folder' }).fill(dataDir);
    await page.getByRole('button', { name: /^Open/ }).last().click();
    await expect(page.getByRole('textbox', { name: 'Archive folder' })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('main')).toContainText('not a Tessera archive');

    await page.getByRole('textbox', { name: /^Name/ }).fill('Second commission');
    await page.getByRole('textbox', { name: /^New folder/ }).fill(path.join(dataDir, 'Second.tessera'));
    await page.getByRole('button', { name: /^Create/ }).click();
    await expect(page.getByRole('banner')).toContainText('Second commission');
  });
});
