import type { ReportEdition } from '../../../shared/model/reports';
import type { RecommendationStatus } from '../../../shared/model/findings';
import type { MdDocument } from '../../../shared/report/ast';

/**
 * What an embed prints, resolved against the archive for one edition (resolve.ts). Everything in
 * here is already fit for that edition: in the public edition, excerpts of testimonies the publish
 * policy keeps back are absent, redacted spans are replaced by "[redacted]", and the names of people
 * without consent to be named are their pseudonyms. The PDF (pdf/) and the preview only set it.
 */

export interface ResolvedExcerpt {
  /** The testimony's reference code and public title, and when it was recorded, for the citation line. */
  ref: string;
  title: string;
  dateRecorded: string;
  /** The words, as they stand in the transcript today. */
  text: string;
  note: string;
}

export interface ResolvedRecommendation {
  number: number;
  title: string;
  /** Markdown, parsed. */
  text: MdDocument;
  addressee: string;
  addresseeType: string;
  priority: string;
  status: RecommendationStatus;
  statusDate: string;
  /** Reference codes of the findings it rests on. */
  findings: string[];
  themes: string[];
}

export interface ResolvedFinding {
  ref: string;
  title: string;
  text: MdDocument;
  themes: string[];
  evidence: ResolvedExcerpt[];
  /** Evidence left out of this edition, counted (public: not open to the public; both: edited away). */
  withheld: number;
}

export interface Count {
  label: string;
  count: number;
}

export interface Statistics {
  /** How many testimonies were counted, and which ("open to the public" or "in the archive"). */
  total: number;
  basis: string;
  byTheme: Count[];
  byType: Count[];
  byYear: Count[];
  byNarratorRole: Count[];
}

export type ResolvedEmbed =
  | { kind: 'finding'; finding: ResolvedFinding }
  | { kind: 'recommendation'; recommendation: ResolvedRecommendation }
  | { kind: 'recommendations'; groups: { addressee: string; items: ResolvedRecommendation[] }[] }
  | { kind: 'excerpt'; excerpt: ResolvedExcerpt }
  | { kind: 'statistics'; statistics: Statistics }
  | { kind: 'appendix'; which: 'testimonies'; rows: { ref: string; title: string; date: string; type: string }[] }
  | { kind: 'appendix'; which: 'hearings'; rows: { title: string; date: string; type: string; place: string }[] }
  | { kind: 'appendix'; which: 'glossary'; rows: { label: string; broader: string; scopeNote: string }[] }
  /**
   * What stands in for an embed that cannot be printed as written: in the confidential edition a
   * visible "[…]" line saying why; in the public edition `message` never names the withheld record.
   */
  | { kind: 'placeholder'; message: string };

export interface ResolveOptions {
  edition: ReportEdition;
  /** The day the publish policy is applied for (embargoes end on their date). */
  day: string;
}
