import { useEffect, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Testimony } from '../../../../shared/model/testimony';
import type { Passage, ThemeNode } from '../../../../shared/model/themes';
import { ApiErrorNotice } from '../../components/Notice';
import { useFindingRoles } from '../findings/roles';
import { useTranscriptLinks } from '../findings/useTranscriptLinks';
import type { TranscriptFind } from '../search/TranscriptFind';
import { useThemeTree } from '../themes/useThemeTree';
import { CodedText } from './CodedText';
import { CodingDialogs, type DialogState } from './CodingDialogs';
import { CodingHint } from './CodingHint';
import { CodingStatus } from './CodingStatus';
import { blocksOf, placeable, type Block } from './layout';
import { PlacingNotice } from './PlacingNotice';
import { useRecentThemes } from './recentThemes';
import { SelectionToolbar } from './SelectionToolbar';
import { useCoding } from './useCoding';
import { useCodingActions } from './useCodingActions';
import { useCodingKeys } from './useCodingKeys';
import { usePassageLinks } from './usePassageLinks';
import { useTranscriptSelection } from './useTranscriptSelection';
import type { Offsets } from './selection';
import { useRedactionHighlight } from '../testimonies/redaction/useRedactionHighlight';

import '../../styles/coding.css';

const shown = (p: Passage) => p.review !== 'deleted';

/**
 * The transcript as a place to code: coded passages highlighted in their themes' colours, segment
 * headings, find matches, a toolbar under a selection, and keys to code without the mouse.
 */
/** Redaction in the transcript: the spans to shade, and "Redact…" on a selection for those who may. */
export interface TranscriptRedaction {
  spans: readonly Offsets[];
  onRedact: ((range: Offsets) => void) | null;
}

