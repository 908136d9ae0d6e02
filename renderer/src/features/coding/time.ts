import { formatDuration, parseDuration } from '../../../../shared/model/duration';

/** Segment times: seconds in the engine, h:mm:ss (or m:ss) for people. */

export function formatTime(seconds: number | null): string {
  return seconds === null ? '' : formatDuration(Math.floor(seconds));
}

/** "0:01:05 – 0:03:20", "from 0:01:05", or '' when the segment has no times. */
export function segmentTimes(s: { timeStart: number | null; timeEnd: number | null }): string {
  if (s.timeStart === null && s.timeEnd === null) return '';
  if (s.timeEnd === null) return `from ${formatTime(s.timeStart)}`;
  if (s.timeStart === null) return `until ${formatTime(s.timeEnd)}`;
  return `${formatTime(s.timeStart)} – ${formatTime(s.timeEnd)}`;
}

/**
 * A time field's text back to seconds: null when empty, a message when it is not a time. When the
 * text still reads as the original value, the original (which may have fractions of a second) is kept.
 */
export function parseTime(text: string, original: number | null): number | null | string {
  if (original !== null && text.trim() === formatTime(original)) return original;
  return parseDuration(text);
}
