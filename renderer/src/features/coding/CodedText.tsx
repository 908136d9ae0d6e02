import { memo, useMemo, type CSSProperties } from 'react';
import type { Passage } from '../../../../shared/model/themes';
import { codeStyle, themeNames } from './codeStyle';
import { matchesIn, piecesOf, type Block, type Span } from './layout';
import { SegmentHeading } from './SegmentHeading';

interface CodedTextProps {
  text: string;
  blocks: Block[];
  /** Coded passages that can be shown (within the text), sorted by start. */
  codes: Passage[];
  byId: Map<string, Passage>;
  matches: Span[];
  currentMatch: number;
  focusedBlock: number;
  onFocusBlock: (index: number) => void;
  /** Opens the panel listing these passages. */
  onOpenCodes: (ids: string[]) => void;
}

function passagesFor(ids: readonly string[], byId: Map<string, Passage>): Passage[] {
  return ids.map((id) => byId.get(id)).filter((p): p is Passage => Boolean(p));
}

/** A small button where coded passages start: their names for screen readers, a click or Enter opens them. */
function CodePin({ passages, onOpen }: { passages: Passage[]; onOpen: () => void }) {
  const names = themeNames(passages);
  const colours = passages.flatMap((p) => p.themes.map((t) => t.colour)).slice(0, 4);
  const bar = colours.length > 1 ? `linear-gradient(${colours.map((c, i) => `${c} ${(i * 100) / colours.length}% ${((i + 1) * 100) / colours.length}%`).join(', ')})` : (colours[0] ?? '#475569');
  return (
    <button
      type="button"
      className="code-pin"
      tabIndex={-1}
      data-passages={passages.map((p) => p.id).join(' ')}
      aria-label={`${passages.length === 1 ? 'Coded passage' : `${passages.length} coded passages`}: ${names}`}
      title={names}
      style={{ '--pin': bar } as CSSProperties}
      onClick={onOpen}
    />
  );
}

const Paragraph = memo(function Paragraph({
  text,
  block,
  index,
  codes,
  byId,
  matches,
  currentMatch,
  focusable,
  onFocusBlock,
  onOpenCodes,
}: {
  text: string;
  block: Block;
  index: number;
  codes: Passage[];
  byId: Map<string, Passage>;
  matches: Span[];
  currentMatch: number;
  focusable: boolean;
  onFocusBlock: (index: number) => void;
  onOpenCodes: (ids: string[]) => void;
}) {
  const { first, spans } = matchesIn(matches, block.start, block.end);
  const pieces = piecesOf(block.start, block.end, codes, spans, first);
  return (
    <p data-block={index} tabIndex={focusable ? 0 : -1} onFocus={() => onFocusBlock(index)}>
      {pieces.map((piece) => {
        const starting = codes.filter((c) => c.start === piece.start);
        const covering = passagesFor(piece.codes, byId);
        const inner =
          piece.match === null ? (
            text.slice(piece.start, piece.end)
          ) : (
            <mark data-match={piece.match} data-offset={piece.start} className={piece.match === currentMatch ? 'is-current' : undefined}>
              {text.slice(piece.start, piece.end)}
            </mark>
          );
        const body =
          covering.length === 0 ? (
            <span key={piece.start} data-offset={piece.match === null ? piece.start : undefined}>
              {inner}
            </span>
          ) : (
            <span key={piece.start} className="code" data-offset={piece.match === null ? piece.start : undefined} data-codes={piece.codes.join(' ')} title={themeNames(covering)} style={codeStyle(covering)}>
              {inner}
            </span>
          );
        return starting.length > 0 ? (
          <span key={piece.start} className="code-start">
            <CodePin passages={starting} onOpen={() => onOpenCodes(starting.map((c) => c.id))} />
            {body}
          </span>
        ) : (
          body
        );
      })}
    </p>
  );
});

/** The transcript with coded passages highlighted, find matches marked and segment headings in place. */
export function CodedText({ text, blocks, codes, byId, matches, currentMatch, focusedBlock, onFocusBlock, onOpenCodes }: CodedTextProps) {
  const perBlock = useMemo(() => blocks.map((b) => codes.filter((c) => c.start < b.end && c.end > b.start)), [blocks, codes]);
  return (
    <>
      {blocks.map((b, i) => {
        const here = perBlock[i] ?? [];
        const hasMatch = currentMatch >= 0 && matches[currentMatch] !== undefined && (matches[currentMatch]?.[0] ?? -1) < b.end && (matches[currentMatch]?.[1] ?? -1) > b.start;
        return (
          <div key={`${b.start}-${b.end}`} className="coded-block">
            {b.segments.map((id) => {
              const s = byId.get(id);
              return s ? <SegmentHeading key={id} segment={s} /> : null;
            })}
            <Paragraph
              text={text}
              block={b}
              index={i}
              codes={here}
              byId={byId}
              matches={matches}
              currentMatch={hasMatch ? currentMatch : -1}
              focusable={i === focusedBlock}
              onFocusBlock={onFocusBlock}
              onOpenCodes={onOpenCodes}
            />
          </div>
        );
      })}
    </>
  );
}
