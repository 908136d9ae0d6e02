import { parseMarkdown } from '../../../../../../shared/report/markdown';
import type { MdBlock } from '../../../../../../shared/report/ast';
import type { ReportEdition } from '../../../../../../shared/model/reports';
import type { EmbedBlock } from '../../../../../../electron/archive/reports/pdf/markdownBlocks';
import type { ReportPrintData } from '../../../../../../electron/archive/reports/pdf/document';
import type { ResolvedEmbed, ResolvedRecommendation } from '../../../../../../electron/archive/reports/resolved';

/**
 * A report built from data alone (no archive): sections of Markdown with every kind of block and
 * embed, and the embeds resolved by hand, so the layout can be tested on its own.
 */

const doc = (s: string) => parseMarkdown(s, { embeds: false });

const rec = (number: number, addressee: string, title: string): ResolvedRecommendation => ({
  number,
  title,
  text: doc(`The ${addressee} should act on this within **one year** of the report.`),
  addressee,
  addresseeType: number % 2 ? 'justice_department' : 'community',
  priority: number === 1 ? 'high' : 'medium',
  status: number === 1 ? 'underway' : 'not_started',
  statusDate: '2027-02-01',
  findings: number === 1 ? ['F-001', 'F-003'] : ['F-002'],
  themes: ['Policing'],
});

const RESOLVED: Record<string, ResolvedEmbed> = {
  finding: {
    kind: 'finding',
    finding: {
      ref: 'F-001',
      title: 'The police of Calder failed to protect the families of Sawyer Road',
      text: doc('Officers were told of the threats *three times* and did nothing.[^a]\n\n[^a]: Statements T-0001 and T-0004.'),
      themes: ['Policing', 'Land'],
      evidence: [
        { ref: 'T-0001', title: 'Statement on the oak', dateRecorded: '2019-05-03', text: 'We went to the station twice, and the sergeant told us to go home and wait.', note: '' },
        { ref: 'T-0004', title: 'Account of the fire', dateRecorded: '', text: 'Nobody came until the morning.', note: 'Read at the first hearing' },
      ],
      withheld: 2,
    },
  },
  recommendation: { kind: 'recommendation', recommendation: rec(1, 'Department of Justice', 'Open the Sawyer Road files to the families') },
  recommendations: {
    kind: 'recommendations',
    groups: [
      { addressee: 'Department of Justice', items: [rec(1, 'Department of Justice', 'Open the Sawyer Road files to the families')] },
      { addressee: 'Calder community organisations', items: [rec(2, 'Calder community organisations', 'Keep a yearly day of remembrance')] },
    ],
  },
  excerpt: { kind: 'excerpt', excerpt: { ref: 'T-0007', title: 'Statement of a teacher', dateRecorded: '2019-05-03', text: 'The school was closed the week after, and it never opened again.', note: '' } },
  statistics: {
    kind: 'statistics',
    statistics: {
      total: 42,
      basis: 'open to the public',
      byTheme: [
        { label: 'Policing', count: 17 },
        { label: 'Land dispossession and forced removal from family farms', count: 9 },
        { label: 'Schools', count: 4 },
        { label: 'Housing', count: 12 },
      ],
      byType: [
        { label: 'Audio recording', count: 30 },
        { label: 'Written statement', count: 12 },
      ],
      byYear: Array.from({ length: 8 }, (_, i) => ({ label: String(2015 + i), count: (i * 7) % 11 })),
      byNarratorRole: [
        { label: 'Survivor / victim', count: 20 },
        { label: 'Family member', count: 14 },
        { label: 'Witness', count: 8 },
      ],
    },
  },
  'appendix testimonies': {
    kind: 'appendix',
    which: 'testimonies',
    rows: Array.from({ length: 60 }, (_, i) => ({ ref: `T-${String(i + 1).padStart(4, '0')}`, title: `Statement number ${i + 1}`, date: '2019-05-03', type: 'audio' })),
  },
  'appendix glossary': { kind: 'appendix', which: 'glossary', rows: [{ label: 'Policing', broader: '', scopeNote: 'The conduct of police forces toward the families.' }] },
  'finding gone': { kind: 'placeholder', message: 'Finding F-009 is no longer in the archive' },
};

const F001 = '00000000-0000-4000-8000-000000000001';
const F009 = '00000000-0000-4000-8000-000000000009';
const R1 = '00000000-0000-4000-8000-0000000000a1';

export const SECTIONS = [
  {
    title: 'Introduction',
    body: `The commission heard **${'many'}** people.[^1] It met in *Calder* and in _Stoneford_ ([our site](https://example.org)).

# Mandate

1. To hear testimony.
2. To report:
   - on the police;
   - on the land.
     1. deeper
3. To recommend.

> What was done here must be remembered.

<script>alert("x")</script> and <b>bold?</b>

\`\`\`
code line 1
code line 2
\`\`\`

| Place | Hearings |
| :-- | --: |
| Calder | 3 |
| Stoneford | 1 |

---

## A sub-heading

Text after the rule.[^loop]

[^1]: As recorded in the register.
[^loop]: See note [^loop] again.`,
  },
  { title: 'Findings', body: `{{finding ${F001}}}\n\n{{excerpt T-0007 "The school was closed"}}\n\n{{finding ${F009}}}` },
  { title: 'Recommendations', body: `The recommendations follow.\n\n{{recommendations}}\n\n{{recommendation ${R1}}}` },
  { title: 'Statistics', body: '{{statistics}}' },
  { title: 'Appendix A. Index of testimonies', body: '{{appendix testimonies}}' },
  { title: 'Appendix B. Glossary', body: '{{appendix glossary}}\n\n{{nonsense here}}' },
];

/** The key of RESOLVED an embed line stands for. */
function keyOf(line: string): string {
  if (line.includes(F009)) return 'finding gone';
  const m = /^\{\{(\w+)(?: (testimonies|glossary))?/.exec(line);
  return m?.[2] ? `${m[1]} ${m[2]}` : (m?.[1] ?? '');
}

function embedsOf(blocks: readonly MdBlock[]): EmbedBlock[] {
  return blocks.filter((b): b is EmbedBlock => b.kind === 'embed');
}

export function syntheticReport(edition: ReportEdition, text: (s: string) => string = (s) => s): ReportPrintData {
  const sections = SECTIONS.map((s) => ({ title: s.title, doc: parseMarkdown(s.body) }));
  const resolved = new Map<EmbedBlock, ResolvedEmbed>();
  for (const s of sections) for (const b of embedsOf(s.doc.blocks)) {
    const r = RESOLVED[keyOf(b.line)];
    if (b.embed.ok && r) resolved.set(b, r);
  }
  return {
    archiveName: 'Calder Truth Commission',
    edition,
    generatedAt: new Date('2027-06-30T10:00:00Z'),
    report: { title: 'Sawyer Road: what happened and what must change', subtitle: 'Final report of the commission', authors: ['Ifeoma Abara', 'Greta Söderström', 'Sipho Ngcobo'], date: '2027-06-30' },
    sections,
    resolved,
    text,
  };
}
