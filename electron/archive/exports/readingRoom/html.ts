import type { Catalogue } from '../../../../shared/query/lunrFormat';
import { PAGE_SCRIPT, PAGE_STYLES } from './assets';

/**
 * The reading room's index.html. What the folder is, from which archive, when it was built, how
 * many records it holds and that it is public-only are written into the page itself, so they are
 * read first and even without scripts; the page script adds search and the record views.
 */

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** "1 May 2026" in English, independent of the machine's locale (the page is in English). */
export function dayInWords(iso: string): string {
  const d = new Date(iso);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function indexHtml(c: Catalogue): string {
  const name = esc(c.archiveName);
  const count = plural(c.records.length, 'testimony', 'testimonies');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Tessera">
<meta name="referrer" content="no-referrer">
<title>${name} — Reading room</title>
<link rel="stylesheet" href="assets/${PAGE_STYLES}">
</head>
<body>
<a class="skip-link" href="#main">Skip to the search</a>
<header class="site-head">
  <p class="site-kind">Public reading room</p>
  <p class="site-name"><a href="#/">${name}</a></p>
</header>
<main id="main" tabindex="-1">
  <section class="about" aria-labelledby="about-title">
    <h1 id="about-title">${name}: the public testimonies</h1>
    <p>This reading room holds <strong>${count}</strong> from the archive <strong>${name}</strong>. It was built on
      <time datetime="${esc(c.builtAt)}">${esc(dayInWords(c.builtAt))}</time> with Tessera, from the records as they stood that day.</p>
    <p><strong>Only public records are here.</strong> A testimony is included only when it is cleared for public release:
      its access level is public, any embargo has ended, the narrator consented to publication and has not withdrawn it,
      and it has not been withdrawn from the archive. People who did not consent to be named appear under a pseudonym.</p>
    <p>Everything is in this folder and works without a network: nothing you search for leaves your computer.</p>
  </section>
  <div id="app" class="app" aria-live="polite"><p class="loading">Loading the testimonies…</p></div>
  <noscript><p class="notice">Searching and reading the testimonies needs JavaScript. The records are in the <code>data</code> folder.</p></noscript>
</main>
<footer class="site-foot">
  <p>${name} · reading room built <time datetime="${esc(c.builtAt)}">${esc(dayInWords(c.builtAt))}</time> · ${count}</p>
</footer>
<script src="data/catalogue.js"></script>
<script src="assets/${PAGE_SCRIPT}"></script>
</body>
</html>
`;
}

export function readme(c: Catalogue): string {
  return `${c.archiveName} — public reading room
${'='.repeat(c.archiveName.length + 24)}

Open index.html in any web browser (double-click it). No installation and no network are needed.

It holds ${plural(c.records.length, 'testimony', 'testimonies')} that may be published, built by Tessera on ${dayInWords(c.builtAt)}.
Only records cleared for public release are included; people who did not consent to be named
appear under a pseudonym.

Folder contents
  index.html            the reading room
  assets/               the page's script and styles
  data/catalogue.js     the list of testimonies
  data/index.js         the search index (lunr)
  data/records-*.js     the testimonies with their transcripts
`;
}
