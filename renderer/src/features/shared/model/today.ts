/**
 * Today as YYYY-MM-DD in UTC: the default for dated acts (approvals, status changes, proposals).
 * The engine refuses dates after the UTC day, so a local date would be "in the future" every
 * morning east of UTC until UTC catches up (the same day TestimonyHeader compares embargoes with).
 */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
