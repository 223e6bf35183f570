// The building blocks of the exported documents: text runs (the one place text enters the document, so
// it is always sanitised), paragraphs, tables in the house style, and headers and footers that carry
// the protective marking and "Page X of Y". Pure functions over docx objects; no data access here.
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  ExternalHyperlink,
  InternalHyperlink,
  NoBreakHyphen,
  Footer,
  Header,
  HeadingLevel,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { textColourOn } from '../../shared/rules';
import { recordInline, recordParagraph, recordTable, rowHeights, segmentsOf, type ParagraphModel, type TableModel } from './measure';
import { sanitiseText } from './sanitise';
import { NON_BREAKING_HYPHEN } from './reference-text';

export const FONT = 'Arial';
/** Half-points. */
export const SIZE = { body: 22, table: 19, small: 18, dense: 17, footer: 17, note: 20 } as const;
export const COLOUR = {
  ink: '1A1A1A',
  brand: '1F3864',
  accent: '2E5C8A',
  muted: '595959',
  /** Handling notes on the cover: a dark grey, 10.4:1 against white. */
  note: '404040',
  rule: 'A6A6A6',
  gridLine: 'BFBFBF',
  headerFill: '1F3864',
  labelFill: 'EEF1F6',
  stripe: 'F6F8FB',
  warning: 'B3261E',
} as const;

export interface StyleMetrics {
  /** Half-points. */
  size: number;
  before: number;
  after: number;
  /** 240ths of single line spacing. */
  line: number;
  bold?: boolean;
  italics?: boolean;
  colour?: string;
}

/** The house style's paragraph metrics, shared by styles.ts (which writes them) and the page estimate. */
export const HOUSE = {
  body: { size: SIZE.body, before: 0, after: 120, line: 264 },
  headings: [
    { size: 34, before: 360, after: 200, line: 264, bold: true, colour: COLOUR.brand },
    { size: 27, before: 300, after: 120, line: 264, bold: true, colour: COLOUR.brand },
    { size: 24, before: 240, after: 100, line: 264, bold: true, colour: COLOUR.accent },
    { size: 22, before: 200, after: 80, line: 264, bold: true, colour: COLOUR.ink },
    { size: 22, before: 200, after: 60, line: 264, bold: true, italics: true, colour: COLOUR.ink },
    { size: 21, before: 180, after: 60, line: 264, bold: true, italics: true, colour: COLOUR.muted },
  ],
  title: { size: 56, before: 0, after: 240, line: 240, bold: true, colour: COLOUR.brand },
  subtitle: { size: 30, before: 0, after: 200, line: 288, colour: COLOUR.accent },
  contentsTitle: { size: 34, before: 0, after: 240, line: 288, bold: true, colour: COLOUR.brand },
  listItem: { size: SIZE.body, before: 0, after: 60, line: 264 },
  tableText: { size: SIZE.table, before: 0, after: 0, line: 252 },
  listIndent: 567,
  /** Bullets inside a table cell sit closer to the edge: cells are narrow. */
  cellListIndent: 284,
} satisfies Record<string, unknown>;

export const STYLE_IDS = { tableText: 'TableText', tableHeader: 'TableHeader', contentsTitle: 'ContentsTitle' } as const;

/** A4 in twentieths of a point, with 2 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134, headerDistance: 567, footerDistance: 567 } as const;
export const PORTRAIT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const LANDSCAPE_WIDTH = PAGE.height - 2 * PAGE.margin;

/** The page a document is laid out on: the house A4, or the size and margins of the council's template. */
export interface PageGeometry {
  /** Portrait width and height, twentieths of a point. */
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
  /** The width text and tables take on a portrait page, and on a landscape one (the same margins, turned). */
  portrait: number;
  landscape: number;
}

export function pageGeometry(setup: Pick<PageGeometry, 'width' | 'height' | 'margin'> | null): PageGeometry {
  const { width, height, margin } = setup ?? {
    width: PAGE.width,
    height: PAGE.height,
    margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, header: PAGE.headerDistance, footer: PAGE.footerDistance },
  };
  return { width, height, margin, portrait: width - margin.left - margin.right, landscape: height - margin.left - margin.right };
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  /** #RRGGBB or RRGGBB. */
  colour?: string;
  /** Half-points. */
  size?: number;
  /** A character style id, such as "Hyperlink". */
  style?: string;
}

