import { describe, expect, it } from 'vitest';
import { parseCues } from '../../../../../electron/archive/coding/cueFile';
import { codingArchive } from './helpers';

const vtt = `WEBVTT - Cora Bell Whitfield, tape 1
Kind: captions
Language: en

NOTE Transcribed by the Commission's media unit.
Speaker names are in voice tags.

STYLE
::cue { color: #fff }

arrest
00:00:01.000 --> 00:00:06.500 align:start position:10%
<v Cora Bell Whitfield>They came at <b>night</b>.
My brother was taken from the house.

00:06.500 --> 00:00:11.250
<v Cora Bell Whitfield>At the station the officers
laughed at us &amp; said nothing.

3
00:00:11.250 --> 00:00:15.000 line:85%
<i>[long pause]</i>

00:00:15.000 --> 00:00:21.000
Years later the forum gave us a place to speak.
`;

const srt = '1\r\n00:00:01,000 --> 00:00:06,500\r\nThey came at night.\r\nMy brother was taken from the house.\r\n\r\n2\r\n00:00:06,500 --> 00:00:11,250\r\nThis sentence is not in the transcript.\r\n\r\n3\r\n00:00:11,250 --> 00:00:15,000\r\nYears later the forum gave us a place to speak.\r\n';

describe('cue files', () => {
  it('reads WebVTT with a header, notes, styles, identifiers, settings and markup', () => {
    const cues = parseCues('vtt', vtt, 'tape1.vtt');
    expect(cues.map((c) => [c.number, c.title, c.start, c.end])).toEqual([
      [1, 'arrest', 1, 6.5],
      [2, 'At the station the officers laughed at us & said nothing.', 6.5, 11.25],
      [3, '[long pause]', 11.25, 15],
      [4, 'Years later the forum gave us a place to speak.', 15, 21],
    ]);
    expect(cues[0]?.text).toBe('They came at night. My brother was taken from the house.');
  });

  it('reads SRT with comma milliseconds, and titles long cues with their first words', () => {
    const cues = parseCues('srt', srt);
    expect(cues.map((c) => c.start)).toEqual([1, 6.5, 11.25]);
    expect(cues[0]?.title).toBe('They came at night. My brother was taken from the house.');
    const long = parseCues('srt', `1\n00:00:01,000 --> 00:00:02,000\n${'word '.repeat(40)}\n`)[0]?.title ?? '';
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('…')).toBe(true);
  });

  it.each([
    ['no header', 'vtt', '00:00:01.000 --> 00:00:02.000\nHello', /not a WebVTT file/],
    ['WebVTT chosen as SRT', 'srt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello', /WebVTT file, not SRT/],
    ['malformed timestamp', 'srt', '1\n00:00:01,000 --> 00:0x:02,000\nHello', /line 2: the cue timing .* is not valid/],
    ['an arrow missing', 'vtt', 'WEBVTT\n\n00:00:01.000 -- 00:00:02.000\nHello', /line 3: expected a cue timing/],
    ['ends before it starts', 'srt', '1\n00:00:05,000 --> 00:00:02,000\nHello', /ends before it starts/],
    ['only notes', 'vtt', 'WEBVTT\n\nNOTE nothing here', /no cues with text/],
    ['empty', 'srt', '', /no cues with text/],
  ] as const)('refuses a bad file: %s', (_, format, text, message) => {
    expect(() => parseCues(format, text, 'bad file')).toThrow(message);
  });
});

describe('importing cues into a testimony', () => {
  it('makes the transcript from the cues when there is none, each cue a time-coded segment', () => {
    const a = codingArchive();
    const t = a.testimony('');
    const r = a.call('coding.importCues', { testimonyId: t.id, format: 'vtt', text: vtt, filename: 'tape1.vtt' });
    expect(r).toEqual({ segments: 4, transcriptCreated: true, unmatched: [] });
    const after = a.call('testimonies.get', { id: t.id });
    expect(after.transcript.split('\n\n')).toHaveLength(4);
    expect(after.wordCount).toBeGreaterThan(20);
    const segs = a.call('coding.get', { testimonyId: t.id }).passages;
    expect(segs.map((s) => [s.title, s.timeStart, s.timeEnd])).toEqual([
      ['arrest', 1, 6.5],
      ['At the station the officers laughed at us & said nothing.', 6.5, 11.25],
      ['[long pause]', 11.25, 15],
      ['Years later the forum gave us a place to speak.', 15, 21],
    ]);
    for (const s of segs) expect(after.transcript.slice(s.start, s.end)).toBe(s.quote);
    expect(a.call('search.query', { q: 'laughed', limit: 5 }).items.map((h) => h.id)).toEqual([t.id]);
    expect(a.call('archive.history', { entityType: 'testimony', entityId: t.id }).map((e) => e.action)).toContain('update');
    a.indexInStep();
  });

  it('finds cues in an existing transcript, ignoring white space, and returns the ones not found', () => {
    const a = codingArchive();
    const transcript = 'They came at night.   My brother was taken\nfrom the house.\n\nYears later the forum gave us a place to speak.';
    const t = a.testimony(transcript);
    const r = a.call('coding.importCues', { testimonyId: t.id, format: 'srt', text: srt, filename: 'tape.srt' });
    expect(r).toEqual({ segments: 2, transcriptCreated: false, unmatched: [{ cue: 2, text: 'This sentence is not in the transcript.' }] });
    const segs = a.call('coding.get', { testimonyId: t.id }).passages;
    expect(segs.map((s) => s.quote)).toEqual(['They came at night.   My brother was taken\nfrom the house.', 'Years later the forum gave us a place to speak.']);
    expect(a.call('testimonies.get', { id: t.id }).transcript).toBe(transcript);
  });

  it('refuses, changing nothing, when segments would overlap or no cue is found', () => {
    const a = codingArchive();
    const transcript = 'They came at night. My brother was taken from the house.\n\nYears later the forum gave us a place to speak.';
    const t = a.testimony(transcript);
    a.call('coding.addSegment', { testimonyId: t.id, range: a.range(transcript, 'Years later the forum'), data: { title: 'Later' } });
    const before = a.auditCount();
    const e = a.fail('coding.importCues', { testimonyId: t.id, format: 'srt', text: srt, filename: 'tape.srt' });
    expect(e.message).toMatch(/Cue 3 .*overlap segment “Later”.*Nothing was imported/);
    expect(a.call('coding.get', { testimonyId: t.id }).passages).toHaveLength(1);
    const none = a.fail('coding.importCues', { testimonyId: t.id, format: 'srt', text: '1\n00:00:01,000 --> 00:00:02,000\nSomething else entirely.\n', filename: 'other.srt' });
    expect(none.message).toMatch(/None of the 1 cues of other.srt was found/);
    const bad = a.fail('coding.importCues', { testimonyId: t.id, format: 'vtt', text: 'not a subtitle file', filename: 'x.vtt' });
    expect(bad.code).toBe('invalid_input');
    expect(bad.message).toMatch(/^x.vtt: this is not a WebVTT file/);
    expect(a.auditCount()).toBe(before);
  });
});
