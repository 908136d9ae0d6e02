import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, safeFileName } from '../../../../../electron/archive/exports/safeName';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('safeFileName', () => {
  it('keeps ordinary names as they are, in any script', () => {
    for (const name of ['recording.wav', 'Consent form 2001.pdf', 'Свидетельство Иванова.docx', 'شهادة.txt', 'photo (2).JPG', 'a.b.c.txt']) {
      expect(safeFileName(name)).toBe(name);
    }
  });

  it.each([
    ['../x', '_x'],
    ['../../etc/passwd', '_.._etc_passwd'],
    ['..\\..\\windows\\system32', '_.._windows_system32'],
    ['/absolute/path.txt', '_absolute_path.txt'],
    ['C:\\x.txt', 'C__x.txt'],
    ['..', 'file'],
    ['.', 'file'],
    ['', 'file'],
    ['   ', 'file'],
    ['.hidden', 'hidden'],
    ['name. . .', 'name'],
    ['trailing space ', 'trailing space'],
    ['tab\there\nand\rnew', 'tab_here_and_new'],
    ['nul\u0000byte.txt', 'nul_byte.txt'],
    ['bidi\u202Etxt.exe', 'bidi_txt.exe'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
  ])('makes %j safe: %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it.each(['CON', 'con', 'PRN.txt', 'aux.tar.gz', 'NUL', 'Com1.wav', 'LPT9.pdf', 'com¹', 'CONIN$', 'nul .txt'])('never gives Windows’ reserved device name %j', (name) => {
    const safe = safeFileName(name);
    expect(safe.startsWith('_')).toBe(true);
    expect(safe.slice(1).toLowerCase()).toBe(name.toLowerCase().replace(/ \./, ' .'));
  });

  it('does not mistake names that only begin like a device for one', () => {
    for (const name of ['CONSENT.pdf', 'console.txt', 'COM10.txt', 'auxiliary.wav', 'nullify']) expect(safeFileName(name)).toBe(name);
  });

  it('cuts long names to 120 bytes of UTF-8, keeping the extension and whole characters', () => {
    const long = `${'x'.repeat(300)}.wav`;
    expect(safeFileName(long)).toBe(`${'x'.repeat(MAX_NAME_BYTES - 4)}.wav`);
    const cyrillic = `${'Ж'.repeat(200)}.pdf`; // 2 bytes each
    const safe = safeFileName(cyrillic);
    expect(bytes(safe)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(safe).toBe(`${'Ж'.repeat(58)}.pdf`);
    const emoji = '🎙️'.repeat(100);
    expect(bytes(safeFileName(emoji))).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(safeFileName(emoji)).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(safeFileName(`${'y'.repeat(200)}. .`)).toBe('y'.repeat(MAX_NAME_BYTES));
  });

  it('uses the fallback when nothing is left, and makes the fallback safe too', () => {
    expect(safeFileName('///', 'attachment')).toBe('attachment');
    expect(safeFileName('', '../CON')).toBe('_CON');
  });
});
