import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { api, E2E_USER, expect, expectNoAxeViolations, signIn, test } from './fixtures';

/**
 * A testimony's Files tab: attach a real recording (a WAV written here), see it listed with its
 * size and fingerprint, play it from a time-coded segment (the player seeks, which needs the
 * server's Range answers), a second recording by drag and drop and the chooser, rename, and take a
 * file off with a reason.
 */

/** With TESSERA_SHOTS=<folder>, a full-height picture of the page (the record pane scrolls on its own, so the window grows first). */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.TESSERA_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = Number(await page.evaluate(`Math.max(window.innerHeight, ...[...document.querySelectorAll('.main, .split-detail, .split-list')].map((el) => el.scrollHeight + el.getBoundingClientRect().top))`));
  await page.setViewportSize({ width: size.width, height: Math.min(Math.ceil(height), 5000) });
  await page.screenshot({ path: path.join(dir, `attachments-${name}.png`), fullPage: true });
  await page.setViewportSize(size);
}

/** A real WAV file: 16-bit mono PCM at 8 kHz, `seconds` of a 440 Hz tone. */
function wav(seconds: number): Buffer {
  const rate = 8000;
  const samples = rate * seconds;
  const b = Buffer.alloc(44 + samples * 2);
  b.write('RIFF', 0, 'ascii');
  b.writeUInt32LE(36 + samples * 2, 4);
  b.write('WAVE', 8, 'ascii');
  b.write('fmt ', 12, 'ascii');
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20); // PCM
  b.writeUInt16LE(1, 22); // mono
  b.writeUInt32LE(rate, 24);
  b.writeUInt32LE(rate * 2, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write('data', 36, 'ascii');
  b.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) b.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000), 44 + i * 2);
  return b;
}

const CUES = `WEBVTT

00:00:00.000 --> 00:00:02.000
Before the hearing I wrote it all down.

00:00:02.000 --> 00:00:04.000
The night of the fire we were at my aunt's house.

00:00:04.000 --> 00:00:06.000
Nobody came to ask us anything afterwards.
`;

const mediaTime = (page: Page) => page.locator('audio').evaluate((el) => (el as unknown as { currentTime: number }).currentTime);

