// The inspection-day kit as a Word checklist: one table per part of the kit, each item with when it is
// needed, who prepares it, where it has got and any note; the self-evaluation that would be handed over;
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

const FONT = 'Arial';
const WIDTH = 9412; // A4 less 2.2 cm margins, in twentieths of a point
const COLUMNS = [
  { title: 'Item', share: 0.34 },
  { title: 'When', share: 0.2 },
  { title: 'Who prepares it', share: 0.16 },
  { title: 'Status', share: 0.11 },
  { title: 'Note', share: 0.19 },
];

function text(value: string, options: { bold?: boolean; size?: number; colour?: string } = {}): TextRun {
  return new TextRun({ text: sanitiseText(value), bold: options.bold, size: options.size, color: options.colour, font: FONT });
}

function cell(value: string, header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [text(value, { bold: header, size: 19, colour: header ? 'FFFFFF' : undefined })] })],
    shading: header ? { fill: '1F3864', color: 'auto', type: 'clear' } : undefined,
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
  });
}

function itemsTable(items: Kit['sections'][number]['items']): Table {
  const line = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: COLUMNS.map((c) => Math.round(c.share * WIDTH)),
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: [
      new TableRow({ tableHeader: true, children: COLUMNS.map((c) => cell(c.title, true)) }),
      ...items.map(
        (i) => new TableRow({ cantSplit: true, children: [cell(i.title), cell(i.due), cell(i.owner || 'Not yet named'), cell(KIT_STATUS_LABELS[i.status]), cell(i.note)] }),
      ),
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
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(section.title, { bold: true, size: 28, colour: '1F3864' })], spacing: { before: 240, after: 120 }, keepNext: true }),
      itemsTable(section.items),
    );
  }
  const marked = (align: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    markingText ? [new Paragraph({ alignment: align, children: [text(markingText, { bold: true, size: 18 })] })] : [];
  return new Document({
    creator: 'SEF Studio',
    title: 'Inspection-day kit',
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
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
