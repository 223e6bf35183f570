// A quick estimate of where the pages of an exported document break, for the page numbers of its
// contents. docx's own layout (docx/layout) lays pages out as Word does, but takes about a quarter of a
// millisecond a word; for very large packs that is minutes, so those use this estimate instead, which
// follows our own house style closely: Arial (as Liberation Sans, its metric twin) advance widths,
// greedy word wrap, paragraph spacing, lists, tables whose rows do not split and whose header row
// repeats, headings kept with what follows, and chapters that start on a new page. Word recomputes the
// contents when it opens the document (updateFields), so an estimate that is a page out is corrected
// there; LibreOffice shows it as written.
import type { Paragraph, Table, TableOfContents } from 'docx';

/** Advance widths of Liberation Sans (metrically identical to Arial), in 1/2048 em, for U+0020–U+007E. */
const REGULAR = [
  569, 569, 727, 1139, 1139, 1821, 1366, 391, 682, 682, 797, 1196, 569, 682, 569, 569, 1139, 1139, 1139, 1139, 1139,
  1139, 1139, 1139, 1139, 1139, 569, 569, 1196, 1196, 1196, 1139, 2079, 1366, 1366, 1479, 1479, 1366, 1251, 1593, 1479,
  569, 1024, 1366, 1139, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366, 1251, 569, 569,
  569, 961, 1139, 682, 1139, 1139, 1024, 1139, 1139, 569, 1139, 1139, 455, 455, 1024, 455, 1706, 1139, 1139, 1139, 1139,
  682, 1024, 569, 1139, 1024, 1479, 1024, 1024, 1024, 684, 532, 684, 1196,
];
const BOLD = [
  569, 682, 971, 1139, 1139, 1821, 1479, 487, 682, 682, 797, 1196, 569, 682, 569, 569, 1139, 1139, 1139, 1139, 1139,
  1139, 1139, 1139, 1139, 1139, 682, 682, 1196, 1196, 1196, 1251, 1997, 1479, 1479, 1479, 1479, 1366, 1251, 1593, 1479,
  569, 1139, 1479, 1251, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366, 1251, 682, 569,
  682, 1196, 1139, 682, 1139, 1251, 1139, 1251, 1139, 682, 1251, 1251, 569, 569, 1139, 569, 1821, 1251, 1251, 1251, 1251,
  797, 1139, 682, 1251, 1139, 1593, 1139, 1139, 1024, 797, 573, 797, 1196,
];
/** Punctuation outside ASCII that reports use: quotes, dashes, ellipsis, bullet, pound, euro. */
const SPECIAL: Record<string, [number, number]> = {
  '\u2018': [455, 569], '\u2019': [455, 569], '\u201C': [682, 1024], '\u201D': [682, 1024], '\u2013': [1139, 1139],
  '\u2014': [2048, 2048], '\u2026': [2048, 2048], '\u2022': [717, 717], '\u00B7': [569, 569], '\u00A3': [1139, 1139],
  '\u20AC': [1139, 1139],
};
const AVERAGE = [1040, 1120] as const;

function charWidth(ch: string, bold: boolean): number {
  const code = ch.charCodeAt(0);
  if (code >= 0x20 && code <= 0x7e && ch.length === 1) return (bold ? BOLD : REGULAR)[code - 0x20]!;
  const special = SPECIAL[ch];
  if (special) return special[bold ? 1 : 0];
  // An accented letter is as wide as its base letter; anything else (Hebrew, emoji) as an average letter.
  const base = ch.normalize('NFD')[0];
  if (base && base !== ch && base.charCodeAt(0) <= 0x7e) return charWidth(base, bold);
  return AVERAGE[bold ? 1 : 0];
}

/** Width in twips of text at a size in half-points. */
export function textWidth(text: string, halfPoints: number, bold: boolean): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, bold);
  return (units / 2048) * halfPoints * 10;
}

export interface Segment {
  text: string;
  bold: boolean;
  /** Half-points. */
  size: number;
}

/** The size and weight a segment takes when it does not say (its paragraph's style). */
export interface SegmentDefaults {
  size: number;
  bold: boolean;
}

/**
 * How many lines the segments take in the width (twips), wrapping at spaces (and after hyphens, as in
 * "multi-agency") as Word does. One pass over the characters with no strings made: it runs for every
 * paragraph of a 400-page pack.
 */
