// The floor for the Word export: what the docx library alone takes to build and pack a document with
// the same elements as one of ours (sections, paragraphs, runs and their text, tables, rows and cells,
// headers and footers) and the same formatting of each (paragraph styles, keep-with-next, alignment,
// indents and spacing; bold, italic, colour, size and character style of runs; cell fills and spans;
// rows that do not split and header rows; column widths), with none of our work: no database, no
// snapshot, no house-style helpers, no page estimate. The shape is read back from the document our
// export wrote, so the floor always has what ours has.
import JSZip from 'jszip';

export interface ShapeParagraph {
  p: { text: number; props: string }[];
  props: string;
}
export interface ShapeTable {
  t: { props: string; cells: { props: string; blocks: ShapeBlock[] }[] }[];
  grid: number[];
}
export type ShapeBlock = ShapeParagraph | ShapeTable;

export interface ShapeSection {
  landscape: boolean;
  blocks: ShapeBlock[];
}

export interface DocumentShape {
  sections: ShapeSection[];
  /** Each header and footer part, as blocks. */
  headerFooters: ShapeBlock[][];
  counts: { paragraphs: number; runs: number; tables: number; rows: number; cells: number; characters: number };
}

const TAG = /<(\/?)(w:p|w:pPr|w:r|w:rPr|w:t|w:tbl|w:tblGrid|w:gridCol|w:tr|w:trPr|w:tc|w:tcPr|w:sectPr|w:pgSz)(?=[\s>/])([^>]*?)(\/?)>|([^<]+)/g;

type Frame =
  | { kind: 'blocks'; blocks: ShapeBlock[] }
  | { kind: 'tbl'; table: ShapeTable }
  | { kind: 'tr'; row: ShapeTable['t'][number] }
  | { kind: 'tc'; cell: ShapeTable['t'][number]['cells'][number] }
  | { kind: 'p'; para: ShapeParagraph };

/** The block structure of a WordprocessingML part (document, header or footer). */
function blocksOf(xml: string, onSection?: (landscape: boolean, blocks: ShapeBlock[]) => void): ShapeBlock[] {
  const root: ShapeBlock[] = [];
  const stack: Frame[] = [{ kind: 'blocks', blocks: root }];
  let inText = false;
  let run: ShapeParagraph['p'][number] | null = null;
  let propsFrom = -1;
  let propsOf: 'p' | 'r' | 'tr' | 'tc' | null = null;
  let landscape = false;
  for (const m of xml.matchAll(TAG)) {
    const [whole, close, name, attrs, selfClosing, text] = m;
    const top = stack.at(-1)!;
    if (text !== undefined) {
      if (inText && run) run.text += text.length;
      continue;
    }
    const at = m.index!;
    switch (name) {
      case 'w:pgSz':
        landscape = /w:orient="landscape"/.test(attrs ?? '');
        break;
      case 'w:t':
        inText = !close && !selfClosing;
        break;
      case 'w:gridCol':
        if (top.kind === 'tbl') top.table.grid.push(Number(/w:w="(\d+)"/.exec(attrs ?? '')?.[1] ?? 0));
        break;
      case 'w:pPr':
      case 'w:rPr':
      case 'w:trPr':
      case 'w:tcPr': {
        const kind = ({ 'w:pPr': 'p', 'w:rPr': 'r', 'w:trPr': 'tr', 'w:tcPr': 'tc' } as const)[name];
        // A run's properties inside a paragraph's properties are the paragraph mark's: not a run.
        if (kind === 'r' && !run) break;
        if (!close) {
          propsFrom = at;
          propsOf = kind;
          if (selfClosing) propsOf = null;
        } else if (propsOf === kind) {
          const props = xml.slice(propsFrom, at + whole.length);
          if (kind === 'r' && run) run.props = props;
          else if (kind === 'p' && top.kind === 'p') top.para.props = props;
          else if (kind === 'tr' && top.kind === 'tr') top.row.props = props;
          else if (kind === 'tc' && top.kind === 'tc') top.cell.props = props;
          propsOf = null;
        }
        break;
      }
      case 'w:r':
        if (!close && top.kind === 'p') {
          run = { text: 0, props: '' };
          top.para.p.push(run);
          if (selfClosing) run = null;
        } else run = null;
        break;
      case 'w:sectPr':
        if (close || selfClosing) {
          const first = stack[0]!;
          const body = first.kind === 'blocks' ? first.blocks : [];
          onSection?.(landscape, body);
          stack[0] = { kind: 'blocks', blocks: [] };
        }
        break;
      default:
        if (!close && !selfClosing) {
          if (name === 'w:p') stack.push({ kind: 'p', para: { p: [], props: '' } });
          else if (name === 'w:tbl') stack.push({ kind: 'tbl', table: { t: [], grid: [] } });
          else if (name === 'w:tr') stack.push({ kind: 'tr', row: { props: '', cells: [] } });
          else if (name === 'w:tc') stack.push({ kind: 'tc', cell: { props: '', blocks: [] } });
        } else if (close && name !== 'w:tblGrid') {
          const done = stack.pop()!;
          const parent = stack.at(-1)!;
          const block = done.kind === 'p' ? done.para : done.kind === 'tbl' ? done.table : null;
          if (block && parent.kind === 'blocks') parent.blocks.push(block);
          else if (block && parent.kind === 'tc') parent.cell.blocks.push(block);
          else if (done.kind === 'tr' && parent.kind === 'tbl') parent.table.t.push(done.row);
          else if (done.kind === 'tc' && parent.kind === 'tr') parent.row.cells.push(done.cell);
        }
    }
  }
  return root;
}