const hex = (colour: string) => colour.replace(/^#/, '').toUpperCase();

/**
 * Text as Word runs: sanitised, with line breaks as breaks and tabs as tabs. Every piece of text that
 * goes into an exported document passes through here.
 */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  const clean = sanitiseText(text);
  const base: IRunOptions = {};
  if (style.bold) Object.assign(base, { bold: true });
  if (style.italics) Object.assign(base, { italics: true });
  if (style.colour) Object.assign(base, { color: hex(style.colour) });
  if (style.size) Object.assign(base, { size: style.size });
  if (style.style) Object.assign(base, { style: style.style });
  const bold = !!style.bold;
  const size = style.size ?? 0;
  // Most text is one line without tabs or non-breaking hyphens: one run, no arrays made for it.
  if (!RUN_SPECIALS.test(clean))
    return [recordInline(new TextRun({ ...base, text: clean }), [{ text: clean, bold, size }])];
  return clean.split('\n').map((line, i) => {
    const children: (string | Tab | NoBreakHyphen)[] = [];
    for (const part of line.split(/([\t\u2011])/)) {
      if (part === '\t') children.push(new Tab());
      else if (part === NON_BREAKING_HYPHEN) children.push(new NoBreakHyphen());
      else if (part) children.push(part);
    }
    const run = new TextRun({ ...base, children, break: i > 0 ? 1 : undefined });
    const measured = line.replace(/\t/g, '    ').replace(/\u2011/g, '-');
    return recordInline(run, [{ text: (i > 0 ? '\n' : '') + measured, bold, size }]);
  });
}

/**
 * Characters a run writes as elements rather than text. U+2011 becomes Word's own w:noBreakHyphen, which
 * Word shows, prints and finds as an ordinary hyphen (a search for "FV26-1" matches), while the
 * character itself would not match a typed hyphen.
 */
const RUN_SPECIALS = /[\n\t\u2011]/;

/** A web or mail link; the address is sanitised like any other text. */
export function link(href: string, text: string, style: RunStyle = {}): ExternalHyperlink {
  const children = runs(text, { ...style, style: 'Hyperlink' });
  return recordInline(new ExternalHyperlink({ link: sanitiseText(href), children }), segmentsOf(children));
}

/** A link to a bookmark elsewhere in the document, such as a row of the evidence index. */
export function internalLink(anchor: string, text: string, style: RunStyle = {}): InternalHyperlink {
  const children = runs(text, { ...style, style: 'Hyperlink' });
  return recordInline(new InternalHyperlink({ anchor, children }), segmentsOf(children));
}

/** Text that a link can point to. */
export function bookmark(id: string, text: string, style: RunStyle = {}): Bookmark {
  const children = runs(text, style);
  return recordInline(new Bookmark({ id, children }), segmentsOf(children));
}

type ParaOptions = Omit<IParagraphOptions, 'children' | 'text'>;

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

function metricsFor(options: ParaOptions): StyleMetrics {
  if (options.heading) return HOUSE.headings[HEADINGS.indexOf(options.heading as (typeof HEADINGS)[number])] ?? HOUSE.body;
  if (options.numbering && options.style !== STYLE_IDS.tableText) return HOUSE.listItem;
  switch (options.style) {
    case 'Title':
      return HOUSE.title;
    case 'Subtitle':
      return HOUSE.subtitle;
    case STYLE_IDS.contentsTitle:
      return HOUSE.contentsTitle;
    case STYLE_IDS.tableText:
    case STYLE_IDS.tableHeader:
      return HOUSE.tableText;
    default:
      return HOUSE.body;
  }
}

function indentOf(options: ParaOptions): number {
  const indent = options.indent as { left?: number } | undefined;
  if (typeof indent?.left === 'number') return indent.left;
  if (!options.numbering) return 0;
  return (options.numbering as { reference: string }).reference === CELL_BULLET_LIST ? HOUSE.cellListIndent : HOUSE.listIndent;
}

