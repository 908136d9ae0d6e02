import type { Page } from '@playwright/test';
import { api, expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Calls the engine for setting up data, as the app itself does: over browser mode's HTTP API with
 * the page's token, or through the Electron preload's `window.archive`.
 */
async function openThemes(page: Page) {
  await page.getByRole('link', { name: 'Themes', exact: true }).click();
  await expect(page.getByRole('tree', { name: 'Thesaurus' })).toBeVisible();
}

const item = (page: Page, label: string) => page.getByRole('treeitem').filter({ has: page.locator('.theme-item-label', { hasText: new RegExp(`^${label}`) }) });

test.describe('themes', () => {
  test('a new archive has the starter thesaurus; create, rename and a duplicate label', async ({ app }) => {
    const { page } = app;
    await openThemes(page);
    await expect(item(page, 'Restorative justice')).toBeVisible();
    await expect(item(page, 'Violations')).toBeVisible();
    await expectNoAxeViolations(page);

    // The tree is one tab stop and moves with the arrow keys.
    const first = page.getByRole('treeitem').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('treeitem').nth(1)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();

    await page.getByRole('link', { name: 'New theme' }).click();
    await page.getByRole('textbox', { name: /^Label/ }).fill('Harassment at checkpoints');
    await page.getByRole('combobox', { name: 'Broader theme' }).fill('police–community');
    await page.getByRole('combobox', { name: 'Broader theme' }).press('Enter');
    await expect(page.getByRole('list', { name: 'Chosen for Broader theme' })).toContainText('Police–community relations');
    await page.getByRole('button', { name: 'Save theme' }).first().click();

    await expect(page.getByRole('heading', { level: 1, name: 'Harassment at checkpoints' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Broader themes' })).toContainText('Police–community relations');
    await expect(item(page, 'Harassment at checkpoints')).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('textbox', { name: /^Label/ }).fill('Harassment at roadblocks');
    await page.getByRole('button', { name: 'Save changes' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Harassment at roadblocks' })).toBeVisible();
    await expect(item(page, 'Harassment at roadblocks')).toBeVisible();

    // A second "Trust in police" under the same broader theme is refused, next to the label.
    await page.getByRole('navigation', { name: 'Broader themes' }).getByRole('link', { name: 'Police–community relations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Police–community relations' })).toBeVisible();
    await page.getByRole('link', { name: 'New narrower theme' }).click();
    await expect(page.getByRole('list', { name: 'Chosen for Broader theme' })).toContainText('Police–community relations');
    await page.getByRole('textbox', { name: /^Label/ }).fill('Trust in police');
    await page.getByRole('button', { name: 'Save theme' }).first().click();
    const label = page.getByRole('textbox', { name: /^Label/ });
    await expect(label).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.field-error').filter({ hasText: 'There is already a theme “Trust in police”' })).toBeVisible();
    await expect(label).toHaveValue('Trust in police');
    await expectNoAxeViolations(page);
  });

  test('move with the keyboard dialog, then merge and find the merged theme', async ({ app }) => {
    const { page } = app;
    await openThemes(page);
    // The filter shows a match under its broader themes.
    const find = page.getByRole('searchbox', { name: /Find a theme/ });
    await find.fill('community forums');
    await expect(item(page, 'Community healing')).toHaveAttribute('aria-expanded', 'true');
    await item(page, 'Community forums').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Community forums' })).toBeVisible();

    await page.getByRole('button', { name: 'Move to…' }).click();
    const dialog = page.getByRole('dialog');
    const picker = dialog.getByRole('combobox', { name: 'New broader theme' });
    await expect(picker).toBeFocused();
    await picker.fill('truth-tel');
    await expect(dialog.getByRole('option', { name: /Truth-telling/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await picker.press('Enter');
    await picker.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Broader themes' })).toContainText('Truth-telling');
    await expect(page.getByRole('navigation', { name: 'Broader themes' })).not.toContainText('Community healing');

    // A theme cannot go under itself: it is not offered.
    await page.getByRole('button', { name: 'Move to…' }).click();
    await dialog.getByRole('combobox', { name: 'New broader theme' }).fill('community forums');
    await expect(dialog.getByRole('option')).toHaveText([/No theme matches/]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await find.fill('personal apology');
    await item(page, 'Personal apology').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Personal apology' })).toBeVisible();
    await page.getByRole('button', { name: 'Merge into…' }).click();
    const into = dialog.getByRole('combobox', { name: 'Merge into' });
    await into.fill('apology');
    await into.press('Enter');
    await expect(dialog).toContainText('coded with “Personal apology” will be coded with “Apology”; “Personal apology” becomes an other label of “Apology”');
    await dialog.getByRole('button', { name: 'Merge into “Apology”' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Merged into')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Merge into…' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole('main').getByRole('link', { name: 'Apology', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Apology' })).toBeVisible();
    await expect(page.locator('.theme-facts')).toContainText('Personal apology');
    // The tree finds it by its other label.
    await find.fill('personal apol');
    await expect(page.getByRole('treeitem')).toHaveCount(2);
    await expect(item(page, 'Apology')).toBeVisible();
  });

  test('the overview counts coded passages and co-occurrences on the sample archive', async ({ app }) => {
    const { page } = app;
    const call = <T,>(method: string, input: unknown) => api<T>(page, app.url ?? '', method, input);
    await page.getByRole('button', { name: 'Load sample archive' }).click();
    await expect(page.getByText('The sample archive is loaded')).toBeVisible({ timeout: 30_000 });

    type Tree = { items: { id: string; label: string; counts: { passages: number; testimonies: number } }[] };
    const before = await call<Tree>('themes.tree', {});
    const byLabel = (t: Tree, l: string) => {
      const found = t.items.find((x) => x.label === l);
      if (!found) throw new Error(`no theme ${l}`);
      return found;
    };
    const apology = byLabel(before, 'Apology');
    const trust = byLabel(before, 'Trust in police');
    type Overview = { cooccurrence: { passage: { a: string; b: string; count: number }[] } };
    const overview = await call<Overview>('themes.overview', {});
    const pairBefore = overview.cooccurrence.passage.find((p) => (p.a === apology.id && p.b === trust.id) || (p.a === trust.id && p.b === apology.id))?.count ?? 0;
    const list = await call<{ items: { id: string }[] }>('testimonies.list', { limit: 2 });
    // Hand count: three passages, two of them coded with both themes.
    for (const [n, t] of list.items.entries()) {
      const { transcript } = await call<{ transcript: string }>('testimonies.get', { id: t.id });
      const words = /\S+/g;
      const spans: [number, number][] = [];
      let m: RegExpExecArray | null;
      while ((m = words.exec(transcript)) && spans.length < 3) spans.push([m.index, m.index + m[0].length]);
      const code = (i: number, themeIds: string[]) => {
        const [start, end] = spans[i] as [number, number];
        return call('coding.code', { testimonyId: t.id, range: { start, end, quote: transcript.slice(start, end) }, data: { themeIds } });
      };
      await code(0, [apology.id, trust.id]);
      if (n === 0) await code(2, [apology.id]);
    }

    await openThemes(page);
    await page.getByRole('link', { name: 'Overview', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Themes overview' })).toBeVisible();
    const table = page.getByRole('table', { name: /Counts per theme/ });
    await expect(table.getByRole('row', { name: /^Apology / })).toContainText(String(apology.counts.passages + 3));
    await expect(table.getByRole('row', { name: /^Trust in police / })).toContainText(String(trust.counts.passages + 2));
    await expect(page.getByRole('img', { name: /Bar chart of passages per theme/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('radio', { name: 'In the same passage' }).check();
    const headers = await page.locator('.cooc-table thead th').allTextContents();
    const column = headers.indexOf('Trust in police');
    expect(column).toBeGreaterThanOrEqual(0);
    const apologyRow = page.locator('.cooc-table tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Apology', exact: true }) });
    await expect(apologyRow.locator('td').nth(column)).toHaveText(String(pairBefore + 2));
    await expectNoAxeViolations(page);
  });
});