function count(blocks: ShapeBlock[], c: DocumentShape['counts']): void {
  for (const b of blocks)
    if ('p' in b) {
      c.paragraphs += 1;
      c.runs += b.p.length;
      c.characters += b.p.reduce((x, y) => x + y.text, 0);
    } else {
      c.tables += 1;
      for (const row of b.t) {
        c.rows += 1;
        for (const cell of row.cells) {
          c.cells += 1;
          count(cell.blocks, c);
        }
      }
    }
}

/** The shape of a .docx our export wrote. */
export async function shapeOf(docx: Buffer): Promise<DocumentShape> {
  const zip = await JSZip.loadAsync(docx);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const sections: ShapeSection[] = [];
  // A section's properties end it: the blocks before them (since the last ones) are its content.
  blocksOf(documentXml, (landscape, blocks) => sections.push({ landscape, blocks }));
  const headerFooters: ShapeBlock[][] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d+\.xml$/.test(n)))
    headerFooters.push(blocksOf(await zip.file(name)!.async('string')));
  const counts = { paragraphs: 0, runs: 0, tables: 0, rows: 0, cells: 0, characters: 0 };
  for (const s of sections) count(s.blocks, counts);
  return { sections, headerFooters, counts };
}

const attr = (xml: string, element: string, name: string) =>
  new RegExp(`<w:${element}\\b[^>]*\\sw:${name}="([^"]*)"`).exec(xml)?.[1];
const has = (xml: string, element: string) => new RegExp(`<w:${element}[\\s/>]`).test(xml);
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

