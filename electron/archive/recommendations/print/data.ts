import type Database from 'better-sqlite3';
import type { Recommendation } from '../../../../shared/model/findings';
import { readSettings } from '../../settings/settings';
import { getRecommendation } from '../queries';

/**
 * Everything the status report prints, read in one read transaction (one consistent moment of the
 * archive): the recommendations with their implementation histories, and the archive's name.
 * Recommendations and their histories are public (everyone, researchers included, may read them),
 * so there is one edition and nothing to withhold.
 */

export interface StatusReportData {
  archiveName: string;
  generatedAt: Date;
  /** In number order. */
  recommendations: Recommendation[];
  /** What the filter kept, in words ("" for every recommendation). */
  selection: string;
}

export function gatherStatusData(
  db: Database.Database,
  p: { recommendationIds: string[]; generatedAt: string; selection: string },
  onRecommendation: (done: number, total: number) => void = () => {},
): StatusReportData {
  const read = db.transaction(() => {
    const recommendations = p.recommendationIds.map((id, i) => {
      const r = getRecommendation(db, id);
      onRecommendation(i + 1, p.recommendationIds.length);
      return r;
    });
    return { recommendations, archiveName: readSettings(db).archiveName };
  });
  const { recommendations, archiveName } = read();
  recommendations.sort((a, b) => a.number - b.number);
  return { archiveName, generatedAt: new Date(p.generatedAt), recommendations, selection: p.selection };
}

export interface AddresseeGroup {
  addressee: string;
  recommendations: Recommendation[];
}

/** The recommendations by addressee, the addressees in the order of their first number. */
export function byAddressee(recommendations: readonly Recommendation[]): AddresseeGroup[] {
  const groups = new Map<string, Recommendation[]>();
  for (const r of [...recommendations].sort((a, b) => a.number - b.number)) {
    const list = groups.get(r.addressee) ?? [];
    list.push(r);
    groups.set(r.addressee, list);
  }
  return [...groups].map(([addressee, list]) => ({ addressee, recommendations: list }));
}
