/** The keyboard shortcuts, listed once: the help panel reads this list. */
export const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['/', 'Ctrl K', '⌘ K'], what: 'Search the archive from anywhere' },
  { keys: ['Ctrl F', '⌘ F'], what: 'Find in the open transcript' },
  { keys: ['Enter', 'F3'], what: 'Next match (Shift for the previous one)' },
  { keys: ['?'], what: 'Show this help' },
  { keys: ['↑', '↓'], what: 'Transcript: move between paragraphs' },
  { keys: ['→', '←'], what: 'Transcript: select the next or previous sentence' },
  { keys: ['Shift →', 'Shift ←'], what: 'Transcript: grow or shrink the selection by a sentence' },
  { keys: ['Shift ↓', 'Shift ↑'], what: 'Transcript: grow or shrink the selection by a paragraph' },
  { keys: ['C'], what: 'Code the selected text with themes' },
  { keys: ['1 … 9'], what: 'Code the selected text with a recent theme (Undo in the message)' },
  { keys: ['S'], what: 'Mark the selected text as a segment' },
  { keys: ['P'], what: 'Place a passage that needs review on the selected text' },
  { keys: ['Enter'], what: 'Transcript: show the codes in the paragraph' },
  { keys: ['Ctrl Enter', '⌘ Enter'], what: 'Save a coding dialog' },
  { keys: ['↑', '↓'], what: 'Move through a list (when the list has focus)' },
  { keys: ['Page Up', 'Page Down', 'Home', 'End'], what: 'Jump through a list' },
  { keys: ['Enter'], what: 'Open the highlighted record' },
  { keys: ['→', '←'], what: 'Open or close a theme in the thesaurus tree; ← goes to the broader theme' },
  { keys: ['a–z'], what: 'Jump to the next theme starting with that letter (thesaurus tree)' },
  { keys: ['↑', '↓', 'Enter'], what: 'Choose a theme in a theme picker; Backspace removes the last one chosen' },
  { keys: ['Ctrl S', '⌘ S'], what: 'Save the form you are editing' },
  { keys: ['Esc'], what: 'Close a dialog or this help' },
];

/** True when the key press happened while typing, so single-key shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(type);
}
