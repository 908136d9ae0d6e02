import { SECTION_MAX } from '../../../../../shared/model/reports';

/** The counter appears once a section passes this share of the limit (it is a long way off otherwise). */
const SHOW_FROM = 0.9;

/** "912,400 of 1,000,000 characters" near or over the limit, else null; `over` when it cannot be saved. */
export function sectionLength(body: string): { text: string; over: boolean } | null {
  if (body.length < SECTION_MAX * SHOW_FROM) return null;
  const over = body.length > SECTION_MAX;
  const count = `${body.length.toLocaleString()} of ${SECTION_MAX.toLocaleString()} characters`;
  return { text: over ? `${count}: too long to save — split it into two sections` : `${count}: split long chapters into sections`, over };
}