export function para(
  content: string | readonly ParagraphChild[],
  options: ParaOptions = {},
  style: RunStyle = {},
  toc?: ParagraphModel['toc'],
): Paragraph {
  const children = typeof content === 'string' ? runs(content, style) : content;
  const m = metricsFor(options);
  const spacing = options.spacing as { before?: number; after?: number; line?: number } | undefined;
  return recordParagraph(new Paragraph({ ...options, children }), {
    segments: segmentsOf(children),
    size: m.size,
    bold: !!m.bold,
    before: spacing?.before ?? m.before,
    after: spacing?.after ?? m.after,
    line: spacing?.line ?? m.line,
    indent: indentOf(options),
    pageBreakBefore: !!options.pageBreakBefore,
    keepNext: !!options.heading || !!options.keepNext,
    toc,
  });
}

/** A paragraph holding a picture of a known height (pixels at 96 to the inch). */
export function pictureParagraph(child: ParagraphChild, heightPx: number, options: ParaOptions = {}): Paragraph {
  const spacing = options.spacing as { before?: number; after?: number } | undefined;
  return recordParagraph(new Paragraph({ ...options, children: [child] }), {
    segments: [],
    size: HOUSE.body.size,
    bold: false,
    before: spacing?.before ?? 0,
    after: spacing?.after ?? 0,
    // The document's line spacing, which the paragraph inherits: it spaces the descent under the picture.
    line: HOUSE.body.line,
    indent: 0,
    pageBreakBefore: false,
    keepNext: !!options.keepNext,
    fixedHeight: heightPx * 15,
  });
}

/** An italic, muted line: "No narrative has been written for this section." */
export function note(text: string, options: ParaOptions = {}): Paragraph {
  return para(text, options, { italics: true, colour: COLOUR.muted });
}

let headingBookmarks = 0;

/** Starts the numbering of heading bookmarks again, so the same pack always gives the same document. */
export function resetHeadingBookmarks(): void {
  headingBookmarks = 0;
}

/**
 * A built-in Word heading (Heading 1–6), so the contents field and Word's navigation pane find it.
 * Headings at the contents' levels carry a bookmark for a contents entry to link to.
 */
export function heading(content: string | readonly ParagraphChild[], level: number, options: ParaOptions = {}): Paragraph {
  const clamped = Math.min(Math.max(Math.round(level), 1), 6);
  if (clamped > TOC_LEVELS || typeof content !== 'string')
    return para(content, { ...options, heading: HEADINGS[clamped - 1] });
  const anchor = `_Sef_heading_${++headingBookmarks}`;
  return para([bookmark(anchor, content)], { ...options, heading: HEADINGS[clamped - 1] }, {}, {
    level: clamped,
    title: sanitiseText(content),
    anchor,
  });
}

/** The deepest heading level the contents can list. */
export const TOC_LEVELS = 3;

export function bulletItem(content: string | readonly ParagraphChild[], options: ParaOptions = {}): Paragraph {
  return para(content, { ...options, numbering: { reference: BULLET_LIST, level: 0 } });
}

export function numberedItem(content: string | readonly ParagraphChild[], instance: number, options: ParaOptions = {}): Paragraph {
  return para(content, { ...options, numbering: { reference: NUMBERED_LIST, level: 0, instance } });
}

export const BULLET_LIST = 'sef-bullets';
export const CELL_BULLET_LIST = 'sef-cell-bullets';
export const NUMBERED_LIST = 'sef-numbers';

// ---------------------------------------------------------------------------------------------------
// Tables

export interface CellSpec {
  /** Text, or paragraph content already built (runs, links), or whole paragraphs. */
  content: string | readonly ParagraphChild[] | readonly Paragraph[];
  /** Background colour, #RRGGBB. Text colour is then chosen for contrast. */
  fill?: string;
  bold?: boolean;
  italics?: boolean;
  align?: 'left' | 'center' | 'right';
  columnSpan?: number;
  /** Left indent of the text in the cell, twips (for areas within areas). */
  indent?: number;
  /** Text size in half-points, where the table's style is not wanted (a dense appendix). */
  size?: number;
  /** Further paragraphs under the content, in the same cell (muted ones in grey). */
  more?: { text: string; muted?: boolean; bold?: boolean }[];
  /** A bulleted list under the content (or in place of it, when the content is ''). */
  list?: string[];
}

export type Cell = string | CellSpec;

