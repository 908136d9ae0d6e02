import type { ReportEdition } from '../../../../../shared/model/reports';

export const EDITION_LABELS: Record<ReportEdition, string> = { public: 'Public edition', confidential: 'Confidential edition' };

/** What each edition holds, in a sentence. */
export const EDITION_NOTES: Record<ReportEdition, string> = {
  public:
    'for publication: only testimonies whose access level and consent allow it, with redacted passages removed and people who did not consent to be named shown by their pseudonym',
  confidential: 'for the commission only: every excerpt and name as recorded, “CONFIDENTIAL” on every page',
};
