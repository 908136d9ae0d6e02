/**
 * The entries of a printed table of contents, read back from its page's text (pdftotext -layout):
 * a title, then its page number at the end of the line. A title that wraps is joined to its
 * continuation line.
 */
export function tocEntries(pageText: string): { title: string; page: number }[] {
  const entries: { title: string; page: number }[] = [];
  let pending = '';
  const lines = pageText.split('\n');
  const start = lines.findIndex((l) => l.trim() === 'Contents');
  for (const raw of lines.slice(start + 1)) {
    const line = raw.trim();
    if (line === '' || /^(Public edition|Confidential)|Page \d+ of \d+$|^CONFIDENTIAL$/.test(line)) continue;
    const m = /^(.*?)\s+(\d+)$/.exec(line);
    if (m) {
      entries.push({ title: `${pending} ${m[1] ?? ''}`.trim().replace(/\s+/g, ' '), page: Number(m[2]) });
      pending = '';
    } else pending = `${pending} ${line}`.trim();
  }
  return entries;
}
