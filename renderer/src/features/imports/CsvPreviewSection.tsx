import type { CsvPreview } from '../../../../shared/api/imports';
import { ENCODING_CHOICES } from '../../../../shared/model/importFields';
import { Facts } from '../../components/Facts';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { Select } from '../../components/Select';
import { formatCount, plural } from '../../lib/format';
import { formatBytes } from '../../../../shared/model/byteSize';

export type EncodingChoice = (typeof ENCODING_CHOICES)[number];

const ENCODING_LABELS: Record<EncodingChoice, string> = {
  auto: 'Detect it (recommended)',
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European, older Excel)',
};

/** Plain UTF-8 needs no remark; anything else is said loudly so a wrong guess is caught before import. */
function plainUtf8(p: CsvPreview): boolean {
  return p.encoding === 'utf-8' && !/chosen/i.test(p.encodingNote);
}

/**
 * Step 1's answer: what Tessera read from the file — its name, rows, encoding (with how it was
 * decided and a way to change it: a wrong encoding turns "é" into "Ã©", and that must never pass
 * silently) and its first rows as they will be imported.
 */
export function CsvPreviewSection({ preview, encoding, onEncoding, busy }: { preview: CsvPreview; encoding: EncodingChoice; onEncoding: (e: EncodingChoice) => void; busy: boolean }) {
  return (
    <section className="import-step" aria-labelledby="csv-preview-title">
      <h2 id="csv-preview-title">2. What Tessera read</h2>
      <Facts
        items={[
          ['File', <span className="path">{preview.fileName}</span>],
          ['Size', formatBytes(preview.bytes)],
          ['Rows found', `${plural(preview.rowCount, 'row', 'rows')} under a header of ${plural(preview.columns.length, 'column', 'columns')}`],
          ['Encoding', preview.encodingNote],
        ]}
      />
      {plainUtf8(preview) ? null : (
        <Notice kind="warning">
          <p>
            <strong>Read as {preview.encodingNote}.</strong> Check that accented letters below look right (é, ñ, ü). If they look wrong, choose another encoding:
            the file is read again and nothing else you chose is lost.
          </p>
        </Notice>
      )}
      <Field path="csvEncoding" label="Read the file as" hint="Detection uses the byte order mark and whether the file is valid UTF-8." className="field--narrow">
        {(p) => (
          <Select
            {...p}
            value={encoding}
            disabled={busy}
            onChange={(v) => onEncoding(v as EncodingChoice)}
            options={ENCODING_CHOICES.map((c) => ({ value: c, label: ENCODING_LABELS[c] }))}
          />
        )}
      </Field>
      {preview.notes.length > 0 ? (
        <Notice kind="warning">
          <ul>
            {preview.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {preview.rows.length === 0 ? (
        <p className="muted">The file has a header but no rows to import.</p>
      ) : (
        <div className="import-table-wrap import-table-wrap--preview" tabIndex={0} role="region" aria-labelledby="csv-preview-caption">
          <table className="import-table">
            <caption id="csv-preview-caption" className="visually-hidden">
              The first {formatCount(preview.rows.length)} rows of {preview.fileName}
            </caption>
            <thead>
              <tr>
                {preview.columns.map((c, i) => (
                  <th key={`${c}-${i}`} scope="col">
                    {c || <span className="muted">(no header)</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row, r) => (
                <tr key={r}>
                  {preview.columns.map((_, c) => (
                    <td key={c}>
                      <span className="import-cell">{row[c] ?? ''}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.rows.length < preview.rowCount ? (
        <p className="muted small">
          The first {formatCount(preview.rows.length)} of {plural(preview.rowCount, 'row', 'rows')} are shown.
        </p>
      ) : null}
    </section>
  );
}
