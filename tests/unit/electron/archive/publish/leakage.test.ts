import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobsFor } from '../../../../../electron/archive/jobs/registry';
import { tempDir } from '../../../helpers';
import { CONTROL, leakageArchive, SENTINEL } from './leakageArchive';
import { leaksIn, missingIn, pdfEverything, PUBLIC_OUTPUTS } from './leakageOutputs';

/**
 * The leakage test of issue 8: an archive full of sentinel strings in sealed, confidential,
 * restricted, embargoed, unconsented and withdrawn records, redacted spans, unconsented names and
 * internal notes; every public output is produced from it and all of its text extracted; no
 * sentinel may be found in any, and every output must show its control strings.
 */

describe('the sentinel archive', () => {
  it('is what the leakage test assumes: the sentinels are in the archive and a full-scope search finds them', () => {
    const a = leakageArchive();
    const full = a.call('search.query', { q: 'sentinel', scope: 'full', limit: 200, includeWithdrawn: true });
    // Sealed, confidential, restricted, embargoed, no consent, consent withdrawn, withdrawn, the late one and the public one.
    expect(full.total).toBe(9);
    expect(leaksIn(JSON.stringify(full)).length).toBeGreaterThan(0);
  });

  it('leaks, as it should, through the confidential edition of a marker sheet: the PDF extraction finds sentinels', async () => {
    const a = leakageArchive();
    const out = path.join(tempDir('tessera-leak-confidential-'), 'sheet.pdf');
    const job = await jobsFor(a.db()).settled(a.call('markers.printSheet', { id: a.marker.id, edition: 'confidential', out }).id);
    expect(job.state).toBe('done');
    expect(leaksIn(pdfEverything(out))).toEqual(expect.arrayContaining([`markerNote: ${SENTINEL.markerNote}`, `sealedTitle: ${SENTINEL.sealedTitle}`]));
  }, 240_000);

  it('finds a leak the way the test looks for one, in PDF-like text and in lunr tokens', () => {
    expect(leaksIn(`text SENTINEL-SEALED-\n  7Q2 title more`)).toContain(`sealedTitle: ${SENTINEL.sealedTitle}`);
    expect(leaksIn('"invertedIndex":[["sentinel",{}]]').length).toBe(1);
    expect(leaksIn(`${CONTROL.publicTitle} told by ${CONTROL.pseudonym}`)).toEqual([]);
    expect(missingIn('control-public-title-4r7', [CONTROL.publicTitle, CONTROL.markerTitle])).toEqual([CONTROL.markerTitle]);
  });
});

describe('every public output', () => {
  it('loses a published record at once when its consent is withdrawn', () => {
    const a = leakageArchive();
    expect(a.call('search.query', { q: `"${SENTINEL.lateWithdrawal}"`, scope: 'public' }).total).toBe(1);
    a.withdrawLateConsent();
    expect(a.call('search.query', { q: `"${SENTINEL.lateWithdrawal}"`, scope: 'public' }).total).toBe(0);
    expect(a.call('search.query', { q: `"${SENTINEL.lateWithdrawal}"`, scope: 'full' }).total).toBe(1);
  });

  it('public search finds nothing by the name of a person who did not consent to be named', () => {
    const a = leakageArchive();
    for (const name of [SENTINEL.unnamedWithPseudonym, SENTINEL.unnamedAlias, SENTINEL.unnamedBare]) {
      expect(a.call('search.query', { q: `"${name}"`, scope: 'full' }).total).toBeGreaterThan(0);
      expect(a.call('search.query', { q: `"${name}"`, scope: 'public' }).total).toBe(0);
    }
  });

  // One test per output, each on its own archive, so a leak names the output and the rule it broke.
  for (const output of PUBLIC_OUTPUTS) {
    it(`${output.name}: no sentinel, every control string`, async () => {
      const a = leakageArchive();
      a.withdrawLateConsent();
      const text = await output.produce(a);
      expect(leaksIn(text)).toEqual([]);
      expect(missingIn(text, output.mustShow)).toEqual([]);
    }, 240_000);
  }
});