export function countLines(segments: readonly Segment[], width: number, defaults: SegmentDefaults = { size: 0, bold: false }): number {
  let lines = 1;
  let x = 0;
  let word = 0;
  const place = () => {
    if (word === 0) return;
    if (x > 0 && x + word > width) {
      lines += 1;
      x = 0;
    }
    if (word > width) {
      // A word longer than the line breaks across lines.
      lines += Math.floor(word / width);
      x = word % width;
    } else x += word;
    word = 0;
  };
  for (const seg of segments) {
    const bold = seg.bold || defaults.bold;
    const scale = ((seg.size || defaults.size) * 10) / 2048;
    const table = bold ? BOLD : REGULAR;
    const text = seg.text;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        place();
        lines += 1;
        x = 0;
      } else if (code === 32) {
        place();
        x += 569 * scale;
      } else if (code > 32 && code <= 0x7e) {
        word += table[code - 0x20]! * scale;
        if (code === 45 && i + 1 < text.length && text.charCodeAt(i + 1) !== 32) place();
      } else if (code >= 0xd800 && code <= 0xdbff) {
        // A character beyond the Basic Multilingual Plane (an emoji): an average letter.
        word += AVERAGE[bold ? 1 : 0] * scale;
        i += 1;
      } else word += charWidth(text[i]!, bold) * scale;
    }
    // A run ends a piece of text that can break, as each segment was measured on its own before.
    place();
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------------
// What the helpers in word.ts record about the blocks they make.

export interface ParagraphModel {
  /** The text of the runs; a segment's size 0 and bold false mean the paragraph's own. */
  segments: Segment[];
  /** Size of an empty line and of text that gives none, half-points. */
  size: number;
  /** Whether text that says nothing of its weight is bold (a heading). */
  bold: boolean;
  before: number;
  after: number;
  /** Line spacing in 240ths of single spacing. */
  line: number;
  indent: number;
  pageBreakBefore: boolean;
  keepNext: boolean;
  /** A fixed height (a picture), twips. */
  fixedHeight?: number;
  /** A heading the contents lists. */
  toc?: { level: number; title: string; anchor: string };
  /** The same paragraph starting a new page, put in its place when its opening would be stranded (newPageIfStranded). */
  onNewPage?: Paragraph;
}

export interface TableModel {
  /** Width of each column, twips. */
  widths: number[];
  /** Each row as its cells: the paragraphs in the cell and the columns it spans. */
  /** `maySplit`: the row may break across pages (a tall one, in a table whose rows may). */
  rows: { cells: { paragraphs: Paragraph[]; span: number }[]; repeat: boolean; keepNext: boolean; maySplit?: boolean }[];
  cellMarginX: number;
  cellMarginY: number;
  keepTogether: boolean;
}

// What was recorded, kept on the block itself under this module's symbols and let go of once the pages
// are estimated (forgetMeasurements): the blocks live on until the document is packed, and so would
// everything recorded about them. WeakMaps did the same job, but a WeakMap of tens of thousands of blocks
// in a large heap costs about a microsecond a look-up or entry, which for the large pack's 20,000
// paragraphs and 30,000 runs (each recorded, then read for its paragraph and again by the estimate) came
// to a tenth of laying the document out.
const PARAGRAPH = Symbol('paragraph model');
const TABLE = Symbol('table model');
const INLINE = Symbol('inline text');
// Each block measured once. Looking ahead for what a heading is kept with measured the blocks after it
// (a table's every row, for the first few) and the walk then measured them again; a chain of headings
// measured each paragraph below it once for every heading above it.
const LINES = Symbol('lines in a width');
const ROWS = Symbol('row heights');

interface Recorded {
  [PARAGRAPH]?: ParagraphModel;
  [TABLE]?: TableModel;
  [INLINE]?: Segment[];
}
interface MeasuredParagraph extends ParagraphModel {
  [LINES]?: { width: number; lines: ParagraphLines };
}
interface MeasuredTable extends TableModel {
  [ROWS]?: RowHeights;
}

let recorded: Recorded[] = [];

/** Drops every model recorded so far, so packing the document does not carry them. */
export function forgetMeasurements(): void {
  // Set to undefined rather than deleted: deleting a property would turn every block into a slower
  // dictionary-mode object for the packing that follows.
  for (const block of recorded) {
    if (block[PARAGRAPH]) block[PARAGRAPH] = undefined;
    if (block[TABLE]) block[TABLE] = undefined;
    if (block[INLINE]) block[INLINE] = undefined;
  }
  recorded = [];
}
const modelOf = (block: object): ParagraphModel | undefined => (block as Recorded)[PARAGRAPH];
const tableOf = (block: object): TableModel | undefined => (block as Recorded)[TABLE];
/** What was recorded about a paragraph or table: for checking the estimate against docx's layoutDocument. */
export const paragraphModelOf = modelOf;
export const tableModelOf = tableOf;

