import type Database from 'better-sqlite3';
import type { Recommendation } from '../../../../shared/model/findings';
import { nameFacts, nameWithholder } from '../../publish/publicTestimony';
import { readSettings } from '../../settings/settings';
import { getRecommendation } from '../queries';

/**
 * Everything the status report prints, read in one read transaction (one consistent moment of the
 * archive): the recommendations with their implementation histories, and the archive's name.
 * Recommendations and their histories are public work, so there is one edition, and it is a public
 * output: every text a person wrote (titles, addressees, themes, the findings' titles, who assessed,
 * sources and notes, the filter's words) passes the name withholder, as in the public report, so a
 * name given without consent never goes out in it.
 */

export interface StatusReportData {
  archiveName: string;
  generatedAt: Date;
  /** In number order. */
  recommendations: Recommendation[];
  /** What the filter kept, in words ("" for every recommendation). */
  selection: string;
}

/** A recommendation with every text a person wrote passed through `t` (the name withholder). */
export function withheldRecommendation(r: Recommendation, t: (s: string) => string): Recommendation {
  return {
    ...r,
    title: t(r.title),
    text: t(r.text),
    addressee: t(r.addressee),
    themes: r.themes.map((theme) => ({ ...theme, label: t(theme.label) })),
    findings: r.findings.map((f) => ({ ...f, title: t(f.title) })),
    history: r.history.map((e) => ({ ...e, note: t(e.note), source: t(e.source), assessedBy: t(e.assessedBy), recordedBy: t(e.recordedBy) })),
  };
}

export function gatherStatusData(
  db: Database.Database,
  p: { recommendationIds: string[]; generatedAt: string; selection: string },
  onRecommendation: (done: number, total: number) => void = () => {},
): StatusReportData {
  const read = db.transaction(() => {
    const t = nameWithholder(nameFacts(db));
    const recommendations: Recommendation[] = [];
    p.recommendationIds.forEach((id, i) => {
      // One deleted after the report was asked for is left out; the others still print.
      const exists = db.prepare('SELECT 1 FROM recommendations WHERE id = ?').get(id) !== undefined;
      if (exists) recommendations.push(withheldRecommendation(getRecommendation(db, id), t));
      onRecommendation(i + 1, p.recommendationIds.length);
    });
    if (recommendations.length === 0) throw new Error('The recommendations chosen were deleted before the status report could be written. Print it again.');
    return { recommendations, archiveName: t(readSettings(db).archiveName), selection: t(p.selection) };
  });
  const { recommendations, archiveName, selection } = read();
  recommendations.sort((a, b) => a.number - b.number);
  return { archiveName, generatedAt: new Date(p.generatedAt), recommendations, selection };
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