/** The shape as docx's options, worked out before the floor's clock starts. */
type ParagraphPlan = { options: Record<string, unknown>; runs: Record<string, unknown>[] };
type CellPlan = { options: Record<string, unknown>; blocks: BlockPlan[] };
type TablePlan = { columnWidths: number[]; rows: { options: Record<string, unknown>; cells: CellPlan[] }[] };
type BlockPlan = { paragraph: ParagraphPlan } | { table: TablePlan };
export interface FloorPlan {
  sections: { landscape: boolean; blocks: BlockPlan[] }[];
  header: BlockPlan[];
  footer: BlockPlan[];
}

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function planBlocks(blocks: ShapeBlock[]): BlockPlan[] {
  return blocks.map((b): BlockPlan => {
    if ('p' in b) {
      const pp = b.props;
      const left = num(attr(pp, 'ind', 'left'));
      const hanging = num(attr(pp, 'ind', 'hanging'));
      const before = num(attr(pp, 'spacing', 'before'));
      const after = num(attr(pp, 'spacing', 'after'));
      return {
        paragraph: {
          options: defined({
            style: attr(pp, 'pStyle', 'val'),
            keepNext: has(pp, 'keepNext') || undefined,
            pageBreakBefore: has(pp, 'pageBreakBefore') || undefined,
            alignment: attr(pp, 'jc', 'val'),
            indent: left !== undefined || hanging !== undefined ? defined({ left, hanging }) : undefined,
            spacing: before !== undefined || after !== undefined ? defined({ before, after }) : undefined,
          }),
          runs: b.p.map(({ text, props: rp }) =>
            defined({
              text: 'x'.repeat(text),
              bold: has(rp, 'b') || undefined,
              italics: has(rp, 'i') || undefined,
              color: attr(rp, 'color', 'val'),
              size: num(attr(rp, 'sz', 'val')),
              style: attr(rp, 'rStyle', 'val'),
            }),
          ),
        },
      };
    }
    return {
      table: {
        columnWidths: b.grid,
        rows: b.t.map((row) => ({
          options: defined({ cantSplit: has(row.props, 'cantSplit') || undefined, tableHeader: has(row.props, 'tblHeader') || undefined }),
          cells: row.cells.map((cell) => {
            const fill = attr(cell.props, 'shd', 'fill');
            return {
              options: defined({
                columnSpan: num(attr(cell.props, 'gridSpan', 'val')),
                shading: fill ? { type: 'clear', color: 'auto', fill } : undefined,
                verticalAlign: attr(cell.props, 'vAlign', 'val'),
              }),
              blocks: planBlocks(cell.blocks),
            };
          }),
        })),
      },
    };
  });
}

export function planFloor(shape: DocumentShape): FloorPlan {
  return {
    sections: shape.sections.map((s) => ({ landscape: s.landscape, blocks: planBlocks(s.blocks) })),
    header: planBlocks(shape.headerFooters[0] ?? []),
    footer: planBlocks(shape.headerFooters.at(-1) ?? []),
  };
}

/** Builds and packs the plan with docx alone. */
export async function buildFloor(plan: FloorPlan): Promise<Buffer> {
  const { Document, Footer, Header, Packer, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun } = await import('docx');
  type Block = InstanceType<typeof Paragraph> | InstanceType<typeof Table>;
  const toBlocks = (blocks: BlockPlan[]): Block[] =>
    blocks.map((b) =>
      'paragraph' in b
        ? new Paragraph({ ...b.paragraph.options, children: b.paragraph.runs.map((r) => new TextRun(r)) })
        : new Table({
            columnWidths: b.table.columnWidths,
            layout: TableLayoutType.FIXED,
            rows: b.table.rows.map(
              (row) =>
                new TableRow({
                  ...row.options,
                  children: row.cells.map((cell) => {
                    const children = toBlocks(cell.blocks);
                    return new TableCell({ ...cell.options, children: children.length ? children : [new Paragraph({})] });
                  }),
                }),
            ),
          }),
    );
  const document = new Document({
    sections: plan.sections.map((s) => ({
      properties: { page: { size: { orientation: s.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } },
      headers: { default: new Header({ children: toBlocks(plan.header) as InstanceType<typeof Paragraph>[] }) },
      footers: { default: new Footer({ children: toBlocks(plan.footer) as InstanceType<typeof Paragraph>[] }) },
      children: toBlocks(s.blocks),
    })),
  });
  return Packer.toBuffer(document);
}
