import { useId, useState } from 'react';
import type { Output } from '../../../../shared/api';
import { plural } from '../../lib/format';
import type { Coding } from './useCoding';

type CueResult = Output<'coding.importCues'>;

/** The caption format from a file's name: .vtt is WebVTT, .srt is SubRip; anything else is refused. */
export function cueFormat(filename: string): 'vtt' | 'srt' | null {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return ext === 'vtt' ? 'vtt' : ext === 'srt' ? 'srt' : null;
}

/** Import a WebVTT or SRT caption file: its cues become time-coded segments; cues not found in the transcript are listed. */
export function ImportCues({ testimonyId, coding, onTranscriptCreated }: { testimonyId: string; coding: Coding; onTranscriptCreated: () => void }) {
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ file: string; value: CueResult } | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setResult(null);
    const format = cueFormat(file.name);
    if (!format) {
      setError(`“${file.name}” is not a caption file Tessera reads. Choose a WebVTT (.vtt) or SubRip (.srt) file.`);
      return;
    }
    setBusy(true);
    const text = await file.text();
    const r = await coding.run('coding.importCues', { testimonyId, format, text, filename: file.name });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    setResult({ file: file.name, value: r.value });
    if (r.value.transcriptCreated) onTranscriptCreated();
  };

  return (
    <div className="import-cues">
      <label htmlFor={inputId} className="import-cues-label">
        Import captions (WebVTT or SRT)
      </label>
      <p className="field-hint small">Each cue becomes a segment with its start and end time. Cues whose words are not found in the transcript are listed, not guessed.</p>
      {coding.canCode ? (
        <input
          id={inputId}
          type="file"
          accept=".vtt,.srt,text/vtt"
          disabled={busy}
          onChange={(e) => {
            void choose(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      ) : null}
      {busy ? <p role="status">Importing…</p> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      {result ? (
        <div role="status" className="notice notice--success">
          <p>
            From {result.file}: {plural(result.value.segments, 'segment', 'segments')} created{result.value.transcriptCreated ? ', and the transcript was made from the captions' : ''}.
          </p>
          {result.value.unmatched.length > 0 ? (
            <>
              <p>{plural(result.value.unmatched.length, 'cue was', 'cues were')} not found in the transcript:</p>
              <ul className="small">
                {result.value.unmatched.map((u) => (
                  <li key={u.cue}>
                    Cue {u.cue}: “{u.text}”
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