export function recordParagraph(p: Paragraph, model: ParagraphModel): Paragraph {
  (p as Recorded)[PARAGRAPH] = model;
  recorded.push(p as Recorded);
  return p;
}

/**
 * A heading that opens a part (a chapter: its heading, its grade box, the first question's heading): when
 * the estimate finds too little of the page left for that opening and two lines of text under it, the
 * heading is replaced by `onNewPage`, the same heading with a page break before it. Keeping it with the
 * text by keep-with-next alone left the heading and the box at the foot of a page (a table is kept with
 * what follows it only by its rows' paragraphs, which LibreOffice and Word's layout do not follow alike),
 * and the estimate could not tell where the text would land. An explicit break puts it where every
 * layout puts it.
 */
export function newPageIfStranded(heading: Paragraph, onNewPage: Paragraph): Paragraph {
  const model = modelOf(heading);
  if (model) model.onNewPage = onNewPage;
  return heading;
}

/** Lines of text under an opening that must share its page: Word's and LibreOffice's orphan control asks two. */
const OPENING_LINES = 2;
/** Room to spare beyond the estimate's own figure for an opening, since a break too few strands the heading. */
const OPENING_MARGIN = 2 * 280;

/** The height of a part's opening from block `from`: its headings and tables, then two lines of its first text. */
function openingHeight(children: readonly Block[], from: number, width: number): number {
  let height = 0;
  let after = 0;
  for (let k = from; k < children.length; k++) {
    const m = modelOf(children[k]!);
    const t = tableOf(children[k]!);
    if (t) {
      height += after + rowHeights(t).heights.reduce((a, b) => a + b, 0);
      after = 0;
      continue;
    }
    if (!m) return height;
    const { lines, lineHeight } = paragraphLines(m, width);
    const gap = k === from ? 0 : Math.max(after, m.before);
    if (!m.keepNext) return height + gap + Math.min(lines, OPENING_LINES) * lineHeight;
    height += gap + lines * lineHeight;
    after = m.after;
  }
  return height;
}

export function recordTable(t: Table, model: TableModel): Table {
  (t as Recorded)[TABLE] = model;
  recorded.push(t as Recorded);
  return t;
}

/** Records the text an inline object (a run, a link, a bookmark) puts on the line. */
export function recordInline<T extends object>(inline: T, segments: Segment[]): T {
  (inline as Recorded)[INLINE] = segments;
  recorded.push(inline as Recorded);
  return inline;
}

export function segmentsOf(children: readonly object[]): Segment[] {
  // Most paragraphs are one run: its segments as they are, no new array.
  if (children.length === 1) return (children[0] as Recorded)[INLINE] ?? [];
  const out: Segment[] = [];
  for (const child of children) {
    const segments = (child as Recorded)[INLINE];
    if (segments) for (const segment of segments) out.push(segment);
  }
  return out;
}

/** Liberation Sans's descent below the baseline, as a fraction of its size. */
const DESCENT = 434 / 2048;

/** Line height in twips of Arial at the size (half-points) with the line spacing (240ths). */
function lineHeight(size: number, line: number): number {
  return size * 10 * 1.15 * (line / 240);
}

// ---------------------------------------------------------------------------------------------------
// Pagination

export interface PageArea {
  width: number;
  height: number;
}

export interface EstimatedHeading {
  level: number;
  title: string;
  anchor: string;
  page: number;
}

type Block = Paragraph | Table | TableOfContents | object;

/**
 * Lines of a paragraph and their height, in a given width. With line spacing above single, the extra
 * space is added below each line's text, and the last line on a page only needs its text to fit: the
 * extra (the overhang) may run into the bottom margin. Leaving the overhang out of the fit test made the
 * estimate push a paragraph that LibreOffice keeps at the foot of a page on to the next one, and every
 * later page number came out one too high.
 */
type ParagraphLines = { lines: number; lineHeight: number; overhang: number };

function paragraphLines(model: MeasuredParagraph, width: number): ParagraphLines {
  const known = model[LINES];
  if (known?.width === width) return known.lines;
  const lines = measureLines(model, width);
  model[LINES] = { width, lines };
  return lines;
}

