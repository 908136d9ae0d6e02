import { useState, type FormEvent, type ReactNode } from 'react';
import { Dialog } from '../../../components/Dialog';
import { DialogActions } from '../../../components/DialogActions';
import { FieldError } from '../../../components/Field';
import { Loading } from '../../../components/Notice';
import { errorId, fieldId } from '../../../lib/formErrors';

export interface PickOption {
  value: string;
  label: string;
  /** A second line: the addressee, the number of citations. */
  note?: string;
}

interface Props {
  open: boolean;
  title: string;
  /** What is inserted, in a sentence. */
  intro: ReactNode;
  /** "finding": for the filter's label and the messages. */
  noun: string;
  /** Null while loading. */
  options: PickOption[] | null;
  error: string | null;
  /** Shown when there is nothing to pick, with where to make one. */
  none: ReactNode;
  /** The choice made when the dialog opens, if any. */
  initial?: string;
  onClose: () => void;
  onPick: (value: string) => void;
}

/** Picks one record to embed: a filter over the loaded list and one radio button each. */
export function PickDialog(props: Props) {
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onClose} className="pick-dialog">
      {props.open ? <PickForm {...props} /> : null}
    </Dialog>
  );
}

function PickForm({ intro, noun, options, error, none, initial, onClose, onPick }: Props) {
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string | null>(initial ?? null);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const words = filter.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const shown = (options ?? []).filter((o) => words.every((w) => `${o.label} ${o.note ?? ''}`.toLowerCase().includes(w)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen === null) return setProblem(`Choose a ${noun} to insert`);
    onPick(chosen);
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="dialog-text">{intro}</div>
      {error ? <p className="field-error">{error}</p> : null}
      {options === null && !error ? <Loading what={`Reading the ${noun}s…`} /> : null}
      {options !== null && options.length === 0 ? <div className="dialog-text muted">{none}</div> : null}
      {options !== null && options.length > 0 ? (
        <>
          <div className="field">
            <label htmlFor={fieldId('pick-filter')}>Filter</label>
            <input id={fieldId('pick-filter')} type="search" value={filter} autoComplete="off" data-autofocus onChange={(e) => setFilter(e.target.value)} />
          </div>
          <fieldset className="pick-list" id={fieldId('pick')} aria-describedby={problem ? errorId('pick') : undefined}>
            <legend className="visually-hidden">Choose a {noun}</legend>
            <FieldError path="pick" error={problem} />
            {shown.length === 0 ? <p className="muted">No {noun} matches “{filter.trim()}”.</p> : null}
            {shown.map((o) => (
              <label key={o.value} className="pick-option">
                <input
                  type="radio"
                  name="pick"
                  value={o.value}
                  checked={chosen === o.value}
                  onChange={() => {
                    setChosen(o.value);
                    setProblem(undefined);
                  }}
                />
                <span>
                  {o.label}
                  {o.note ? <span className="muted small pick-note">{o.note}</span> : null}
                </span>
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
      <DialogActions label="Insert" busyLabel="Inserting…" onCancel={onClose} />
    </form>
  );
}
