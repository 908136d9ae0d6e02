import type { Passage, ThemeNode } from '../../../../shared/model/themes';
import { CiteDialog } from '../findings/CiteDialog';
import { CodeDialog } from './CodeDialog';
import { CodesPanel } from './CodesPanel';
import { SegmentDialog } from './SegmentDialog';
import type { Offsets } from './selection';
import type { Coding } from './useCoding';
import type { CodingActions } from './useCodingActions';

export type DialogState =
  | { kind: 'code'; range: Offsets }
  | { kind: 'segment'; range: Offsets }
  | { kind: 'edit'; passage: Passage }
  | { kind: 'editSegment'; passage: Passage }
  | { kind: 'panel'; ids: string[] }
  | { kind: 'cite'; range: Offsets }
  | null;

interface CodingDialogsProps {
  dialog: DialogState;
  setDialog: (d: DialogState) => void;
  text: string;
  coding: Coding;
  themes: ThemeNode[];
  actions: CodingActions;
  /** After a new code or segment is saved (e.g. to clear the selection). */
  onDone?: () => void;
  /** The testimony whose transcript this is: given where a selection may be cited in a finding. */
  testimonyId?: string;
}

/** The dialogs of coding: code a selection, make it a segment, the codes at a spot, edit a code or segment; and cite a selection in a finding. */
export function CodingDialogs({ dialog, setDialog, text, coding, themes, actions, onDone, testimonyId }: CodingDialogsProps) {
  if (!dialog) return null;
  const close = () => setDialog(null);
  const finish = (message: string | null) => {
    if (message === null) {
      setDialog(null);
      onDone?.();
    }
    return message;
  };
  switch (dialog.kind) {
    case 'code':
      return (
        <CodeDialog
          title="Code selection"
          quote={text.slice(dialog.range.start, dialog.range.end)}
          initial={{ themeIds: [], note: '' }}
          themes={themes}
          saveLabel="Save code"
          onSave={async (draft) => finish(await actions.code(dialog.range, draft))}
          onClose={close}
        />
      );
    case 'segment':
      return (
        <SegmentDialog
          title="Mark as a segment"
          quote={text.slice(dialog.range.start, dialog.range.end)}
          segment={null}
          themes={themes}
          onSave={async (values) => finish(await actions.addSegment(dialog.range, values))}
          onClose={close}
        />
      );
    case 'edit':
      return (
        <CodeDialog
          title="Edit code"
          quote={dialog.passage.quote}
          initial={{ themeIds: dialog.passage.themes.map((t) => t.id), note: dialog.passage.note }}
          themes={themes}
          saveLabel="Save changes"
          onSave={async (draft) => finish(await actions.updateCode(dialog.passage, draft))}
          onClose={close}
        />
      );
    case 'editSegment':
      return <SegmentDialog title="Edit segment" quote="" segment={dialog.passage} themes={themes} onSave={async (values) => finish(await actions.updateSegment(dialog.passage, values))} onClose={close} />;
    case 'cite':
      if (!testimonyId) return null;
      return (
        <CiteDialog
          testimonyId={testimonyId}
          range={dialog.range}
          quote={text.slice(dialog.range.start, dialog.range.end)}
          onClose={close}
          onDone={(f) => {
            finish(null);
            actions.setStatus({ kind: 'ok', text: `Cited in ${f.ref} ${f.title} (${f.citations.length === 1 ? 'its first citation' : `now ${f.citations.length} citations`}).` });
          }}
        />
      );
    case 'panel': {
      const passages = dialog.ids.map((id) => coding.byId.get(id)).filter((p): p is Passage => p !== undefined);
      if (passages.length === 0) return null;
      return (
        <CodesPanel
          passages={passages}
          canCode={coding.canCode}
          onEdit={(p) => setDialog({ kind: 'edit', passage: p })}
          onRemove={async (p) => {
            const message = await actions.remove(p);
            if (message === null) {
              const rest = dialog.ids.filter((id) => id !== p.id);
              setDialog(rest.length > 0 ? { kind: 'panel', ids: rest } : null);
            }
            return message;
          }}
          onClose={close}
        />
      );
    }
  }
}
