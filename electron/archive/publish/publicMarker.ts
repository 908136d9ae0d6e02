import type { Marker } from '../../../shared/model/markers';
import { MARKER_NAME_WITHHELD } from '../../../shared/model/publicName';
import { publicName } from './policy';
import { nameWithholder, type NameFacts } from './publicTestimony';

/** Replaces the names on file of people without consent in a text (see `markerWithholder`). */
export type Withhold = (text: string) => string;

/**
 * The withholder for marker printing: every person in the archive (not only the honourees) with
 * their other names, read in the same read transaction as the markers (`nameFacts(db)`). Someone
 * without a pseudonym is shown as "Name withheld".
 */
export function markerWithholder(people: readonly NameFacts[]): Withhold {
  return nameWithholder(people, MARKER_NAME_WITHHELD);
}

/**
 * What a public marker sheet (and the public register) may show of a marker: the one function
 * every public printing goes through, like publicTestimony.ts for testimonies.
 *  - testimonies the publish policy does not allow out today are left out entirely (not even
 *    their reference code or title);
 *  - honourees appear by their public name (their pseudonym, or "Name withheld" when they have
 *    not consented to be named), and the name on file is not kept;
 *  - the names on file (and other names) of everyone in the archive without consent are withheld
 *    from every free text printed about the marker — title, subtitle, address, directions,
 *    erected by, sponsors, ceremony notes, photo captions and credits, the titles of linked
 *    testimonies and hearings, and who approved the inscription — but not from the approved
 *    inscription itself, which is printed exactly as the commission approved it for display;
 *  - hearings held as private sessions are left out;
 *  - internal notes are emptied, and so are the notes of the status history (they may hold
 *    police report numbers or names): the public history is dates and statuses only;
 *  - of the inscriptions only the approved one is kept: drafts and superseded versions stay in
 *    the archive.
 */
export function publicMarker(m: Marker, withhold: Withhold): Marker {
  const approved = m.approvedInscription ? { ...m.approvedInscription, approvedBy: m.approvedInscription.approvedBy === null ? null : withhold(m.approvedInscription.approvedBy) } : null;
  return {
    ...m,
    title: withhold(m.title),
    subtitle: withhold(m.subtitle),
    address: withhold(m.address),
    directions: withhold(m.directions),
    erectedBy: withhold(m.erectedBy),
    sponsors: m.sponsors.map(withhold),
    ceremonyNotes: withhold(m.ceremonyNotes),
    honourees: m.honourees.map((h) => ({ ...h, name: publicName(h, MARKER_NAME_WITHHELD) })),
    testimonies: m.testimonies.filter((t) => t.publishable).map((t) => ({ ...t, title: withhold(t.title) })),
    hearings: m.hearings.filter((h) => h.type !== 'private_session').map((h) => ({ ...h, title: withhold(h.title) })),
    notes: '',
    inscriptions: approved ? [approved] : [],
    approvedInscription: approved,
    history: m.history.map((e) => ({ ...e, note: '' })),
    photos: m.photos.map((p) => ({ ...p, caption: withhold(p.caption), credit: withhold(p.credit) })),
  };
}
