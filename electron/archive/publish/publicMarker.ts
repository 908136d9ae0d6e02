import type { Marker } from '../../../shared/model/markers';
import { publicName } from './policy';
import { nameWithholder } from './publicTestimony';

/**
 * What a public marker sheet (and the public register) may show of a marker: the one function
 * every public printing goes through, like publicTestimony.ts for testimonies.
 *  - testimonies the publish policy does not allow out today are left out entirely (not even
 *    their reference code or title);
 *  - honourees appear by their public name (their pseudonym, or "A narrator (name withheld)"
 *    when they have not consented to be named), and the name on file is not kept;
 *  - the names on file of honourees without consent are also withheld from the free text written
 *    about the marker (directions, ceremony notes, history notes, photo captions) — but not from
 *    the approved inscription, which is printed exactly as the commission approved it;
 *  - hearings held as private sessions are left out;
 *  - internal notes are emptied;
 *  - of the inscriptions only the approved one is kept: drafts and superseded versions stay in
 *    the archive.
 */
export function publicMarker(m: Marker): Marker {
  const approved = m.approvedInscription;
  const withhold = nameWithholder(m.honourees.map((h) => ({ ...h, otherNames: [] })));
  return {
    ...m,
    directions: withhold(m.directions),
    ceremonyNotes: withhold(m.ceremonyNotes),
    honourees: m.honourees.map((h) => ({ ...h, name: publicName(h) })),
    testimonies: m.testimonies.filter((t) => t.publishable),
    hearings: m.hearings.filter((h) => h.type !== 'private_session'),
    notes: '',
    inscriptions: approved ? [approved] : [],
    approvedInscription: approved,
    history: m.history.map((e) => ({ ...e, note: withhold(e.note) })),
    photos: m.photos.map((p) => ({ ...p, caption: withhold(p.caption) })),
  };
}
