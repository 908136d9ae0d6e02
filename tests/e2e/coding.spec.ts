import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { openSampleTestimony, selectText } from './transcript';

/**
 * Coding inside a testimony: select text in the transcript, code it, see the highlight, apply a
 * recent theme with a key and undo it, remove a code, a refused selection, and the Themes tab.
 * Runs on the sample archive's MTRC-2026-0004 (coded, with segments, behind a content warning).
 */

const pins = (page: Page) => page.locator('article.transcript').getByRole('button', { name: /coded passage/i });

test.describe('coding a transcript', () => {
  test('code a selection through the toolbar and dialog, see it highlighted, open it and remove it', async ({ app }) => {
    const { page } = app;
    await openSampleTestimony(page, 'Transcript');
    await expect(pins(page).first()).toBeVisible();
    const before = await pins(page).count();

    await selectText(page, 'I came on the job in 1959.');
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Code selection' }).click();
    const dialog = page.getByRole('dialog', { name: 'Code selection' });
    await expect(dialog).toContainText('I came on the job in 1959.');
    const themes = dialog.getByRole('combobox', { name: 'Themes' });
    await expect(themes).toBeFocused();
    await themes.fill('trust in pol');
    await themes.press('Enter');
    await expect(dialog.getByRole('list', { name: /Chosen/ })).toContainText('Trust in police');
    await dialog.getByLabel('Note (optional)').fill('Why he joined.');
    await dialog.getByRole('button', { name: 'Save code' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Coded with Trust in police' })).toBeVisible();
    const coded = page.locator('article.transcript .code', { hasText: 'I came on the job in 1959.' });
    await expect(coded).toHaveAttribute('title', /Trust in police/);
    await expect(pins(page)).toHaveCount(before + 1);

    // Its highlight opens its codes: themes, note and who coded it; removing asks first.
    await page.getByRole('button', { name: 'Coded passage: Trust in police' }).click();
    const panel = page.getByRole('dialog', { name: 'Coded passage' });
    await expect(panel).toContainText('Why he joined.');
    await expect(panel).toContainText('E2E Tester');
    await expect(panel.getByRole('link', { name: 'Trust in police' })).toBeVisible();
    await expectNoAxeViolations(page);
    await panel.getByRole('button', { name: 'Remove…' }).click();
    await panel.getByRole('button', { name: 'Remove code' }).click();
    await expect(panel).toBeHidden();
    await expect(pins(page)).toHaveCount(before);
    await expect(coded).toHaveCount(0);
  });

  test('without the mouse: select a sentence with →, code it with c, apply it again with 1, undo', async ({ app }) => {
    const { page } = app;
    await openSampleTestimony(page, 'Transcript');
    await expect(pins(page).first()).toBeVisible();
    const before = await pins(page).count();

    const paragraph = page.locator('article.transcript p', { hasText: 'Tell me how you came to the Third Precinct.' });
    await paragraph.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('toolbar', { name: 'Selection' })).toBeVisible();
    await page.keyboard.press('c');
    const dialog = page.getByRole('dialog', { name: 'Code selection' });
    await expect(dialog).toContainText('Tell me how you came to the Third Precinct.');
    await page.keyboard.type('Police–community');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(paragraph).toBeFocused();
    await expect(page.locator('article.transcript .code', { hasText: 'Tell me how you came to the Third Precinct.' })).toHaveAttribute('title', 'Police–community relations');
    await expect(page.getByRole('list', { name: /Recent themes/ })).toContainText('Police–community relations');

    // The next paragraph, its first sentence, and 1: the most recent theme.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('1');
    await expect(page.getByRole('status').filter({ hasText: 'Coded with Police–community relations' })).toBeVisible();
    await expect(page.locator('article.transcript .code', { hasText: 'I came on the job in 1959.' })).toHaveCount(1);
    await expect(pins(page)).toHaveCount(before + 2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Undone.' })).toBeVisible();
    await expect(page.locator('article.transcript .code', { hasText: 'I came on the job in 1959.' })).toHaveCount(0);
    await expect(pins(page)).toHaveCount(before + 1);
  });

  test('a selection across a segment boundary is refused with the engine’s words, and nothing typed is lost', async ({ app }) => {
    const { page } = app;
    await openSampleTestimony(page, 'Transcript');
    await expect(page.getByRole('heading', { name: /The basement and the index cards/ })).toBeVisible();
    await selectText(page, 'The Flats was', "We've heard about it from several people.");
    await page.keyboard.press('c');
    const dialog = page.getByRole('dialog', { name: 'Code selection' });
    await dialog.getByRole('combobox', { name: 'Themes' }).fill('use of force');
    await dialog.getByRole('combobox', { name: 'Themes' }).press('Enter');
    await dialog.getByLabel('Note (optional)').fill('Across the boundary');
    await dialog.getByRole('button', { name: 'Save code' }).click();
    await expect(dialog.getByRole('alert')).toContainText('crosses the boundary');
    await expect(dialog.getByRole('list', { name: /Chosen/ })).toContainText('Use of force');
    await expect(dialog.getByLabel('Note (optional)')).toHaveValue('Across the boundary');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.locator('article.transcript .code', { hasText: 'The Flats was' })).toHaveCount(0);
  });

  test('the Themes tab: add a whole-testimony theme, list passages and segments, jump to a passage', async ({ app }) => {
    const { page } = app;
    await openSampleTestimony(page, 'Themes');
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByRole('heading', { name: 'Themes of the whole testimony' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: /Segments \(4\)/ })).toBeVisible();
    await expect(panel.getByRole('link', { name: 'The basement and the index cards' })).toBeVisible();

    const picker = panel.getByRole('combobox', { name: 'Add a theme to the whole testimony' });
    await picker.fill('Community healing');
    await picker.press('Enter');
    await panel.getByLabel('Note (optional)').fill('He speaks to the community at the end.');
    await panel.getByRole('button', { name: 'Add theme' }).click();
    await expect(panel.getByRole('button', { name: 'Remove Community healing from this testimony' })).toBeVisible();
    await expect(panel).toContainText('He speaks to the community at the end.');
    await expectNoAxeViolations(page);

    // A coded passage opens in the transcript with its highlight focused.
    await panel.getByRole('link', { name: /this is where we have a talk/ }).click();
    await expect(page).toHaveURL(/tab=transcript&passage=/);
    await page.getByRole('button', { name: 'Show transcript' }).click();
    await expect(page.getByRole('button', { name: 'Coded passage: Denial and silencing; Torture' })).toBeFocused();

    // Taking the theme off again.
    await page.getByRole('tab', { name: 'Themes' }).click();
    await page.getByRole('button', { name: 'Remove Community healing from this testimony' }).click();
    await expect(page.getByRole('button', { name: 'Remove Community healing from this testimony' })).toHaveCount(0);
  });
});
