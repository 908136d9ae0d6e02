import type { Passage } from '../../../../shared/model/themes';
import { ThemeSwatch } from '../themes/ThemeSwatch';
import { segmentTimes } from './time';

/** Where a segment starts in the transcript: its title, times and themes, as a divider. */
export function SegmentHeading({ segment: s }: { segment: Passage }) {
  const times = segmentTimes(s);
  return (
    <div className="segment-head" data-segment={s.id}>
      <h2>
        <span className="visually-hidden">Segment: </span>
        {s.title || 'Untitled segment'}
      </h2>
      {times ? <span className="segment-times">{times}</span> : null}
      {s.themes.length > 0 ? (
        <ul className="segment-themes" aria-label="Themes of this segment">
          {s.themes.map((t) => (
            <li key={t.id}>
              <ThemeSwatch colour={t.colour} />
              {t.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
