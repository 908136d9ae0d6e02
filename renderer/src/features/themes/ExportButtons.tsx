import { useState } from 'react';
import type { ApiError, Output } from '../../../../shared/api';
import { downloadText } from '../search/download';

type FileOut = Output<'themes.export'>;

/** Runs an export and hands its file to the reader; reports an engine error in words. */
export function useDownload() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (produce: () => Promise<{ ok: true; value: FileOut } | { ok: false; error: ApiError }>) => {
    setBusy(true);
    setError(null);
    const r = await produce();
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    downloadText(r.value.filename, r.value.text, r.value.mimeType);
  };
  return { busy, error, run: (produce: Parameters<typeof run>[0]) => void run(produce) };
}
