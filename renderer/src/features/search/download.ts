/**
 * Hands text to the reader as a file: a Blob and a temporary <a download>. Works the same in
 * Electron (which asks where to save) and in a browser (its downloads folder).
 */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once it starts; give it a moment before letting the Blob go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
