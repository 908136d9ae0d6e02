import type { Result } from '../../../../shared/api';
import { stageFile, type StagedFile } from '../../api/files';

/**
 * Hands several chosen files to the engine one after another (in browser mode each is an upload;
 * in parallel they would only compete for the same connection and disk), reporting how far it got
 * so a long list shows "Preparing 12 of 140 files". The first failure stops it, naming the file.
 */
export async function stageFiles(files: readonly File[], onProgress: (done: number, total: number) => void): Promise<Result<StagedFile[]>> {
  const staged: StagedFile[] = [];
  for (const file of files) {
    onProgress(staged.length, files.length);
    const r = await stageFile(file);
    if (!r.ok) return { ok: false, error: { ...r.error, message: `“${file.name}”: ${r.error.message}` } };
    staged.push(r.value);
  }
  onProgress(staged.length, files.length);
  return { ok: true, value: staged };
}
