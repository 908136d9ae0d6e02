import { shortCodes } from '../db/shortCodes';

/**
 * Markers have their own short codes, M-001, M-002 …, apart from the testimonies' pattern: a
 * marker is cited on a plaque's record sheet and in council papers, where a short code reads best.
 */
const codes = shortCodes('markers', 'M-', '');
export const nextMarkerRef = codes.next;
export const requireFreeRef = codes.requireFree;
