import { useState } from 'react';
import { useSaveKeys } from './useSaveKeys';
import type { Passage, ThemeNode } from '../../../../shared/model/themes';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { Field } from '../../components/Field';
import { TextField } from '../../components/TextField';
import { ThemePicker } from '../themes/ThemePicker';
import { Quote } from './Quote';
import { formatTime, parseTime } from './time';

/** What coding.addSegment / coding.updateSegment take as `data`. */
export interface SegmentValues {
  title: string;
  synopsis: string;
  keywords: string[];
  timeStart: number | null;
  timeEnd: number | null;
  themeIds: string[];
}

interface SegmentDialogProps {
  title: string;
  quote: string;
  /** The segment being edited, or null for a new one. */
  segment: Passage | null;
  themes: ThemeNode[];
  onSave: (values: SegmentValues) => Promise<string | null>;
  onClose: () => void;
}

type Errors = Partial<Record<'title' | 'timeStart' | 'timeEnd', string>>;

/** Title, synopsis, keywords, start and end time (h:mm:ss) and themes of a segment. Ctrl+Enter saves. */
export function SegmentDialog({ title, quote, segment, themes, onSave, onClose }: SegmentDialogProps) {
  const [form, setForm] = useState({
    title: segment?.title ?? '',
    synopsis: segment?.synopsis ?? '',
    keywords: segment?.keywords.join(', ') ?? '',
    timeStart: formatTime(segment?.timeStart ?? null),
    timeEnd: formatTime(segment?.timeEnd ?? null),
    themeIds: segment?.themes.map((t) => t.id) ?? [],
  });
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));

  const save = async () => {
    if (busy) return;
    const start = parseTime(form.timeStart, segment?.timeStart ?? null);
    const end = parseTime(form.timeEnd, segment?.timeEnd ?? null);
    const next: Errors = {};
    if (form.title.trim() === '') next.title = 'A segment title is required';
    if (typeof start === 'string') next.timeStart = start;
    if (typeof end === 'string') next.timeEnd = end;
    if (typeof start === 'number' && typeof end === 'number' && end < start) next.timeEnd = 'A segment cannot end before it starts';
    setErrors(next);
    if (Object.keys(next).length > 0 || typeof start === 'string' || typeof end === 'string') return;
    setBusy(true);
    const keywords = form.keywords
      .split(/[,;\n]/)
      .map((k) => k.trim())
      .filter(Boolean);
    const message = await onSave({ title: form.title.trim(), synopsis: form.synopsis, keywords, timeStart: start, timeEnd: end, themeIds: form.themeIds });
    setBusy(false);
    setError(message);
  };
  const { submit, onKey } = useSaveKeys(save);

  return (
    <Dialog open title={title} onClose={onClose} className="code-dialog">
      <form onSubmit={submit} onKeyDown={onKey} noValidate>
        {quote ? <Quote text={quote} /> : null}
        <Field path="segment.title" label="Title" required error={errors.title}>
          {(p) => <input {...p} type="text" autoComplete="off" data-autofocus value={form.title} onChange={(e) => set('title', e.target.value)} />}
        </Field>
        <TextField path="segment.synopsis" label="Synopsis" rows={3} value={form.synopsis} onChange={(v) => set('synopsis', v)} />
        <TextField path="segment.keywords" label="Keywords" hint="Separate keywords with commas." value={form.keywords} onChange={(v) => set('keywords', v)} />
        <div className="segment-times-fields">
          <TextField path="segment.timeStart" label="Starts at" hint="h:mm:ss" value={form.timeStart} onChange={(v) => set('timeStart', v)} error={errors.timeStart} />
          <TextField path="segment.timeEnd" label="Ends at" hint="h:mm:ss" value={form.timeEnd} onChange={(v) => set('timeEnd', v)} error={errors.timeEnd} />
        </div>
        <ThemePicker themes={themes} value={form.themeIds} onChange={(ids) => set('themeIds', ids)} label="Themes of the segment (optional)" path="segment.themes" />
        <DialogActions label="Save segment" busyLabel="Saving…" busy={busy} error={error} onCancel={onClose} keyShortcuts="Control+Enter" />
      </form>
    </Dialog>
  );
}
