/** Durations of recordings, written h:mm:ss, m:ss or as minutes ("90 min"). */

export function parseDuration(text: string): number | null | string {
  const s = text.trim();
  if (s === '') return null;
  let m = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(s);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  m = /^(\d{1,4}):([0-5]\d)$/.exec(s);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = /^(\d{1,5})\s*(?:min|mins|minutes)?$/i.exec(s);
  if (m) return Number(m[1]) * 60;
  return `"${s}" is not a duration; write h:mm:ss (1:24:30) or minutes (90 min)`;
}

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '';
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
