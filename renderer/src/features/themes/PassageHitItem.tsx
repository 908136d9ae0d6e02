import { useState } from 'react';
import { Link } from 'react-router-dom';
import { label } from '../../../../shared/model/enums';
import type { PassageHit } from '../../../../shared/model/themes';
import { AccessBadge } from '../../components/Badges';
import { formatFlexDate } from '../../lib/format';
import type { AccessLevel } from '../../../../shared/model/enums';
import { ThemeSwatch } from './ThemeSwatch';

const CLAMP = 320;

/** Where a passage opens: the testimony's transcript with the passage highlighted. */
export function passageLink(h: Pick<PassageHit, 'testimonyId' | 'passageId'>): string {
  return `/testimonies/${h.testimonyId}?tab=transcript&passage=${h.passageId}`;
}

/** One coded passage or segment on a theme page: where it comes from, what was said, and its other themes. */
export function PassageHitItem({ hit, themeId }: { hit: PassageHit; themeId: string }) {
  const [more, setMore] = useState(false);
  const long = hit.quote.length > CLAMP;
  const others = hit.themes.filter((t) => t.id !== themeId);
  return (
    <li className="passage-hit">
      <div className="passage-hit-head">
        <Link to={passageLink(hit)} className="passage-hit-link">
          <span className="mono">{hit.ref}</span> {hit.testimonyTitle}
        </Link>
        {hit.kind === 'segment' ? <span className="badge badge--plain">Segment{hit.title ? `: ${hit.title}` : ''}</span> : null}
        {hit.review ? <span className="badge badge--review">Needs review{hit.review === 'deleted' ? ' (text deleted)' : ' (text changed)'}</span> : null}
        {hit.accessLevel && hit.accessLevel !== 'public' ? <AccessBadge level={hit.accessLevel as AccessLevel} compact /> : null}
      </div>
      <p className="passage-hit-meta muted small">
        {[hit.narratorRoles.map((r) => label(r)).join(', '), formatFlexDate(hit.dateText)].filter(Boolean).join(' · ') || 'No narrator role or date recorded'}
      </p>
      <blockquote className={`passage-quote${long && !more ? ' is-clamped' : ''}`}>{hit.quote}</blockquote>
      {long ? (
        <button type="button" className="link-button small" aria-expanded={more} onClick={() => setMore(!more)}>
          {more ? 'Show less' : 'Show more'}
        </button>
      ) : null}
      {hit.note ? (
        <p className="passage-note">
          <span className="muted">Note:</span> {hit.note}
        </p>
      ) : null}
      {others.length > 0 ? (
        <ul className="chips theme-chips" aria-label="Also coded with">
          {others.map((t) => (
            <li key={t.id} className="chip theme-chip">
              <Link to={`/themes/${t.id}`}>
                <ThemeSwatch colour={t.colour} />
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
