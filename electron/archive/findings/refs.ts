import { shortCodes } from '../db/shortCodes';

/** Findings have short codes, F-001, F-002 …, as a report cites them ("see finding F-004"). */
const codes = shortCodes('findings', 'F-', 'finding ');
export const nextFindingRef = codes.next;
export const requireFreeFindingRef = codes.requireFree;