test.describe('attachments', () => {
  test('attach a recording, play it from a segment, a second one by drop, rename and take one off', async ({ app }, info) => {
    const { page, url } = app;
    const t = await api<{ id: string }>(page, url, 'testimonies.create', { data: { title: 'The night of the fire', type: 'audio' } });
    await api(page, url, 'coding.importCues', { testimonyId: t.id, format: 'vtt', text: CUES, filename: 'fire.vtt' });

    await page.evaluate(`location.hash = '#/testimonies/${t.id}?tab=files'`);
    await expect(page.getByRole('heading', { level: 1, name: /The night of the fire/ })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Files' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { name: 'No files attached yet.' })).toBeVisible();
    await shot(page, 'empty');
    await expectNoAxeViolations(page);

    // Nothing chosen: said at the field.
    await page.getByRole('button', { name: 'Attach file' }).click();
    await expect(page.locator('.field-error')).toContainText('Choose a file to attach');

    // A real recording, chosen from disk; its kind is guessed from its type.
    const recording = info.outputPath('fire-hearing.wav');
    writeFileSync(recording, wav(6));
    await page.getByLabel('File', { exact: true }).setInputFiles(recording);
    await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('recording');
    await page.getByRole('button', { name: 'Attach file' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Attached “fire-hearing.wav”' })).toBeVisible();

    const list = page.getByRole('list', { name: 'Files attached to this testimony' });
    const item = (name: string) => list.getByRole('listitem').filter({ has: page.locator('.file-title', { hasText: name }) });
    const first = item('fire-hearing.wav');
    await expect(first).toContainText('Recording');
    await expect(first).toContainText('94 KB · added by E2E Tester');
    await expect(first.locator('code')).toHaveAttribute('title', /^[0-9a-f]{64}$/);

    // The same content again is not stored or listed twice, and the page says so.
    await page.getByLabel('File', { exact: true }).setInputFiles(recording);
    await page.getByRole('button', { name: 'Attach file' }).click();
    await expect(page.getByRole('status').filter({ hasText: '“fire-hearing.wav” was attached already (the same content); nothing changed.' })).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(1);

    // The player, labelled with the file's name, and a button per time-coded segment.
    const audio = page.getByLabel('Recording: fire-hearing.wav');
    await expect(audio).toBeVisible();
    const segments = page.locator('.recording-segments > li');
    await expect(segments).toHaveCount(3);
    // The player is reached by keyboard, and the segments' buttons follow it.
    await audio.focus();
    await expect(audio).toBeFocused();
    // Tab steps through the player's own controls (play, time, volume, menu), then on.
    const playFromStart = page.getByRole('button', { name: /^Play from 0:00/ });
    const focusedName = () => page.evaluate<string>(`document.activeElement?.getAttribute('aria-label') ?? ''`);
    for (let i = 0; i < 10 && !(await focusedName()).startsWith('Play from 0:00'); i++) await page.keyboard.press('Tab');
    await expect(playFromStart).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /^Play from 0:02/ })).toBeFocused();
    await shot(page, 'focus');
    await page.keyboard.press('Enter');
    await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(1.9);
    expect(await mediaTime(page)).toBeLessThan(5);
    await expect(segments.nth(1)).toHaveAttribute('aria-current', 'true');
    await expect(segments.nth(0)).not.toHaveAttribute('aria-current', /.*/);
    await page.locator('audio').evaluate((el) => (el as unknown as { pause(): void }).pause());
    await shot(page, 'playing');
    await expectNoAxeViolations(page);

    // A second recording dropped on the box: the player offers a choice; the first stays chosen.
    const dropped = wav(3).toString('base64');
    const transfer = await page.evaluateHandle(`(() => {
      const bytes = Uint8Array.from(atob(${JSON.stringify(dropped)}), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'second-session.wav', { type: 'audio/wav' }));
      return dt;
    })()`);
    await page.locator('.attach-file .file-drop').dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.getByText('Chosen: second-session.wav')).toBeVisible();
    await page.getByLabel('Name (optional)').fill('Second session');
    await page.getByRole('button', { name: 'Attach file' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Attached “Second session”' })).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    const chooser = page.getByLabel('Recording to play');
    await expect(chooser.locator('option:checked')).toHaveText('fire-hearing.wav');
    await chooser.selectOption({ label: 'Second session' });
    await expect(page.getByLabel('Recording: Second session')).toBeVisible();

    // Rename and change kind.
    await list.getByRole('button', { name: 'Rename or change the kind of Second session…' }).click();
    const edit = page.getByRole('dialog', { name: 'Rename or change kind' });
    await expect(edit.getByLabel(/^Name/)).toBeFocused();
    await edit.getByLabel(/^Name/).fill('Second session (family)');
    await edit.getByLabel('Kind').selectOption({ label: 'Other file' });
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(item('Second session (family)')).toContainText('Other file');
    // No longer a recording: the chooser goes, the first recording plays.
    await expect(page.getByLabel('Recording to play')).toHaveCount(0);
    await expect(page.getByLabel('Recording: fire-hearing.wav')).toBeVisible();

    // Take a file off: the reason is required, and asked for by keyboard.
    await list.getByRole('button', { name: 'Take off Second session (family)…' }).click();
    const takeOff = page.getByRole('dialog', { name: 'Take this file off?' });
    await expect(takeOff.getByLabel(/^Reason for taking it off/)).toBeFocused();
    await takeOff.getByRole('button', { name: 'Take file off' }).click();
    await expect(takeOff.locator('.field-error')).toContainText('Say why the file is taken off');
    await shot(page, 'take-off');
    await page.keyboard.type('Recorded for the family, not the Commission.');
    await takeOff.getByRole('button', { name: 'Take file off' }).click();
    await expect(takeOff).toBeHidden();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Files (1)' })).toBeVisible();
    await shot(page, 'after');
    await expectNoAxeViolations(page);

    // The testimony's history tells what happened to its files, with the reason.
    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.getByText('File taken off').first()).toBeVisible();
    await expect(page.getByRole('tabpanel')).toContainText('Recorded for the family, not the Commission.');
    await expect(page.getByText('File attached').first()).toBeVisible();
  });

  test('a commissioner hears the recording and reads the list, but is offered no way to change it', async ({ app }, info) => {
    const { page, url } = app;
    const t = await api<{ id: string }>(page, url, 'testimonies.create', { data: { title: 'Heard, not handled', type: 'audio' } });
    const recording = info.outputPath('statement.wav');
    writeFileSync(recording, wav(2));
    await api(page, url, 'attachments.add', { testimonyId: t.id, path: recording, kind: 'recording' });
    await api(page, url, 'users.create', { name: 'Clara Commissioner', role: 'commissioner', password: 'hearings in the east 1989' });

    // Sign out through the user menu, and back in as the commissioner.
    await page.getByRole('banner').getByRole('button', { name: new RegExp(`^${E2E_USER}`) }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('menu').getByRole('menuitem', { name: 'Sign out' }).click();
    await signIn(page, 'Clara Commissioner', 'hearings in the east 1989');

    await page.evaluate(`location.hash = '#/testimonies/${t.id}?tab=files'`);
    await expect(page.getByLabel('Recording: statement.wav')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Files attached to this testimony' })).toContainText('statement.wav');
    await expect(page.getByRole('heading', { name: 'Attach a file…' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Take off/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Rename or change the kind/ })).toHaveCount(0);
    await expect(page.getByText('No segment of this testimony has a time yet.')).toBeVisible();
    await shot(page, 'commissioner');
  });
});