export interface Column {
  title: string;
  /** Share of the table's width; the shares are scaled to the width. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const thin = (color: string) => ({ style: BorderStyle.SINGLE, size: 4, color });
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };

function isParagraphs(content: CellSpec['content']): content is readonly Paragraph[] {
  return typeof content !== 'string' && content.length > 0 && content.every((c) => c instanceof Paragraph);
}

const textColours = new Map<string, string>();
/** Black or white, whichever reads on the fill; asked of each coloured cell, so remembered. */
function textOn(fill: string): string {
  let colour = textColours.get(fill);
  if (!colour) textColours.set(fill, (colour = textColourOn(`#${hex(fill)}`)));
  return colour;
}

/** Cell text in the TableText (or TableHeader) style, so runs carry only what differs from it. */
/** `columnAlign` is the column's alignment, which the cell's own overrides. */
function cellParagraphs(spec: CellSpec, header: boolean, keepNext: boolean, columnAlign: Column['align']): Paragraph[] {
  if (isParagraphs(spec.content)) return [...spec.content];
  const fillColour = spec.fill ? textOn(spec.fill) : undefined;
  const style: RunStyle = {
    bold: (!header && spec.bold) || undefined,
    italics: spec.italics,
    colour: fillColour && fillColour !== '#000000' ? fillColour : undefined,
    size: spec.size,
  };
  const align = spec.align ?? columnAlign;
  const options: ParaOptions = {
    style: header ? STYLE_IDS.tableHeader : STYLE_IDS.tableText,
    alignment: align && align !== 'left' ? ALIGN[align] : undefined,
    keepNext: keepNext || undefined,
    indent: spec.indent ? { left: spec.indent } : undefined,
  };
  // Most cells are one line of text: they take the short way, without the list and further-paragraph arrays.
  if (!spec.list?.length && !spec.more?.length) {
    if (typeof spec.content !== 'string') return [para(spec.content, options, style)];
    if (!spec.content.includes('\n\n')) return [para(spec.content, options, style)];
  }
  const list = (spec.list ?? []).map((item) =>
    para(item, { ...options, spacing: { before: 30 }, numbering: { reference: CELL_BULLET_LIST, level: 0 } }, style),
  );
  const more = [
    ...list,
    ...(spec.more ?? []).map((m) =>
      para(m.text, { ...options, spacing: { before: 40 } }, m.muted ? { ...style, colour: COLOUR.muted } : m.bold ? { ...style, bold: true } : style),
    ),
  ];
  if (spec.content === '' && more.length) return more;
  if (typeof spec.content === 'string') {
    // A blank line in a cell is a new paragraph, so long notes stay readable.
    const blocks = spec.content.split(/\n{2,}/);
    return [...blocks.map((b, i) => para(b, i ? { ...options, spacing: { before: 80 } } : options, style)), ...more];
  }
  return [para(spec.content, options, style), ...more];
}

interface MadeCell {
  cell: TableCell;
  paragraphs: Paragraph[];
  span: number;
}

function makeCell(cell: Cell, width: number, header: boolean, align: Column['align'], keepNext: boolean, stripe: boolean): MadeCell {
  const spec: CellSpec = typeof cell === 'string' ? { content: cell } : cell;
  // A grade's or a rating's colour is meaning and stays; the header's and the stripes' are the house look,
  // which a template's table style replaces.
  const houseFill = templateTableStyle ? undefined : header ? COLOUR.headerFill : stripe ? COLOUR.stripe : undefined;
  const fill = spec.fill ? hex(spec.fill) : houseFill;
  const paragraphs = cellParagraphs(spec, header, keepNext, align);
  return {
    // The cell's width comes from the table's column widths (docx writes it from them).
    cell: new TableCell({
      children: paragraphs,
      columnSpan: spec.columnSpan,
      shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
      verticalAlign: header ? VerticalAlignTable.BOTTOM : undefined,
    }),
    paragraphs,
    span: spec.columnSpan ?? 1,
  };
}

function scaleWidths(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export interface TableOptions {
  width: number;
  /** Alternate light shading on body rows. */
  striped?: boolean;
  /** Keep the whole table on one page when it fits (small tables only). */
  keepTogether?: boolean;
  /** Text a size smaller than the house table text, for long appendices. */
  dense?: boolean;
  /**
   * Rows that hold long lists may break across pages, as text does, rather than leave a page part empty
   * (a table of a few tall rows): those taller than a third of a page (TALL_ROW). No row is kept with the next.
   */
  rowsMaySplit?: boolean;
}

/**
 * The council's template's own table style, when the document is built in a template that has one: the
 * bordered tables then take it (its borders, header row and banding) in place of the house look. Set for
 * each document when its build context is made, as the heading bookmarks are numbered.
 */
let templateTableStyle: string | null = null;

export function setTemplateTableStyle(styleId: string | null): void {
  templateTableStyle = styleId;
}

function table(
  rows: { made: MadeCell[]; header: boolean; keepNext: boolean }[],
  widths: number[],
  width: number,
  borders: boolean,
  keepTogether: boolean,
  rowsMaySplit = false,
): Table {
  const line = borders ? thin(COLOUR.gridLine) : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const styled = borders && templateTableStyle;
  const model: TableModel = {
    widths,
    rows: rows.map((r) => ({
      cells: r.made.map((m) => ({ paragraphs: m.paragraphs, span: m.span })),
      repeat: r.header,
      keepNext: r.keepNext,
    })),
    cellMarginX: CELL_MARGINS.left,
    cellMarginY: CELL_MARGINS.top,
    keepTogether,
  };
  if (rowsMaySplit) {
    const { heights } = rowHeights(model);
    model.rows.forEach((row, i) => (row.maySplit = !row.repeat && heights[i]! > TALL_ROW));
  }
  const t = new Table({
    rows: rows.map(
      (r, i) => new TableRow({ tableHeader: r.header || undefined, cantSplit: !model.rows[i]!.maySplit || undefined, children: r.made.map((m) => m.cell) }),
    ),
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    ...(styled
      ? // The style's borders, its header row's look (when the table has one) and its banded rows.
        { style: templateTableStyle!, tableLook: { firstRow: rows[0]?.header ?? false, noVBand: true } }
      : { borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line } }),
  });
  return recordTable(t, model);
}

/**
 * In a table whose rows may split, the rows taller than this (a third of a page's text, about 8.5 cm) do;
 * shorter ones move whole to the next page. Allowed to split at any height, the demo board paper's
 * strengths row broke after one line of its area's name ("The experiences and progress of" / "care
 * leavers") and in the middle of a point, as LibreOffice does not keep a cell's lines together; whole,
 * a row of that size leaves at most a few lines empty at the foot of a page.
 */
const TALL_ROW = Math.round((PAGE.height - 2 * PAGE.margin) / 3);

/** A body row given with more than its cells: a group row names the rows below it (an area, say). */
export interface TableRowSpec {
  cells: Cell[];
  /** Spans the table as a heading for the rows after it: never left alone at the foot of a page. */
  group?: boolean;
}

/**
 * Which body rows keep with the row after them. A small table keeps together; otherwise the first two
 * rows stay with the header and the last two stay together, so no page holds one row of a table on its
 * own, and a group row always stays with its first row.
 */
export function rowsKeptWithNext(rows: readonly { group?: boolean }[], keepTogether: boolean): boolean[] {
  const n = rows.length;
  return rows.map((row, r) => r < n - 1 && (keepTogether || n <= 3 || r === 0 || r === n - 2 || !!row.group));
}

/**
 * A data table in the house style: a dark header row repeated on every page, thin grey rules, rows that
 * do not split across pages, and never one row alone on a page.
 */
export function dataTable(columns: Column[], rows: (Cell[] | TableRowSpec)[], options: TableOptions): Table {
  const widths = scaleWidths(columns.map((c) => c.weight), options.width);
  const widthAt = (i: number, span = 1) => widths.slice(i, i + span).reduce((a, b) => a + b, 0);
  const size = options.dense ? SIZE.dense : undefined;
  const sized = (cell: Cell): Cell => (size ? (typeof cell === 'string' ? { content: cell, size } : { ...cell, size }) : cell);
  const header = columns.map((c, i) => makeCell(sized({ content: c.title }), widthAt(i), true, c.align, true, false));
  const specs = rows.map((row): TableRowSpec => {
    const spec = Array.isArray(row) ? { cells: row } : row;
    return { ...spec, cells: spec.cells.map(sized) };
  });
  const kept = options.rowsMaySplit ? specs.map(() => false) : rowsKeptWithNext(specs, !!options.keepTogether);
  let stripe = 0;
  const body = specs.map((row, r) => {
    let col = 0;
    stripe = row.group ? 0 : stripe + 1;
    return row.cells.map((cell) => {
      const span = typeof cell === 'string' ? 1 : (cell.columnSpan ?? 1);
      const striped = !!options.striped && !row.group && stripe % 2 === 0;
      const made = makeCell(cell, widthAt(col, span), false, columns[col]?.align, kept[r]!, striped);
      col += span;
      return made;
    });
  });
  return table(
    [{ made: header, header: true, keepNext: true }, ...body.map((made, r) => ({ made, header: false, keepNext: kept[r]! }))],
    widths,
    options.width,
    true,
    !!options.keepTogether,
    !!options.rowsMaySplit,
  );
}

/** Label and value pairs, the label column lightly shaded: for grade boxes and the cover details. */
export function keyValueTable(rows: [string, Cell][], width: number, labelShare = 0.32, borders = true): Table {
  const widths = scaleWidths([labelShare, 1 - labelShare], width);
  const made = rows.map(([label, value], r) => {
    const keep = r < rows.length - 1;
    return {
      made: [
        makeCell({ content: label, bold: true, fill: borders && !templateTableStyle ? COLOUR.labelFill : undefined }, widths[0]!, false, 'left', keep, false),
        makeCell(value, widths[1]!, false, 'left', keep, false),
      ],
      header: false,
      keepNext: keep,
    };
  });
  return table(made, widths, width, borders, true);
}

/**
 * Blocks side by side in a table without borders or a header row (two charts to a row): each row a list
 * of cells, each cell whole paragraphs, a short row filled with empty cells. A row does not split over a
 * page; one marked keepNext stays on the page of the row after it (a row of names with its charts).
 */
export function layoutGrid(rows: { cells: Paragraph[][]; keepNext?: boolean }[], width: number): Table {
  const columns = Math.max(1, ...rows.map((r) => r.cells.length));
  const widths = scaleWidths(Array<number>(columns).fill(1), width);
  const made = rows.map((r) => ({
    made: widths.map((w, i) => makeCell({ content: r.cells[i] ?? '' }, w, false, 'left', !!r.keepNext, false)),
    header: false,
    keepNext: !!r.keepNext,
  }));
  return table(made, widths, width, false, false);
}

/** A grade as a word in a cell of the grade's colour, the text black or white for contrast. */
export function colouredCell(word: string, colour: string | null | undefined): CellSpec {
  return colour ? { content: word, fill: colour, bold: true } : { content: word };
}

// ---------------------------------------------------------------------------------------------------
// Headers and footers

export interface RunningText {
  /** The protective marking and any other handling words, printed bold and centred at top and bottom. */
  marking: string[];
  /** Printed at the left of the footer: organisation and short title. */
  footerLeft: string;
}

function markingParagraph(marking: string[], spacing: { before?: number; after?: number }): Paragraph {
  const text = marking.join('  ·  ');
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing,
    children: runs(text, { bold: true, size: SIZE.small, colour: COLOUR.ink }),
  });
}

export function runningHeader(text: RunningText): Header {
  return new Header({ children: [markingParagraph(text.marking, { after: 0 })] });
}

/** The footer of every page: who and what on the left, "Page X of Y" on the right, the marking below. */
export function runningFooter(text: RunningText, width: number, withPageNumbers: boolean): Footer {
  const pageRuns = withPageNumbers
    ? [
        new TextRun({
          size: SIZE.footer,
          color: COLOUR.muted,
          children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
        }),
      ]
    : [];
  const line = new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    spacing: { before: 0, after: 60 },
    border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule, space: 4 } },
    children: [...runs(text.footerLeft, { size: SIZE.footer, colour: COLOUR.muted }), ...pageRuns],
  });
  const marking = markingParagraph(text.marking, { before: 0, after: 0 });
  // The cover's footer carries the marking alone.
  return new Footer({ children: withPageNumbers || text.footerLeft ? [line, marking] : [marking] });
}
