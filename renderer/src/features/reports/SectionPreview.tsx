import type { EmbedPreview } from '../../../../shared/model/reports';
import type { MdDocument } from '../../../../shared/report/ast';
import { Markdown, type MdEmbedBlock } from './Markdown';
import type { EmbedPreviews } from './useEmbedPreviews';

interface Props {
  title: string;
  doc: MdDocument;
  previews: EmbedPreviews;
  /** Keeps each section's note anchors apart. */
  idPrefix: string;
}

/**
 * A section as it will print: the chapter title, the text, and each embed as the engine resolves
 * it — with what stops it printing as written, and what the public edition will do instead.
 */
export function SectionPreview({ title, doc, previews, idPrefix }: Props) {
  return (
    <article className="section-preview" aria-label="Preview">
      <h3 className="section-preview-title">{title.trim() || <span className="muted">Untitled section</span>}</h3>
      {previews.error ? <p className="field-error">The embeds could not be looked up: {previews.error}</p> : null}
      {doc.blocks.length === 0 ? <p className="muted">Nothing written yet. What you type appears here as it will print.</p> : null}
      <Markdown doc={doc} idPrefix={idPrefix} headingLevel={4} renderEmbed={(block, key) => <EmbedCard key={key} block={block} preview={previews.byLine.get(block.line) ?? null} />} />
    </article>
  );
}

function EmbedCard({ block, preview }: { block: MdEmbedBlock; preview: EmbedPreview | null }) {
  if (!block.embed.ok) {
    return (
      <div className="embed embed--problem">
        <p className="embed-line mono">{block.line}</p>
        <Problem text={block.embed.problem} />
      </div>
    );
  }
  if (!preview) {
    return (
      <div className="embed embed--waiting">
        <p className="embed-line mono">{block.line}</p>
        <p className="muted small">Looking up what this prints…</p>
      </div>
    );
  }
  return (
    <div className={`embed${preview.problem ? ' embed--problem' : ''}`}>
      <p className="embed-label">{preview.label}</p>
      {preview.text ? <p className="embed-text">{preview.text}</p> : null}
      {preview.problem ? <Problem text={preview.problem} /> : null}
      {preview.publicProblem ? (
        <p className="embed-public small">
          <strong>Public edition:</strong> {preview.publicProblem.replace(/^public edition:\s*/i, '')}
        </p>
      ) : null}
    </div>
  );
}

/** Not announced: it changes as the person types, and sits beside the line it is about. */
function Problem({ text }: { text: string }) {
  return (
    <div className="notice notice--warning embed-problem">
      <span aria-hidden="true">⚠ </span>
      {text}
    </div>
  );
}
