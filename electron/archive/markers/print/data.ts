import type Database from 'better-sqlite3';
import type { Marker, PdfEdition } from '../../../../shared/model/markers';
import type { LocatorPlace } from '../../../../shared/model/locator';
import { storedFilePath } from '../../files/store';
import { today } from '../../publish/policy';
import { markerWithholder, publicMarker } from '../../publish/publicMarker';
import { nameFacts } from '../../publish/publicTestimony';
import { readSettings } from '../../settings/settings';
import { getMarker } from '../queries';

/**
 * Everything a marker PDF prints, read in one read transaction (one consistent moment of the
 * archive): the markers (in their public form for the public edition), the archive's places
 * with coordinates (for the locator), and the archive's name. The public edition withholds the
 * names of everyone in the archive without consent, as they stand at that same moment.
 */

export interface PrintData {
  archiveName: string;
  edition: PdfEdition;
  generatedAt: Date;
  markers: Marker[];
  places: LocatorPlace[];
  /** Where a stored photo's file is. */
  photoFile: (sha256: string) => string;
  /** What the filter kept, in words ("" for every marker). */
  selection: string;
}

export function gatherPrintData(
  db: Database.Database,
  p: { archiveDir: string; markerIds: string[]; edition: PdfEdition; generatedAt: string; selection: string },
  onMarker: (done: number, total: number) => void = () => {},
): PrintData {
  const generatedAt = new Date(p.generatedAt);
  const day = today(generatedAt);
  const read = db.transaction(() => {
    const withhold = p.edition === 'public' ? markerWithholder(nameFacts(db)) : null;
    const markers = p.markerIds.map((id, i) => {
      const m = getMarker(db, id, day);
      onMarker(i + 1, p.markerIds.length);
      return withhold ? publicMarker(m, withhold) : m;
    });
    const places = db.prepare('SELECT name, latitude, longitude FROM places WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY name_sort').all() as LocatorPlace[];
    return { markers, places, archiveName: readSettings(db).archiveName };
  });
  const { markers, places, archiveName } = read();
  return { archiveName, edition: p.edition, generatedAt, markers, places, photoFile: (sha) => storedFilePath(p.archiveDir, sha), selection: p.selection };
}