function measureLines(model: ParagraphModel, width: number): ParagraphLines {
  if (model.fixedHeight !== undefined) {
    // A picture stands on the baseline: the line is the picture and the font's descent under it, spaced
    // as the paragraph's lines are (54 twips under a chart in body text, as LibreOffice lays it out).
    const descent = DESCENT * model.size * 10 * (model.line / 240);
    return { lines: 1, lineHeight: model.fixedHeight + descent, overhang: 0 };
  }
  const lines = model.segments.length ? countLines(model.segments, width - model.indent, model) : 1;
  // The line is as tall as the largest text on it; the paragraph's own size counts only for text that
  // gives none, or for an empty line. Starting from the paragraph's size made every line of a dense
  // table (8.5 pt text in a 9.5 pt style) 24 twips too tall.
  let largest = model.segments.length ? 0 : model.size;
  for (const s of model.segments) largest = Math.max(largest, s.size || model.size);
  const lh = lineHeight(largest, model.line);
  return { lines, lineHeight: lh, overhang: Math.max(0, lh - lineHeight(largest, 240)) };
}

function paragraphHeight(model: ParagraphModel, width: number): number {
  const { lines, lineHeight: lh } = paragraphLines(model, width);
  return model.before + lines * lh + model.after;
}

function cellHeight(paras: Paragraph[], width: number): number {
  return paras.reduce((sum, p) => {
    const m = modelOf(p);
    return sum + (m ? paragraphHeight(m, width) : 300);
  }, 0);
}

/** The rule between table rows: half a point. */
const RULE = 10;

type RowHeights = { heights: number[]; repeat: number };

/** Each row's estimated height (twips) and the height of the header rows repeated on every page. */
export function rowHeights(model: MeasuredTable): RowHeights {
  return (model[ROWS] ??= measureRows(model));
}

function measureRows(model: TableModel): RowHeights {
  const heights = model.rows.map((row) => {
    let col = 0;
    let tallest = 0;
    for (const cell of row.cells) {
      const width = model.widths.slice(col, col + cell.span).reduce((a, b) => a + b, 0) - 2 * model.cellMarginX;
      tallest = Math.max(tallest, cellHeight(cell.paragraphs, width));
      col += cell.span;
    }
    // A row is its cell margins, its text and the half-point rule under it (10 twips), as LibreOffice
    // measures: leaving the rule out only looked right while dense text was measured a size too large.
    return tallest + 2 * model.cellMarginY + RULE;
  });
  const repeat = model.rows.reduce((sum, row, i) => (row.repeat ? sum + heights[i]! : sum), 0);
  return { heights, repeat };
}

/**
 * Walks the sections' blocks page by page and returns the page each contents heading lands on and the
 * number of pages. tocEntries is how many entries the contents will have, for its own height.
 */
