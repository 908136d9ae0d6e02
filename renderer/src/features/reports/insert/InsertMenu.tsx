import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { embedLine, type Embed } from '../../../../../shared/report/embeds';
import { ExcerptPicker } from './ExcerptPicker';
import { FindingPicker, RecommendationPicker, RecommendationsPicker } from './RecordPickers';

type Picker = 'finding' | 'recommendation' | 'recommendations' | 'excerpt';

/** What the menu offers: a picker first, or the embed at once. */
const ITEMS: { label: string; pick?: Picker; embed?: Embed }[] = [
  { label: 'Finding…', pick: 'finding' },
  { label: 'Recommendation…', pick: 'recommendation' },
  { label: 'All recommendations…', pick: 'recommendations' },
  { label: 'Excerpt of testimony…', pick: 'excerpt' },
  { label: 'Statistics chapter', embed: { kind: 'statistics' } },
  { label: 'Appendix: index of testimonies', embed: { kind: 'appendix', which: 'testimonies' } },
  { label: 'Appendix: hearings and forums', embed: { kind: 'appendix', which: 'hearings' } },
  { label: 'Appendix: glossary of themes', embed: { kind: 'appendix', which: 'glossary' } },
];

/**
 * The Insert menu: writes an embed line into the section at the cursor, on a line of its own.
 * A disclosure of plain buttons (Tab moves through them, Escape or a click elsewhere closes it).
 */
export function InsertMenu({ onInsert, disabled }: { onInsert: (line: string) => void; disabled?: boolean }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [picker, setPicker] = useState<Picker | null>(null);

  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      const el = ref.current;
      if (el?.open && !el.contains(e.target as Node)) el.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, []);

  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDetailsElement>) => {
    if (e.key === 'Escape' && ref.current?.open) {
      e.stopPropagation();
      close();
      ref.current.querySelector('summary')?.focus();
    }
  };
  const choose = (item: (typeof ITEMS)[number]) => {
    close();
    if (item.embed) onInsert(embedLine(item.embed));
    else if (item.pick) setPicker(item.pick);
  };
  const insert = (line: string) => {
    setPicker(null);
    onInsert(line);
  };
  const pickerProps = (p: Picker) => ({ open: picker === p, onClose: () => setPicker(null), onInsert: insert });

  return (
    <>
      <details className="insert-menu" ref={ref} onKeyDown={onKeyDown}>
        <summary className={`button${disabled ? ' is-disabled' : ''}`} aria-disabled={disabled || undefined} onClick={(e) => disabled && e.preventDefault()}>
          Insert
        </summary>
        <ul className="insert-menu-panel" aria-label="Insert into the section">
          {ITEMS.map((item) => (
            <li key={item.label}>
              <button type="button" className="insert-item" onClick={() => choose(item)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <FindingPicker {...pickerProps('finding')} />
      <RecommendationPicker {...pickerProps('recommendation')} />
      <RecommendationsPicker {...pickerProps('recommendations')} />
      <ExcerptPicker {...pickerProps('excerpt')} />
    </>
  );
}
