// What to look at before a document goes out, worked out from the same snapshot the export reads: how it
// is handled (sensitive evidence in a document marked too low, a paper marked sensitive but open to the
// public, an exempt paper that names no paragraph of Schedule 12A), and things a reader may question
// (a Green action already overdue, a review date before the evidence's own date, an approved pack whose
// areas are not all agreed). The export dialog and `sef export` both ask for these; the person decides.
import type { ExportCheck, ExportFinding } from '../../shared/api/export';
import { formatLongDate, formatShortDate } from '../../shared/dates';
import { ExportOptionsSchema, type ExportOptions } from '../../shared/api';
import { BOARD_PAPER_TEXT_FIELDS } from '../../shared/board-paper';
import { citedEvidenceIds } from '../../shared/richtext';
import { effectiveBoardPaper, isExempt } from './board-text';
import { allCitedIds, resolveOptions } from './model';
import { compareReferences, WITHHELD_SENSITIVITIES } from './evidence';
import type { PackSnapshot } from './snapshot';
import { missingStyles, readTemplate } from './template';

const quoted = (text: string) => `“${text.trim()}”`;

/**
 * Sensitive evidence that would go into the document, unless withheld: the self-evaluation lists all the
 * pack's evidence; the board paper only counts it, so only what its own words cite goes in.
 */
function sensitiveShown(snapshot: PackSnapshot, o: { edition: string; withholdSensitive: boolean }): number {
  if (o.withholdSensitive) return 0;
  const paper = effectiveBoardPaper(snapshot).fields;
  const cited = new Set(
    o.edition === 'board'
      ? [snapshot.detail.pack.boardAsks, ...BOARD_PAPER_TEXT_FIELDS.map((f) => paper[f])].flatMap((d) => citedEvidenceIds(d))
      : allCitedIds(snapshot),
  );
  return snapshot.evidence.filter(
    (e) => (cited.has(e.id) || (o.edition !== 'board' && e.linkedAreas.length)) && WITHHELD_SENSITIVITIES.includes(e.sensitivity),
  ).length;
}

function handling(snapshot: PackSnapshot, options: ExportOptions): ExportFinding[] {
  const o = resolveOptions(ExportOptionsSchema.parse(options), snapshot);
  const out: ExportFinding[] = [];
  const sensitive = sensitiveShown(snapshot, o);
  const items = `${sensitive} evidence ${sensitive === 1 ? 'item' : 'items'} marked OFFICIAL-SENSITIVE or personal data`;
  if (sensitive && o.marking === 'none')
    out.push({
      code: 'sensitive_unmarked',
      message: `${items} would go into a document with no protective marking. Mark the document OFFICIAL-SENSITIVE, or withhold sensitive evidence.`,
    });
  if (sensitive && o.marking === 'official')
    out.push({
      code: 'sensitive_official',
      message: `${items} would go into a document marked OFFICIAL without withholding. Mark it OFFICIAL-SENSITIVE, or withhold sensitive evidence.`,
    });
  if (o.edition === 'board') {
    const paper = effectiveBoardPaper(snapshot).fields;
    if (paper.publication === 'open' && !o.exemptSchedule12A && o.marking === 'official_sensitive')
      out.push({
        code: 'open_but_sensitive',
        message:
          'The board paper says “Publication: Open” but is marked OFFICIAL-SENSITIVE, which contradicts it. Make the paper not for publication (Schedule 12A), or choose another marking.',
      });
    if (isExempt(paper, o.marking, o.exemptSchedule12A) && !paper.exemptParagraph)
      out.push({
        code: 'exempt_without_paragraph',
        message:
          'The board paper is not for publication but does not name the paragraph of Part 1 of Schedule 12A it relies on. Choose the paragraph in the board paper’s details.',
      });
  }
  return out;
}

function questions(snapshot: PackSnapshot): ExportFinding[] {
  const out: ExportFinding[] = [];
  const date = formatLongDate(snapshot.judgedAt);
  const actions = [...snapshot.actions].sort((a, b) => compareReferences(a.reference, b.reference));
  for (const a of actions)
    if (a.rag === 'green' && a.overdue)
      out.push({
        code: 'green_overdue',
        message: `Action ${a.reference} ${quoted(a.title)} is rated Green (on track) but was overdue as at ${date}: it was due on ${formatShortDate(a.dueDate)}.`,
      });
  for (const e of snapshot.evidence)
    if (e.reviewDue && e.effectiveDate && e.reviewDue < e.effectiveDate)
      out.push({
        code: 'review_before_evidence',
        message: `Evidence ${e.reference} ${quoted(e.title)} is due for review on ${formatShortDate(e.reviewDue)}, before its own date (${formatShortDate(e.effectiveDate)}).`,
      });
  const { pack, areas } = snapshot.detail;
  const notAgreed = areas.filter((a) => a.status !== 'agreed');
  if (pack.status === 'approved' && notAgreed.length)
    out.push({
      code: 'approved_not_agreed',
      message: `The pack is approved, but ${notAgreed.length} of ${areas.length} areas ${notAgreed.length === 1 ? 'is' : 'are'} not agreed: ${notAgreed.map((a) => a.title).join('; ')}.`,
    });
  return out;
}

/** The styles the export needs that the council's template lacks, said once: ours are used for them. */
function template(snapshot: PackSnapshot): ExportFinding[] {
  if (!snapshot.template) return [];
  const missing = missingStyles(readTemplate(snapshot.template));
  if (!missing.length) return [];
  const names = missing.length > 1 ? `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}` : missing[0]!;
  return [
    {
      code: 'template_styles_missing',
      message: `The Word template ${snapshot.template.fileName} has no ${names} ${missing.length === 1 ? 'style' : 'styles'}, so SEF Studio’s own ${missing.length === 1 ? 'is' : 'are'} used for ${missing.length === 1 ? 'it' : 'them'}. Add ${missing.length === 1 ? 'it' : 'them'} to the template in Word if the document should use the council’s.`,
    },
  ];
}

export function checkExport(snapshot: PackSnapshot, options: ExportOptions): ExportCheck {
  return { handling: handling(snapshot, options), questions: questions(snapshot), template: template(snapshot) };
}
