import { describe, expect, it } from 'vitest';
import { safeUploadName } from '../../../../electron/server/staging';

/**
 * An uploaded file's name is written into the staging folder as it came from the page: it goes
 * through the same rule as every name an export writes, so a device name, an invisible reordering
 * character or a trailing dot cannot reach the disk.
 */
describe('safeUploadName', () => {
  it.each([
    ['Statement of A. Mensah.docx', 'Statement of A. Mensah.docx'],
    ['..%2F..%2Fetc%2Fpasswd', 'passwd'],
    ['C:\\Users\\x\\recording.wav', 'recording.wav'],
    ['..', 'upload'],
    ['', 'upload'],
    ['CON.txt', '_CON.txt'],
    ['nul', '_nul'],
    ['report.\u202Eexe.txt', 'report._exe.txt'],
    ['trailing dot. ', 'trailing dot'],
    ['%E0%A4%A', '%E0%A4%A'],
  ])('%j → %j', (raw, safe) => {
    expect(safeUploadName(raw)).toBe(safe);
  });

  it('keeps at most 120 bytes, whole characters, and the extension', () => {
    const name = safeUploadName(`${'ж'.repeat(200)}.wav`);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120);
    expect(name.endsWith('.wav')).toBe(true);
  });
});
