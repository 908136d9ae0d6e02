import type { CsvPreview } from '../../../../shared/api/imports';
import { CSV_FIELDS, type ImportMapping } from '../../../../shared/model/importFields';
import { FieldError } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';

const FIELD_OPTIONS = CSV_FIELDS.map((f) => ({ value: f.key, label: f.label }));

/** The first two values of a column that are not empty, as examples of what it holds. */
function examples(preview: CsvPreview, column: number): string[] {
  const found: string[] = [];
  for (const row of preview.rows) {
    const v = (row[column] ?? '').trim();
    if (v) found.push(v.length > 60 ? `${v.slice(0, 60)}…` : v);
    if (found.length === 2) break;
  }
  return found;
}

/** Fields chosen for more than one column (the engine would not know which to take). */
function doubled(mapping: ImportMapping): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const f of Object.values(mapping)) {
    if (!f) continue;
    if (seen.has(f)) twice.add(f);
    seen.add(f);
  }
  return twice;
}

/** Whether a mapping gives each testimony a title or a reference code (without either, rows cannot be matched or named). */
export function mapsTitleOrRef(mapping: ImportMapping): boolean {
  return Object.values(mapping).some((f) => f === 'title' || f === 'ref');
}

interface MappingProps {
  preview: CsvPreview;
  mapping: ImportMapping;
  onMapping: (m: ImportMapping) => void;
  remember: boolean;
  onRemember: (on: boolean) => void;
  /** The engine's word about the mapping (error.field "mapping" or "mapping.<column>"). */
  error?: { field?: string; message: string } | null;
}

/**
 * Step 3: which testimony field each column fills. One row per column with two example values;
 * "Leave out" skips a column. Remembered per set of column headers, so the next file from the same
 * spreadsheet maps itself.
 */
export function MappingSection({ preview, mapping, onMapping, remember, onRemember, error }: MappingProps) {
  const twice = doubled(mapping);
  const columnError = (c: string) => (error?.field === `mapping.${c}` ? error.message : undefined);
  return (
    <section className="import-step" aria-labelledby="csv-mapping-title">
      <h2 id="csv-mapping-title">3. Match the columns to testimony fields</h2>
      {preview.mappingRemembered ? (
        <Notice kind="info">This mapping was remembered from the last file with these columns. Check it, then go on.</Notice>
      ) : (
        <p className="muted">Tessera suggested a field for each column from its header. Check each one; choose “Leave out” for columns to skip.</p>
      )}
      {mapsTitleOrRef(mapping) ? null : (
        <Notice kind="warning">
          No column is matched to <strong>Title</strong> or <strong>Reference code</strong>. Each testimony needs at least one of them: choose the column that
          holds it.
        </Notice>
      )}
      {error?.field === 'mapping' ? <FieldError path="mapping" error={error.message} /> : null}
      <table className="import-table mapping-table">
        <caption className="visually-hidden">Each column of {preview.fileName} and the field it fills</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Examples</th>
            <th scope="col">Fills the field</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((c, i) => {
            const id = `map-${i}`;
            const chosen = mapping[c] ?? '';
            const problem = columnError(c) ?? (chosen && twice.has(chosen) ? 'Another column fills this field too; choose one of them.' : undefined);
            const ex = examples(preview, i);
            return (
              <tr key={`${c}-${i}`}>
                <th scope="row">
                  <label htmlFor={id}>{c || '(no header)'}</label>
                </th>
                <td>{ex.length ? ex.map((e, k) => <span key={k} className="mapping-example">{e}</span>) : <span className="muted">(empty in the first rows)</span>}</td>
                <td>
                  <Select
                    id={id}
                    value={chosen}
                    empty="Leave out"
                    options={FIELD_OPTIONS}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={problem ? `${id}-error` : undefined}
                    onChange={(v) => onMapping({ ...mapping, [c]: v as ImportMapping[string] })}
                  />
                  {problem ? (
                    <p className="field-error" id={`${id}-error`}>
                      <span aria-hidden="true">⚠ </span>
                      {problem}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label className="choice choice--inline">
        <input type="checkbox" checked={remember} onChange={(e) => onRemember(e.target.checked)} />
        <span>Remember this mapping for files with these columns</span>
      </label>
    </section>
  );
}
