import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { E2E_PASSWORD, E2E_USER, expect, expectNoAxeViolations, test } from './fixtures';
import { selectText } from './transcript';

/**
 * Redaction: an archivist redacts words of a public testimony's transcript (through the selection
 * toolbar) and of its summary (in the dialog), each with a reason; the reading room built after
 * holds "[redacted]" where the words were and none of the words. Runs on the sample's
 * MTRC-2026-0003 (public, behind content warnings).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = process.env.TESSERA_SHOTS ?? '/tmp/shots';

const TRANSCRIPT_WORDS = 'twenty-sixth of October 1957 in Edendale';
const SUMMARY_WORDS = 'a nurse born in Pietermaritzburg';

function cli(dataDir: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'tessera.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, TESSERA_DATA_DIR: path.join(dataDir, 'cli'), TESSERA_USER: E2E_USER, TESSERA_PASSWORD: E2E_PASSWORD },
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** Every file of the built reading room as one text. */
function roomText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

test('redact words of a transcript and a summary; the reading room shows the marker, never the words', async ({ tessera, dataDir }) => {
  // The sample's archive, a long transcript under axe, and a reading-room build.
  test.setTimeout(180_000);
  const archive = path.join(dataDir, 'Sample.tessera');
  cli(dataDir, ['sample', archive]);
  const app = await tessera.start(archive);
  const { page } = app;

  await page.getByRole('link', { name: 'Testimonies', exact: true }).first().click();
  await page.getByRole('row', { name: /MTRC-2026-0003/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Thandeka Ngcobo/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Transcript' }).click();
  await page.getByRole('button', { name: 'Show transcript' }).click();
  await expect(page.getByRole('heading', { name: 'Redactions' })).toBeVisible();

  // A selection of the transcript: "Redact…" asks for the reason, which is required.
  await selectText(page, TRANSCRIPT_WORDS);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Redact…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Redact words of the transcript' });
  await expect(dialog).toContainText(TRANSCRIPT_WORDS);
  await expect(dialog.getByLabel('Reason (required)')).toBeFocused();
  await dialog.getByRole('button', { name: 'Redact' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Say why these words are redacted');
  await dialog.getByLabel('Reason (required)').fill('Date and place of birth identify the witness');
  await dialog.getByRole('button', { name: 'Redact' }).click();
  await expect(dialog).toBeHidden();
  const list = page.locator('.redaction-list');
  await expect(list.getByText(TRANSCRIPT_WORDS)).toBeVisible();
  await expect(list).toContainText('Date and place of birth identify the witness');

  // Words of the summary, selected in the dialog with the keyboard's selection (set here directly).
  await page.getByRole('button', { name: 'Redact words of the summary…' }).click();
  const summaryDialog = page.getByRole('dialog', { name: 'Redact words of the summary' });
  const summary = summaryDialog.getByLabel('Select the words to redact');
  await summary.evaluate((el, words) => {
    const area = el as unknown as { value: string; setSelectionRange(a: number, b: number): void; focus(): void };
    const at = area.value.indexOf(words);
    area.focus();
    area.setSelectionRange(at, at + words.length);
  }, SUMMARY_WORDS);
  await summaryDialog.getByLabel('Reason (required)').fill('Birthplace narrows who she is');
  await summaryDialog.getByRole('button', { name: 'Redact' }).click();
  await expect(summaryDialog).toBeHidden();
  await expect(list.getByText(SUMMARY_WORDS)).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  await expectNoAxeViolations(page);
  await page.locator('.redactions').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'redaction-list.png'), fullPage: false });
  await page.locator('article.transcript p', { hasText: 'Edendale, outside' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'redaction-transcript.png'), fullPage: false });

  // Removing asks first and says what will happen.
  await list.getByRole('listitem').filter({ hasText: SUMMARY_WORDS }).getByRole('button', { name: 'Remove redaction…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove this redaction?' });
  await expect(confirm).toContainText('These words will appear again in every public output');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // The public reading room built now (the app closed: an archive is open in one place at a time).
  await app.stop();
  const room = path.join(dataDir, 'Reading room');
  cli(dataDir, ['export', archive, '--format', 'reading-room', '--out', room]);
  const text = roomText(room);
  expect(text).toContain('Thandeka Ngcobo');
  expect(text).not.toContain(TRANSCRIPT_WORDS);
  expect(text).not.toContain('October 1957');
  expect(text).not.toContain(SUMMARY_WORDS);
  expect(text).toContain('born on the [redacted], outside Pietermaritzburg');
  expect(text).toContain('Thandeka Ngcobo, [redacted], testifies');
});
