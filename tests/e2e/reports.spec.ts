import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

async function openReports(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load sample archive' }).click();
  await expect(page.getByText('The sample archive is loaded')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
}

const CHAPTER = 'Chapter written in the test';

test.describe('the final report', () => {
  test('write a section with a live preview, embed a finding, save, reload, and export the public edition', async ({ app }, info) => {
    const { page } = app;
    await openReports(page);
    const first = page.locator('.reports-table tbody tr').first().getByRole('link');
    await expect(first).toBeVisible();
    await expectNoAxeViolations(page);

    // The sample report opens on its first section.
    const title = (await first.textContent()) ?? '';
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Section 1 of \d+$/ })).toBeVisible();
    const sections = page.getByRole('region', { name: 'Sections' }).getByRole('listitem');
    const count = await sections.count();
    expect(count).toBeGreaterThan(0);

    // At 1280 px the preview is a tab beside the text; the keyboard switches between them.
    await expect(page.getByRole('tab', { name: 'Write' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('tab', { name: 'Write' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Preview' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('article', { name: 'Preview' })).toBeVisible();
    await page.keyboard.press('ArrowLeft');

    // A wider window shows both at once.
    await page.setViewportSize({ width: 1600, height: 1000 });
    await expect(page.getByRole('tab')).toHaveCount(0);
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview).toBeVisible();

    // Add a chapter after the first and write in it: the preview follows the text.
    await page.getByRole('button', { name: '+ Add a section after' }).click();
    const add = page.getByRole('dialog', { name: 'Add a section' });
    await expect(add.getByLabel(/^Section title/)).toBeFocused();
    await add.getByLabel(/^Section title/).fill(CHAPTER);
    await add.getByRole('button', { name: 'Add section' }).click();
    await expect(add).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: `Section 2 of ${count + 1}` })).toBeVisible();
    await expect(page.getByRole('button', { name: `2. ${CHAPTER}` })).toHaveAttribute('aria-current', 'true');
    await expect(page.getByRole('status').filter({ hasText: `Added “${CHAPTER}” as section 2.` })).toBeVisible();

    const body = page.getByLabel('Text (Markdown)');
    await body.fill('# What the hearings showed\n\nThe commission heard **forty-one witnesses** in *three* towns.[^1]\n\n[^1]: Hearing records.');
    await expect(page.locator('.save-state')).toHaveText(/Unsaved changes/);
    await expect(preview.getByRole('heading', { level: 3, name: CHAPTER })).toBeVisible();
    await expect(preview.getByRole('heading', { level: 4, name: 'What the hearings showed' })).toBeVisible();
    await expect(preview.locator('strong', { hasText: 'forty-one witnesses' })).toBeVisible();
    await expect(preview.locator('em', { hasText: 'three' })).toBeVisible();
    await expect(preview.getByRole('region', { name: 'Notes' })).toContainText('Hearing records.');

    // Insert → Finding…: the embed line goes in at the cursor on its own line, and the preview shows it.
    await body.press('ControlOrMeta+End');
    await page.locator('.insert-menu summary').click();
    await page.getByRole('button', { name: 'Finding…' }).click();
    const pick = page.getByRole('dialog', { name: 'Insert a finding' });
    await expect(pick.getByRole('radio').first()).toBeVisible();
    const findingLabel = ((await pick.locator('.pick-option').first().textContent()) ?? '').trim();
    await pick.getByRole('radio').first().check();
    await pick.getByRole('button', { name: 'Insert' }).click();
    await expect(pick).toBeHidden();
    await expect(body).toBeFocused();
    await expect(body).toHaveValue(/\n\n\{\{finding [0-9a-f-]{36}\}\}\n/);
    const embed = preview.locator('.embed').first();
    await expect(embed.locator('.embed-label')).toBeVisible();
    expect(findingLabel.length).toBeGreaterThan(0);
    await expect(embed).not.toContainText('Looking up');

    // The help lists every embed.
    await page.getByText('Markdown and embeds help').click();
    await expect(page.getByRole('table', { name: /^Embeds/ })).toContainText('{{appendix glossary}}');
    await expectNoAxeViolations(page);
    await page.screenshot({ path: info.outputPath('editor-preview.png'), fullPage: true });

    // Ctrl/Cmd+S saves; after a reload the text is still there.
    await body.press('ControlOrMeta+s');
    await expect(page.locator('.save-state')).toHaveText(/^Saved /);
    await expect(page.getByRole('button', { name: `2. ${CHAPTER}` })).not.toContainText('unsaved');
    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: `Section 2 of ${count + 1}` })).toBeVisible();
    await expect(page.getByLabel('Section title')).toHaveValue(CHAPTER);
    await expect(page.getByLabel('Text (Markdown)')).toHaveValue(/\*\*forty-one witnesses\*\*[\s\S]*\{\{finding [0-9a-f-]{36}\}\}/);
    await expect(preview.locator('.embed .embed-label').first()).toBeVisible();

    // Export the public edition: the job is followed in the dialog until Download PDF.
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    const exporting = page.getByRole('dialog', { name: 'Export the report as PDF' });
    await expect(exporting.getByRole('radio', { name: /^Public edition/ })).toBeChecked();
    await expect(exporting.getByRole('radio', { name: /^Confidential edition/ })).toBeEnabled();
    await expectNoAxeViolations(page, 'dialog[open]');
    await exporting.getByRole('button', { name: 'Write the PDF' }).click();
    const download = exporting.getByRole('link', { name: 'Download PDF' });
    await expect(download).toBeVisible({ timeout: 60_000 });
    await expect(download).toBeFocused();
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const saved = info.outputPath('report.pdf');
    await file.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', [saved, '-'], { encoding: 'utf8' });
    expect(text).toContain(CHAPTER);
    expect(text).toContain('What the hearings showed');
    await page.keyboard.press('Escape');
    await expect(exporting).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export PDF…' })).toBeFocused();
  });

  test('a new report from the list, leaving unsaved text asks first, and deleting asks what goes', async ({ app }) => {
    const { page } = app;
    await openReports(page);
    await page.getByRole('button', { name: 'New report…' }).click();
    const create = page.getByRole('dialog', { name: 'New report' });
    await create.getByRole('button', { name: 'Create report' }).click();
    await expect(create.locator('.field-error')).toContainText('title');
    await create.getByLabel(/^Title/).fill('Interim report');
    await create.getByLabel('Authors').fill('Ifeoma Adeyemi\nThe Commission');
    await create.getByLabel('Date').fill('2027-06');
    await create.getByRole('button', { name: 'Create report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Interim report' })).toBeVisible();
    await expect(page.getByText('Ifeoma Adeyemi, The Commission')).toBeVisible();
    await expectNoAxeViolations(page);

    // Typed text is guarded: leaving asks, and staying keeps it.
    await page.getByLabel('Text (Markdown)').fill('A first draft.');
    await page.getByRole('link', { name: '← Reports' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
    await expect(page.getByLabel('Text (Markdown)')).toHaveValue('A first draft.');
    await page.getByRole('link', { name: '← Reports' }).click();
    await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave and discard changes' }).click();

    const row = page.locator('.reports-table tbody tr', { hasText: 'Interim report' });
    await row.getByRole('button', { name: /^Delete…/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this report?' });
    await expect(confirm).toContainText('Interim report and its 1 section will be deleted');
    await confirm.getByRole('button', { name: 'Delete the report' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.locator('.reports-table tbody tr', { hasText: 'Interim report' })).toHaveCount(0);
  });
});
