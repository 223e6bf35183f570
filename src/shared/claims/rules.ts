// Claims checked against their evidence, paragraph by paragraph, as at the pack's date. Three things a
// reader (an inspector, a board member) would question, each pointing at the paragraph it is about:
//   - a "What do you know" paragraph that cites no evidence and no indicator;
//   - an area whose cited evidence is all out of date;
//   - a figure in the text that is not the figure of the indicator the sentence cites ("18%" where the
//     cited figure is 21.4%), or a citation of an indicator with no figure by the pack's date.
// Pure rules over facts the core reads; the flags go into the pack's readiness.
import { formatLongDate } from '../dates';
import { resolveCitation, type IndicatorFigures } from '../indicators/citation';
import { parsePeriodKey, periodLabel } from '../indicators/periods';
import type { IndicatorUnit } from '../indicators/vocabulary';
import { paragraphsOf, type Inline, type RichDoc } from '../richtext';
import { evidenceFreshness } from '../rules';
import { WHAT_WE_KNOW, type ClaimFlag } from './flag';

export interface ClaimFacts {
  asAt: string;
  areas: { id: string; title: string; sections: { id: string; title: string; doc: RichDoc | null }[] }[];
  evidence: Map<string, { reference: string; reviewDue: string | null }>;
  figures: Map<string, IndicatorFigures>;
}

const EXCERPT_WORDS = 12;
/** A line that introduces a list ("Since the inspection:") makes no claim of its own. */
const INTRODUCES_LIST = /:\s*$/;

/** The paragraph's text, with each indicator citation as a marker character so sentences can be matched to it. */
const MARK = '\u0001';
function paragraphText(content: Inline[]): { text: string; indicators: Extract<Inline, { type: 'indicator' }>[] } {
  const indicators: Extract<Inline, { type: 'indicator' }>[] = [];
  const text = content
    .map((i) => {
      if (i.type === 'text') return i.text;
      if (i.type === 'indicator') {
        indicators.push(i);
        return MARK;
      }
      return ' ';
    })
    .join('');
  return { text, indicators };
}

function excerptOf(text: string): string {
  const words = text.replaceAll(MARK, ' ').replace(/\s+/g, ' ').trim().split(' ');
  return words.length > EXCERPT_WORDS ? `${words.slice(0, EXCERPT_WORDS).join(' ')}…` : words.join(' ');
}


const UNIT_PATTERNS: Partial<Record<IndicatorUnit, RegExp>> = {
  percentage: /(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)/gi,
  rate_per_10000: /(\d[\d,]*(?:\.\d+)?)\s?(?:children\s)?per 10,?000/gi,
  days: /(\d[\d,]*(?:\.\d+)?)\s?(?:working\s)?days?\b/gi,
  weeks: /(\d[\d,]*(?:\.\d+)?)\s?weeks?\b/gi,
};

interface WrittenFigure {
  text: string;
  value: number;
  decimals: number;
}

/**
 * The figure the text gives for a citation: one in the indicator's unit ("18%", "18.4 per cent", "56 per
 * 10,000", "412 days") written right beside it ("were 18% [cited]", "[cited] (18%)"). A figure further off
 * may be another year's or another council's ("fallen from 29% to [cited]"), so it is not taken as the claim.
 */
function claimedFigure(text: string, marker: number, unit: IndicatorUnit): WrittenFigure | null {
  const pattern = UNIT_PATTERNS[unit];
  if (!pattern) return null;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = end <= marker && /^[\s([]*$/.test(text.slice(end, marker));
    const after = start > marker && /^[\s([:–-]*$/.test(text.slice(marker + 1, start));
    if (!before && !after) continue;
    const digits = m[1]!.replace(/,/g, '');
    return { text: m[0].trim(), value: Number(digits), decimals: digits.includes('.') ? digits.split('.')[1]!.length : 0 };
  }
  return null;
}

/** A written figure agrees with a value when the value rounds to it at the precision it is written with. */
function agrees(written: WrittenFigure, value: number): boolean {
  return Math.abs(written.value - value) <= 0.5 * 10 ** -written.decimals + 1e-9;
}

/** Where a flag points: the paragraph, and its first words to recognise it by. */
type Place = Omit<ClaimFlag, 'kind' | 'message'>;

export function claimFlags(facts: ClaimFacts): ClaimFlag[] {
  const flags: ClaimFlag[] = [];
  for (const area of facts.areas) {
    let citedEvidence = 0;
    let citedOutOfDate = 0;
    const outOfDateRefs = new Set<string>();
    let firstOutOfDate: Place | null = null;

    for (const section of area.sections) {
      if (!section.doc) continue;
      for (const p of paragraphsOf(section.doc)) {
        if (p.kind === 'heading') continue;
        const { text, indicators } = paragraphText(p.content);
        // Where the paragraph is, with its opening words, made only for a paragraph that is flagged: most
        // are not, and cutting every paragraph's excerpt was most of the checks' time on a large pack.
        let placed: Place | undefined;
        const where = (): Place =>
          (placed ??= { areaId: area.id, areaTitle: area.title, sectionId: section.id, sectionTitle: section.title, blockIndex: p.blockIndex, itemIndex: p.itemIndex, excerpt: excerptOf(text) });
        const evidenceIds = p.content.flatMap((i) => (i.type === 'citation' ? [i.evidenceId] : []));

        for (const id of evidenceIds) {
          const item = facts.evidence.get(id);
          if (!item) continue;
          citedEvidence++;
          if (evidenceFreshness(item.reviewDue, facts.asAt) === 'out_of_date') {
            citedOutOfDate++;
            outOfDateRefs.add(item.reference);
            firstOutOfDate ??= where();
          }
        }

        const blank = !text.replaceAll(MARK, '').trim() && !indicators.length;
        if (section.id === WHAT_WE_KNOW && !blank && !evidenceIds.length && !indicators.length && !INTRODUCES_LIST.test(text))
          flags.push({
            ...where(),
            kind: 'uncited',
            message: 'This paragraph says what you know but cites no evidence or indicator. Cite what shows it, or say how you know it in the next section.',
          });

        if (!indicators.length) continue;
        const markers = [...text.matchAll(new RegExp(MARK, 'g'))].map((m) => m.index);
        indicators.forEach((citation, k) => {
          const resolved = resolveCitation(citation, facts.figures, facts.asAt);
          if (!resolved.indicator) return;
          if (!resolved.point) {
            const cited = citation.period ? parsePeriodKey(citation.period) : null;
            const when = !cited ? ' by the pack’s date' : cited.kind === 'as_at' ? ` ${periodLabel(cited)}` : ` for ${periodLabel(cited)}`;
            flags.push({ ...where(), kind: 'figure_missing', message: `This cites ${resolved.indicator.title}, which has no figure${when}. Import the figure, or cite another period.` });
            return;
          }
          const written = claimedFigure(text, markers[k]!, resolved.indicator.unit);
          if (written && ![resolved.point.value, ...resolved.related].some((value) => agrees(written, value)))
            flags.push({
              ...where(),
              kind: 'figure_contradicts',
              message: `The text says ${written.text}, but the cited figure for ${resolved.indicator.title} is ${resolved.text}. Correct the text or the citation.`,
            });
        });
      }
    }
    if (citedEvidence && citedOutOfDate === citedEvidence && firstOutOfDate)
      flags.push({
        ...firstOutOfDate,
        kind: 'evidence_out_of_date',
        message: `Every piece of evidence this area cites is past its review date at ${formatLongDate(facts.asAt)} (${[...outOfDateRefs].join(', ')}). Refresh it, or cite evidence that is current.`,
      });
  }
  return flags;
}
