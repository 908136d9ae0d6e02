import { useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Finding } from '../../../../shared/model/findings';
import { foldText } from '../../../../shared/model/text';
import { call } from '../../api/client';
import { useCall } from '../../api/useCall';
import { useArchive } from '../../app/ArchiveContext';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FieldError } from '../../components/Field';
import { ApiErrorNotice } from '../../components/Notice';
import { TextField } from '../../components/TextField';
import { errorId, fieldId } from '../../lib/formErrors';
import { Quote } from '../coding/Quote';
import type { Offsets } from '../coding/selection';
import { useCallSubmit } from '../../lib/useCallSubmit';

/** How many findings the list shows at once; typing narrows it. */
const SHOWN = 60;

interface CiteDialogProps {
  testimonyId: string;
  /** The selected span of the transcript and its words. */
  range: Offsets;
  quote: string;
  onClose: () => void;
  /** The finding now carries the citation. */
  onDone: (finding: Finding) => void;
}

/** "Cite in a finding": the words, the finding to cite them in (found by typing), an optional note. */
export function CiteDialog({ testimonyId, range, quote, onClose, onDone }: CiteDialogProps) {
  const { dataVersion } = useArchive();
  const list = useCall('findings.list', { text: '' }, dataVersion);
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const cited = useRef<Finding | null>(null);
  const { errors, general, busy, submit } = useCallSubmit(() => cited.current && onDone(cited.current));
  const filterId = useId();
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const shown = useMemo(() => {
    const f = foldText(filter.trim());
    return (f ? items.filter((i) => foldText(`${i.ref} ${i.title}`).includes(f)) : items).slice(0, SHOWN);
  }, [items, filter]);

  // The engine's word about the span itself (citation.start, citation.end) has no field here: it goes above the buttons.
  const elsewhere = Object.entries(errors).find(([k]) => k !== 'finding' && k !== 'citation.note' && k !== 'note')?.[1] ?? null;
  const check = () => (chosen ? null : { finding: 'Choose the finding these words are evidence for' });
  const cite = async () => {
    const r = await call('findings.cite', { id: chosen ?? '', citation: { testimonyId, start: range.start, end: range.end, note } });
    if (r.ok) cited.current = r.value;
    return r;
  };

  return (
    <Dialog open title="Cite in a finding" onClose={onClose} className="cite-dialog">
      <form onSubmit={(e) => void submit(e, check, cite)} noValidate>
        <Quote text={quote} />
        <ApiErrorNotice error={list.error} retry={list.reload} />
        <fieldset id={fieldId('finding')} className={`picker${errors.finding ? ' field--invalid' : ''}`} aria-describedby={errors.finding ? errorId('finding') : undefined}>
          <legend>The finding</legend>
          <FieldError path="finding" error={errors.finding} />
          <label htmlFor={filterId} className="small">
            Find a finding by reference or title
          </label>
          <input id={filterId} type="search" value={filter} autoComplete="off" data-autofocus onChange={(e) => setFilter(e.target.value)} />
          <div className="picker-options cite-options" role="radiogroup" aria-label="Findings">
            {list.loading && !list.data ? <p className="muted small">Loading…</p> : null}
            {list.data && items.length === 0 ? (
              <p className="muted small">
                There are no findings yet. <Link to="/findings/new">Write the first finding</Link>, then come back to cite this passage.
              </p>
            ) : null}
            {items.length > 0 && shown.length === 0 ? <p className="muted small">No finding matches “{filter}”.</p> : null}
            {shown.map((f) => (
              <label key={f.id} className="choice">
                <input type="radio" name="finding" value={f.id} checked={chosen === f.id} onChange={() => setChosen(f.id)} />
                <span>
                  <span className="mono">{f.ref}</span> {f.title}
                  <span className="muted small"> · {f.citationCount === 1 ? '1 citation' : `${f.citationCount} citations`}</span>
                </span>
              </label>
            ))}
            {items.length > shown.length && !filter ? <p className="muted small">Showing the first {SHOWN}; type to find others.</p> : null}
          </div>
        </fieldset>
        <TextField path="note" label="Note (optional)" rows={2} value={note} onChange={setNote} error={errors['citation.note'] ?? errors.note} hint="Why these words bear on the finding." />
        <DialogActions label="Cite" busyLabel="Citing…" busy={busy} error={general ?? elsewhere} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
