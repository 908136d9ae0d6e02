import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Input } from '../../../../../shared/api';
import { archiveTools, tempDir, testArchive } from '../../../helpers';

/** A fake MP3: an ID3 header, then bytes that differ with `seed` (so each is its own content). */
export function mp3(seed: number, bytes = 4096): Buffer {
  const b = Buffer.alloc(bytes);
  b.write('ID3', 0, 'latin1');
  for (let i = 10; i < bytes; i++) b[i] = (i * 31 + seed * 7) & 0xff;
  return b;
}

/** A test archive with helpers to make testimonies and files to attach. */
export function attachmentArchive() {
  const a = testArchive();
  const tools = archiveTools(a);
  const folder = tempDir('tessera-attach-src-');
  const file = (name: string, content: Buffer | string) => {
    const p = path.join(folder, name);
    writeFileSync(p, content);
    return p;
  };
  /** A testimony a researcher may read unless `accessLevel` says otherwise. */
  const testimony = (title: string, accessLevel: Input<'testimonies.create'>['data']['accessLevel'] = 'public') =>
    a.call('testimonies.create', { data: { title, type: 'audio', accessLevel, consent: { researchAccess: true } } });
  return { ...a, ...tools, folder, file, testimony };
}