export function estimatePages(
  sections: readonly { area: PageArea; children: readonly Block[] }[],
  tocEntries: number,
  /** Told the page each block starts on, for checking the estimate against a real layout. */
  trace?: (block: Block, page: number, used: number) => void,
): { headings: EstimatedHeading[]; pages: number } {
  const headings: EstimatedHeading[] = [];
  let page = 0;
  for (const section of sections) {
    page += 1;
    const { width, height } = section.area;
    let used = 0;
    // Word puts the larger of one paragraph's space after and the next one's space before between them,
    // and drops the space before at the top of a page that the text flowed on to (not after a break).
    let pendingAfter = 0;
    let flowedOn = false;
    const newPage = (flowed: boolean) => {
      page += 1;
      used = 0;
      pendingAfter = 0;
      flowedOn = flowed;
    };
    const gapBefore = (before: number) => (used === 0 ? (flowedOn ? 0 : before) : Math.max(pendingAfter, before));
    const children = section.children;
    for (let i = 0; i < children.length; i++) {
      let block = children[i]!;
      let p = modelOf(block);
      const t = tableOf(block);
      if (p?.onNewPage && used > 0 && used + gapBefore(p.before) + openingHeight(children, i, width) + OPENING_MARGIN > height) {
        // The section's own list of blocks, which the document is made from: the opening starts a page.
        (children as Block[])[i] = block = p.onNewPage;
        p = modelOf(block)!;
      }
      if (p) {
        if (p.pageBreakBefore && used > 0) newPage(false);
        const { lines, lineHeight: lh, overhang } = paragraphLines(p, width);
        let gap = gapBefore(p.before);
        const body = lines * lh;
        if (p.keepNext && used > 0 && used + gap + keptChainHeight(children, i, width, height) > height) {
          // A heading goes to the next page with what it is kept with.
          newPage(true);
          gap = 0;
        }
        if (p.toc) headings.push({ ...p.toc, page });
        used += gap;
        trace?.(block, page, used);
        if (used + body - overhang <= height) used += body;
        else {
          // Lines flow on to the following pages.
          let remaining = lines;
          while (remaining > 0) {
            let fit = Math.max(0, Math.floor((height - used + overhang) / lh));
            // Widow and orphan control: never one line of a paragraph alone at the foot or head of a page.
            if (fit < remaining) {
              if (remaining - fit === 1) fit = Math.max(0, fit - 1);
              if (fit === 1) fit = 0;
            }
            if (fit >= remaining) {
              used += remaining * lh;
              remaining = 0;
            } else {
              remaining -= fit;
              newPage(true);
            }
          }
        }
        pendingAfter = p.after;
      } else if (t) {
        const { heights, repeat } = rowHeights(t);
        const total = heights.reduce((a, b) => a + b, 0);
        if (t.keepTogether && used > 0 && used + pendingAfter + total > height && total <= height) newPage(true);
        used += used === 0 ? 0 : pendingAfter;
        trace?.(block, page, used);
        // Rows kept with the next one go to a new page together when they do not fit (as Word and
        // LibreOffice move a chain of keep-with-next rows), unless the chain is longer than a page.
        const chainFrom = (r: number) => {
          let h = 0;
          for (let k = r; k < heights.length; k++) {
            h += heights[k]!;
            if (!t.rows[k]!.keepNext) break;
          }
          return h;
        };
        heights.forEach((h, r) => {
          const startsChain = r === 0 || !t.rows[r - 1]!.keepNext;
          const pageTop = t.rows[r]!.repeat ? 0 : repeat;
          const fits = (need: number) => used + need <= height;
          if (t.rows[r]!.maySplit && used + h > height) {
            // The row runs on to the next pages, under the repeated header.
            let rest = used + h - height;
            while (rest > 0) {
              newPage(true);
              used = repeat + rest;
              rest = used - height;
            }
            return;
          }
          if (used > pageTop && ((startsChain && !fits(chainFrom(r)) && chainFrom(r) <= height - pageTop) || !fits(h))) {
            newPage(true);
            if (!t.rows[r]!.repeat) used += repeat;
          }
          used += h;
        });
        pendingAfter = 0;
      } else {
        // The contents: one line an entry, with the spacing of the TOC styles.
        trace?.(block, page, used);
        used += tocEntries * 420;
        while (used > height) {
          used -= height;
          page += 1;
        }
        pendingAfter = 0;
      }
    }
  }
  return { headings, pages: page };
}

/**
 * The height from the top of a paragraph kept with the next to the first line of the first block that is
 * not: a heading, the heading under it and the intro kept with a table move to the next page together,
 * as Word and LibreOffice move the whole chain. Checking only the next block's first line left the first
 * heading of a chain at the foot of a page on its own ("Performance data" above an indicator's heading
 * and chart), and every later page number of the chapter came out a page early. A chain taller than a
 * page cannot move as one: then only the paragraph and the first line after it are kept together.
 */
function keptChainHeight(children: readonly Block[], from: number, width: number, pageHeight: number): number {
  const model = modelOf(children[from]!)!;
  const paragraphBody = (m: ParagraphModel) => {
    const { lines, lineHeight: lh } = paragraphLines(m, width);
    return lines * lh;
  };
  let height = paragraphBody(model);
  let after = model.after;
  for (let k = from + 1; k < children.length; k++) {
    const next = children[k]!;
    const m = modelOf(next);
    if (m?.keepNext && !m.pageBreakBefore) {
      height += Math.max(after, m.before) + paragraphBody(m);
      after = m.after;
      continue;
    }
    if (m?.pageBreakBefore) return height;
    const first = firstLineHeight(next, width);
    const total = height + Math.max(after, first.before) + first.height - first.overhang;
    if (total <= pageHeight || k === from + 1) return total;
    // Too tall to move as one: keep the paragraph with the first line of the next block only.
    const second = firstLineHeight(children[from + 1]!, width);
    return paragraphBody(model) + Math.max(model.after, second.before) + second.height - second.overhang;
  }
  return height;
}

function firstLineHeight(block: Block, width: number): { before: number; height: number; overhang: number } {
  const p = modelOf(block);
  if (p) {
    const { lineHeight: height, overhang } = paragraphLines(p, width);
    return { before: p.before, height, overhang };
  }
  const t = tableOf(block);
  if (t) {
    // A heading stays with the table's first rows: those kept together with the first (the whole table
    // when it keeps together), and at least the header and one row.
    const { heights } = rowHeights(t);
    let height = 0;
    for (let r = 0; r < heights.length; r++) {
      height += heights[r]!;
      if (r >= 1 && !t.rows[r]!.keepNext) break;
    }
    return { before: 0, height, overhang: 0 };
  }
  return { before: 0, height: 0, overhang: 0 };
}
