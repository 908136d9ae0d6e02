import type { ReactNode } from 'react';
import type { MdBlock, MdDocument, MdInline, MdRunStyle } from '../../../../shared/report/ast';

/** An embed block as the tree carries it; the page decides what it shows (a preview, a placeholder). */
export type MdEmbedBlock = Extract<MdBlock, { kind: 'embed' }>;

interface MarkdownProps {
  doc: MdDocument;
  /**
   * Draws one embed line ({{finding …}}, {{statistics}}, …). Texts parsed with `embeds: false`
   * (findings, recommendations) have none, and may leave it out.
   */
  renderEmbed?: (block: MdEmbedBlock, key: string) => ReactNode;
  /**
   * Keeps footnote anchors of several documents on one page apart (each section's notes are
   * numbered from 1). Letters, digits and dashes.
   */
  idPrefix?: string;
  /** The HTML level of a `#` heading, so the outline follows the page's own (the chapter title sits above it). */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/**
 * The parsed Markdown of a report section, finding or recommendation as React elements: the same
 * tree the PDF is drawn from (shared/report/ast.ts), so the preview shows what will print. Every
 * piece of text is a text node — the tree never carries markup, and nothing here sets HTML.
 * Links are shown with their address, as the PDF prints them, and open nothing: a report draft is
 * no place to leave the archive from by accident.
 */
export function Markdown({ doc, renderEmbed = noEmbed, idPrefix = 'md', headingLevel = 3, className }: MarkdownProps) {
  const ctx: Ctx = { renderEmbed, idPrefix, headingLevel };
  return (
    <div className={`md${className ? ` ${className}` : ''}`}>
      {blocks(doc.blocks, ctx, 'b')}
      {doc.footnotes.length > 0 ? (
        <section className="md-notes" aria-label="Notes">
          {heading(headingLevel, 'md-notes-title', 'Notes')}
          <ol>
            {doc.footnotes.map((f) => (
              <li key={f.n} id={`${idPrefix}-fn-${f.n}`} value={f.n}>
                {blocks(f.blocks, ctx, `fn${f.n}`)}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

/** Without a renderer, an embed line shows as the line it is. */
function noEmbed(block: MdEmbedBlock, key: string): ReactNode {
  return (
    <p key={key} className="mono">
      {block.line}
    </p>
  );
}

interface Ctx {
  renderEmbed: NonNullable<MarkdownProps['renderEmbed']>;
  idPrefix: string;
  headingLevel: 2 | 3 | 4;
}

const HEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

function heading(level: number, className: string, text: string, key?: string): ReactNode {
  const Tag = HEADING_TAGS[Math.min(Math.max(level, 2), 6) - 2] ?? 'h6';
  return (
    <Tag key={key} className={className}>
      {text}
    </Tag>
  );
}

function blocks(list: MdBlock[], ctx: Ctx, keyBase: string): ReactNode[] {
  return list.map((b, i) => block(b, ctx, `${keyBase}-${i}`));
}

function block(b: MdBlock, ctx: Ctx, key: string): ReactNode {
  switch (b.kind) {
    case 'heading':
      return heading(ctx.headingLevel + b.level - 1, `md-h md-h${b.level}`, b.text, key);
    case 'paragraph':
      return <p key={key}>{inlines(b.content, ctx, key)}</p>;
    case 'list': {
      const items = b.items.map((item, i) => <li key={`${key}-${i}`}>{blocks(item, ctx, `${key}-${i}`)}</li>);
      return b.ordered ? (
        <ol key={key} start={b.start === 1 ? undefined : b.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'quote':
      return <blockquote key={key}>{blocks(b.blocks, ctx, key)}</blockquote>;
    case 'code':
      return (
        <pre key={key} className="md-code">
          <code>{b.text}</code>
        </pre>
      );
    case 'table':
      return (
        <div key={key} className="md-table-wrap">
          <table className="md-table">
            <thead>
              <tr>
                {b.header.map((h, i) => (
                  <th key={i} scope="col" style={{ textAlign: b.align[i] ?? 'left' }}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {b.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i} style={{ textAlign: b.align[i] ?? 'left' }}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'rule':
      return <hr key={key} className="md-rule" />;
    case 'embed':
      return ctx.renderEmbed(b, key);
  }
}

function inlines(list: MdInline[], ctx: Ctx, keyBase: string): ReactNode[] {
  return list.map((run, i) => {
    const key = `${keyBase}-i${i}`;
    switch (run.kind) {
      case 'text':
        return styled(run.text, run.style, key);
      case 'link':
        return (
          <span key={key} className="md-link">
            {styled(run.text, run.style, `${key}-t`)}
            {run.href && run.href !== run.text ? <span className="md-href"> ({run.href})</span> : null}
          </span>
        );
      case 'footnoteRef':
        return (
          <sup key={key} className="md-fnref">
            <a href={`#${ctx.idPrefix}-fn-${run.n}`} onClick={(e) => jumpTo(e, `${ctx.idPrefix}-fn-${run.n}`)} aria-label={`Note ${run.n}`}>
              {run.n}
            </a>
          </sup>
        );
    }
  });
}

/** The app routes by the address's hash: a note is reached by scrolling, not by changing the address. */
function jumpTo(e: { preventDefault: () => void }, id: string): void {
  e.preventDefault();
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ block: 'nearest' });
  target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

function styled(text: string, style: MdRunStyle, key: string): ReactNode {
  switch (style) {
    case 'regular':
      return <span key={key}>{text}</span>;
    case 'bold':
      return <strong key={key}>{text}</strong>;
    case 'italic':
      return <em key={key}>{text}</em>;
    case 'boldItalic':
      return (
        <strong key={key}>
          <em>{text}</em>
        </strong>
      );
  }
}
