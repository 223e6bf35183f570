// The inspection-day kit as a Word checklist: one table per part of the kit, each item with when it is
// needed (said once above the table when the whole part is needed at once), who prepares it, where it has got and any note; the self-evaluation that would be handed over;
// and the protective marking in the header. Built with docx directly (the packs' house style is the
// Word export's, src/core/export), in plain A4 portrait.
import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell,
  TableRow, TextRun, WidthType,
} from 'docx';
import { formatLongDate } from '../../shared/dates';
import { KIT_STATUS_LABELS, MARKING_LABELS, type Marking } from '../../shared/domain';
import type { Kit } from '../../shared/api/kit';
import { sanitiseText } from '../export/sanitise';
import { DOCUMENT_LANGUAGE } from '../export/styles';
import { rowsKeptWithNext } from '../export/word';

const FONT = 'Arial';
const WIDTH = 9412; // A4 less 2.2 cm margins, in twentieths of a point
type KitItem = Kit['sections'][number]['items'][number];
interface Column {
  title: string;
  share: number;
  value: (item: KitItem) => string;
}
const ITEM: Column = { title: 'Item', share: 0.28, value: (i) => i.title };
const WHEN: Column = { title: 'When', share: 0.22, value: (i) => i.due };
const OWNER: Column = { title: 'Who prepares it', share: 0.22, value: (i) => i.owner || 'Not yet named' };
const STATUS: Column = { title: 'Status', share: 0.12, value: (i) => KIT_STATUS_LABELS[i.status] };
const NOTE: Column = { title: 'Note', share: 0.16, value: (i) => i.note };
/** When every item of a part is needed at the same time, that is said once above its table and the When column's width goes to the people and notes. */
const WITH_WHEN = [ITEM, WHEN, OWNER, STATUS, NOTE];
const WITHOUT_WHEN = [{ ...ITEM, share: 0.34 }, { ...OWNER, share: 0.26 }, STATUS, { ...NOTE, share: 0.28 }];

function text(value: string, options: { bold?: boolean; size?: number; colour?: string } = {}): TextRun {
  return new TextRun({ text: sanitiseText(value), bold: options.bold, size: options.size, color: options.colour, font: FONT });
}

function cell(value: string, header = false, keepNext = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ keepNext, children: [text(value, { bold: header, size: 19, colour: header ? 'FFFFFF' : undefined })] })],
    shading: header ? { fill: '1F3864', color: 'auto', type: 'clear' } : undefined,
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
  });
}

/** The time every item of a part is needed by, when they share one. */
export function sharedDue(items: readonly KitItem[]): string | null {
  const due = new Set(items.map((i) => i.due.trim()));
  return due.size === 1 ? [...due][0]! || null : null;
}

function itemsTable(items: readonly KitItem[], columns: readonly Column[]): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  const kept = rowsKeptWithNext(items.map(() => ({})), false);
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => Math.round(c.share * WIDTH)),
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c.title, true)) }),
      // As in the packs' tables: never one row of a table alone at the top of a page.
      ...items.map((i, r) => new TableRow({ cantSplit: true, children: columns.map((c) => cell(c.value(i), false, kept[r])) })),
    ],
  });
}

export interface KitDocumentFacts {
  kit: Kit;
  organisation: string;
  marking: Marking;
  today: string;
}

export function kitDocument({ kit, organisation, marking, today }: KitDocumentFacts): Document {
  const markingText = marking === 'none' ? null : MARKING_LABELS[marking];
  const para = (value: string, options: { bold?: boolean; size?: number } = {}) =>
    new Paragraph({ children: [text(value, options)], spacing: { after: 120 } });
  const selfEvaluation = kit.selfEvaluation
    ? `The self-evaluation handed over is “${kit.selfEvaluation.title}”, version ${kit.selfEvaluation.version}, approved${kit.selfEvaluation.approvedBy ? ` by ${kit.selfEvaluation.approvedBy}` : ''}${kit.selfEvaluation.approvedAt ? ` on ${formatLongDate(kit.selfEvaluation.approvedAt)}` : ''}.`
    : 'No self-evaluation has been approved yet, so there is none to hand over.';
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text('Inspection-day kit', { bold: true, size: 48, colour: '1F3864' })], spacing: { after: 120 } }),
    para(`${organisation}: what we produce when Ofsted calls, as at ${formatLongDate(today)}.`),
    para(`${kit.ready} of ${kit.needed} items are ready.`, { bold: true }),
    para(selfEvaluation),
    para(kit.guidance, { size: 18 }),
  ];
  for (const section of kit.sections) {
    if (!section.items.length) continue;
    const due = sharedDue(section.items);
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(section.title, { bold: true, size: 28, colour: '1F3864' })], spacing: { before: 240, after: 120 }, keepNext: true }),
      ...(due ? [new Paragraph({ children: [text('When: ', { bold: true }), text(`${due}.`)], spacing: { after: 120 }, keepNext: true })] : []),
      itemsTable(section.items, due ? WITHOUT_WHEN : WITH_WHEN),
    );
  }
  const marked = (align: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    markingText ? [new Paragraph({ alignment: align, children: [text(markingText, { bold: true, size: 18 })] })] : [];
  return new Document({
    creator: 'SEF Studio',
    title: 'Inspection-day kit',
    // UK English, so Word's spell checker and hyphenation are right.
    styles: { default: { document: { run: { font: FONT, size: 21, language: { value: DOCUMENT_LANGUAGE } } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1247, bottom: 1247, left: 1247, right: 1247 } } },
        headers: { default: new Header({ children: marked(AlignmentType.CENTER) }) },
        footers: {
          default: new Footer({
            children: [
              ...marked(AlignmentType.CENTER),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 17, font: FONT })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

export async function kitDocx(facts: KitDocumentFacts): Promise<Buffer> {
  return Packer.toBuffer(kitDocument(facts));
}