export function CodingTranscript({ testimony: t, find, redaction }: { testimony: Testimony; find: TranscriptFind; redaction?: TranscriptRedaction }) {
  const text = t.transcript;
  const coding = useCoding(t.id, t.version);
  const tree = useThemeTree();
  const { recent, remember } = useRecentThemes();
  const actions = useCodingActions(t.id, text, coding, remember);
  const rootRef = useRef<HTMLElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const [dialog, setDialog] = useState<DialogState>(null);
  const [focused, setFocused] = useState(0);
  // Commissioners cite but do not code; cataloguers code but do not cite.
  const canCite = useFindingRoles().mayWrite;
  const onRedact = redaction?.onRedact ?? null;
  const selection = useTranscriptSelection(rootRef, wrapRef, text, coding.canCode || canCite || onRedact !== null);
  const links = usePassageLinks(rootRef, coding);

  const codes = useMemo(() => placeable(coding.codes.filter(shown), text.length), [coding.codes, text.length]);
  const segments = useMemo(() => placeable(coding.segments.filter(shown), text.length), [coding.segments, text.length]);
  const blocks = useMemo(() => blocksOf(text, segments), [text, segments]);
  const recentThemes = useMemo(() => recent.map((id) => tree.index.byId.get(id)).filter((n): n is ThemeNode => n !== undefined && !n.retired), [recent, tree.index]);
  const { setStatus } = actions;

  const needSelection = () => setStatus({ kind: 'error', text: 'Select some text in the transcript first: → selects a sentence, Shift+↓ a paragraph, or drag with the mouse.' });
  const range = selection.range;
  const handlers = {
    code: () => (range ? setDialog({ kind: 'code', range }) : needSelection()),
    segment: () => (range ? setDialog({ kind: 'segment', range }) : needSelection()),
    cite: () => (range ? setDialog({ kind: 'cite', range }) : needSelection()),
    quick: (n: number) => {
      const theme = recentThemes[n - 1];
      if (!theme) return setStatus({ kind: 'error', text: `There is no recent theme ${n} yet. Code with C first; the themes you use are numbered above the transcript.` });
      if (!range) return needSelection();
      void actions.code(range, { themeIds: [theme.id], note: '' }).then((message) => (message ? setStatus({ kind: 'error', text: message }) : selection.clear()));
    },
    place: links.placing
      ? () => {
          const p = links.placing;
          if (!p) return;
          if (!range) return needSelection();
          void actions.place(p, range).then((message) => (message ? setStatus({ kind: 'error', text: message }) : (selection.clear(), links.stopPlacing())));
        }
      : null,
    openCodesIn: (b: Block) => {
      const ids = codes.filter((c) => c.start < b.end && c.end > b.start).map((c) => c.id);
      if (ids.length > 0) setDialog({ kind: 'panel', ids });
      else setStatus({ kind: 'ok', text: 'No codes in this paragraph.' });
    },
  };
  const onKeyDown = useCodingKeys({ root: rootRef, text, blocks, focused, setFocused, selection: range, canCode: coding.canCode, active: dialog === null, handlers, clear: selection.clear });

  const onClick = (e: MouseEvent) => {
    if (!(e.target instanceof Element) || range) return;
    const spot = e.target.closest<HTMLElement>('[data-codes]');
    const ids = spot?.dataset.codes?.split(' ').filter(Boolean) ?? [];
    if (ids.length > 0) setDialog({ kind: 'panel', ids });
  };

  /** A dialog closed by saving is unmounted, which leaves focus nowhere: bring it back to the paragraph. */
  const hadDialog = useRef(false);
  useEffect(() => {
    if (dialog) {
      hadDialog.current = true;
      return;
    }
    if (!hadDialog.current) return;
    hadDialog.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) rootRef.current?.querySelector<HTMLElement>(`[data-block="${focused}"]`)?.focus({ preventScroll: true });
  }, [dialog, focused]);

  useRedactionHighlight(rootRef, redaction?.spans ?? [], !coding.loading);
  const { current: currentMatch, matches } = find;
  useTranscriptLinks(rootRef, text, matches[currentMatch] ?? null, !coding.loading);
  useEffect(() => {
    if (currentMatch < 0) return;
    rootRef.current?.querySelector(`mark[data-match="${currentMatch}"]`)?.scrollIntoView({ block: 'center' });
  }, [currentMatch, matches]);

  return (
    <div className="coding">
      <CodingHint id={hintId} canCode={coding.canCode} recent={recentThemes} />
      {coding.error ? <ApiErrorNotice error={coding.error} retry={coding.reload} /> : null}
      {links.placingId && !coding.loading ? <PlacingNotice passage={links.placing} onCancel={links.stopPlacing} /> : null}
      <div className="coding-area" ref={wrapRef}>
        <article className="transcript" ref={rootRef} aria-label="Transcript" aria-describedby={hintId} onKeyDown={onKeyDown} onClick={onClick}>
          <CodedText
            text={text}
            blocks={blocks}
            codes={codes}
            byId={coding.byId}
            matches={find.matches}
            currentMatch={find.current}
            focusedBlock={focused}
            onFocusBlock={setFocused}
            onOpenCodes={(ids) => setDialog({ kind: 'panel', ids })}
          />
        </article>
        {range && selection.anchor && (coding.canCode || canCite || onRedact) && dialog === null ? (
          <SelectionToolbar
            anchor={selection.anchor}
            placing={coding.canCode && links.placing !== null}
            onCode={handlers.code}
            onSegment={handlers.segment}
            onPlace={() => handlers.place?.()}
            canCode={coding.canCode}
            onCite={canCite ? handlers.cite : null}
            onRedact={onRedact ? () => onRedact(range) : null}
          />
        ) : null}
        <p className="visually-hidden" aria-live="polite">
          {range && coding.canCode ? `Selected ${range.end - range.start} characters. C codes the selection, S marks a segment, 1 to 9 apply a recent theme.` : ''}
          {range && canCite ? ` ${coding.canCode ? '' : `Selected ${range.end - range.start} characters. `}The toolbar after the transcript cites it in a finding.` : ''}
        </p>
      </div>
      <CodingStatus status={actions.status} onUndo={(id) => void actions.undo(id)} onDismiss={() => setStatus(null)} />
      <CodingDialogs dialog={dialog} setDialog={setDialog} text={text} coding={coding} themes={tree.themes} actions={actions} onDone={selection.clear} testimonyId={t.id} />
    </div>
  );
}
