import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Loads the sample archive and opens testimony MTRC-2026-0004 on a tab (the transcript shown past its warning). */
export async function openSampleTestimony(page: Page, tab: 'Transcript' | 'Themes') {
  await page.getByRole('button', { name: 'Load sample archive' }).click();
  await expect(page.getByText('The sample archive is loaded')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Testimonies', exact: true }).first().click();
  await page.getByRole('row', { name: /MTRC-2026-0004/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Donald Ferrante/ })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
  if (tab === 'Transcript') await page.getByRole('button', { name: 'Show transcript' }).click();
}

/**
 * Selects transcript text from the start of `from` to the end of `to` (default: `from` itself), as a
 * mouse would: a DOM Range over the text nodes that hold them. (A string, as the e2e project has no DOM types.)
 */
const SELECT_SCRIPT = `(([a, b]) => {
  const root = document.querySelector('article.transcript');
  if (!root) throw new Error('no transcript');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
  const startNode = texts.find((t) => t.data.includes(a));
  const endNode = startNode && texts.slice(texts.indexOf(startNode)).find((t) => t.data.includes(b));
  if (!startNode || !endNode) throw new Error('text not found: ' + a + ' … ' + b);
  const range = document.createRange();
  range.setStart(startNode, startNode.data.indexOf(a));
  range.setEnd(endNode, endNode.data.indexOf(b) + b.length);
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
})`;

export async function selectText(page: Page, from: string, to = from) {
  await page.evaluate(`${SELECT_SCRIPT}(${JSON.stringify([from, to])})`);
}

