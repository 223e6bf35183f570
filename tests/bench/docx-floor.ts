// The floor for the Word export: what the docx library alone takes to build and pack a document with
// the same elements as one of ours (sections, paragraphs, runs and their text, tables, rows and cells,
// headers and footers) and the same formatting of each (paragraph styles, keep-with-next, alignment,
// indents and spacing; bold, italic, colour, size and character style of runs; cell fills and spans;
// rows that do not split and header rows; column widths), with none of our work: no database, no
// snapshot, no house-style helpers, no page estimate. The shape is read back from the document our
// export wrote, so the floor always has what ours has: the same pictures (the very PNG files, at the same
// size and with alternative text as long, since docx must carry them too; drawing them is our cost, not
// the floor's), links inside the document and out of it, bookmarks, tabs and tab stops, list numbering,
// cell margins and the cover's own header and footer. Left out: the contents' field codes and its
// content control (a few elements), table borders and cell widths (docx writes its own).
//
// It is compiled as ours is (pack.ts: docx's own compiler) and packed as docx's Packer packs it, the XML
// deflated by fflate at its default level, but for the pictures, which it stores as they are, as ours
// does: Packer.toBuffer deflates the PNG files again, which took about 100 ms of CPU for the demo's
// fifteen charts and saved nothing, and a floor that did it would flatter us. (Ours deflates the XML with
// Node's zlib instead, which is quicker: that is our gain, not the floor's.)
import { zipSync, type ZippableFile } from 'fflate';
import JSZip from 'jszip';
import { documentFiles } from '../../src/core/export/pack';

/** A picture: its file in the package, its size on the page in pixels, and how long its name and description are. */
export interface ShapePicture {
  media: string;
  width: number;
  height: number;
  name: number;
  description: number;
}
export interface ShapeRun {
  text: number;
  props: string;
  /** Tabs in the run, written after its text. */
  tabs?: number;
  /** The link the run is in: a bookmark's name, or '' for a link out of the document. */
  link?: string;
  picture?: ShapePicture;
}
export interface ShapeParagraph {
  p: ShapeRun[];
  props: string;
  /** The bookmark around the paragraph's runs (our headings and evidence entries have one each). */
  bookmark?: string;
}
export interface ShapeTable {
  t: { props: string; cells: { props: string; blocks: ShapeBlock[] }[] }[];
  grid: number[];
  props: string;
}
export type ShapeBlock = ShapeParagraph | ShapeTable;

export interface ShapeSection {
  landscape: boolean;
  /** The section's first page has a header and footer of its own (the cover's). */
  titlePage: boolean;
  blocks: ShapeBlock[];
}

export interface DocumentShape {
  sections: ShapeSection[];
  /** Each header and footer part, as blocks. */
  headers: ShapeBlock[][];
  footers: ShapeBlock[][];
  /** The pictures' files, base64, by their path in the package. */
  media: Record<string, string>;
  counts: { paragraphs: number; runs: number; tables: number; rows: number; cells: number; characters: number; pictures: number };
}

const TAG =
  /<(\/?)(w:p|w:pPr|w:r|w:rPr|w:t|w:tab|w:tbl|w:tblPr|w:tblGrid|w:gridCol|w:tr|w:trPr|w:tc|w:tcPr|w:sectPr|w:pgSz|w:titlePg|w:hyperlink|w:bookmarkStart|wp:extent|wp:docPr|a:blip)(?=[\s>/])([^>]*?)(\/?)>|([^<]+)/g;

const EMU_PER_PIXEL = 9525;

type Frame =
  | { kind: 'blocks'; blocks: ShapeBlock[] }
  | { kind: 'tbl'; table: ShapeTable }
  | { kind: 'tr'; row: ShapeTable['t'][number] }
  | { kind: 'tc'; cell: ShapeTable['t'][number]['cells'][number] }
  | { kind: 'p'; para: ShapeParagraph };

const xmlAttr = (attrs: string | undefined, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs ?? '')?.[1];
/** How many characters an attribute's value stands for, its entities read as one each. */
const textLength = (value: string | undefined) => (value ?? '').replace(/&[a-z]+;|&#\w+;/g, ' ').length;

/**
 * The block structure of a WordprocessingML part (document, header or footer). `rels` maps the part's
 * relationship ids to their targets, for its pictures.
 */
function blocksOf(
  xml: string,
  rels: ReadonlyMap<string, string>,
  onSection?: (section: Omit<ShapeSection, 'blocks'>, blocks: ShapeBlock[]) => void,
): ShapeBlock[] {
  const root: ShapeBlock[] = [];
  const stack: Frame[] = [{ kind: 'blocks', blocks: root }];
  let inText = false;
  let run: ShapeRun | null = null;
  let link: string | undefined;
  let propsFrom = -1;
  let propsOf: 'p' | 'r' | 'tr' | 'tc' | 'tbl' | null = null;
  let landscape = false;
  let titlePage = false;
  for (const m of xml.matchAll(TAG)) {
    const [whole, close, name, attrs, selfClosing, text] = m;
    const top = stack.at(-1)!;
    if (text !== undefined) {
      if (inText && run) run.text += textLength(text);
      continue;
    }
    const at = m.index!;
    switch (name) {
      case 'w:pgSz':
        landscape = /w:orient="landscape"/.test(attrs ?? '');
        break;
      case 'w:titlePg':
        titlePage = xmlAttr(attrs, 'w:val') !== 'false';
        break;
      case 'w:t':
        inText = !close && !selfClosing;
        break;
      case 'w:tab':
        // A tab in a run; those in a paragraph's properties are its tab stops, read with the properties.
        if (run && propsOf !== 'r') run.tabs = (run.tabs ?? 0) + 1;
        break;
      case 'w:hyperlink':
        link = close ? undefined : (xmlAttr(attrs, 'w:anchor') ?? '');
        break;
      case 'w:bookmarkStart':
        if (top.kind === 'p') top.para.bookmark = xmlAttr(attrs, 'w:name');
        break;
      case 'wp:extent':
        if (run && !close)
          run.picture = {
            media: '',
            width: Math.round(Number(xmlAttr(attrs, 'cx')) / EMU_PER_PIXEL),
            height: Math.round(Number(xmlAttr(attrs, 'cy')) / EMU_PER_PIXEL),
            name: 0,
            description: 0,
          };
        break;
      case 'wp:docPr':
        if (run?.picture && !close) {
          run.picture.name = textLength(xmlAttr(attrs, 'name'));
          run.picture.description = textLength(xmlAttr(attrs, 'descr'));
        }
        break;
      case 'a:blip':
        if (run?.picture && !close) run.picture.media = `word/${rels.get(xmlAttr(attrs, 'r:embed') ?? '') ?? ''}`;
        break;
      case 'w:gridCol':
        if (top.kind === 'tbl') top.table.grid.push(Number(/w:w="(\d+)"/.exec(attrs ?? '')?.[1] ?? 0));
        break;
      case 'w:pPr':
      case 'w:rPr':
      case 'w:trPr':
      case 'w:tcPr':
      case 'w:tblPr': {
        const kind = ({ 'w:pPr': 'p', 'w:rPr': 'r', 'w:trPr': 'tr', 'w:tcPr': 'tc', 'w:tblPr': 'tbl' } as const)[name];
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
          else if (kind === 'tbl' && top.kind === 'tbl') top.table.props = props;
          propsOf = null;
        }
        break;
      }
      case 'w:r':
        if (!close && top.kind === 'p') {
          run = { text: 0, props: '', ...(link !== undefined ? { link } : {}) };
          top.para.p.push(run);
          if (selfClosing) run = null;
        } else run = null;
        break;
      case 'w:sectPr':
        if (close || selfClosing) {
          const first = stack[0]!;
          const body = first.kind === 'blocks' ? first.blocks : [];
          onSection?.({ landscape, titlePage }, body);
          stack[0] = { kind: 'blocks', blocks: [] };
          titlePage = false;
        }
        break;
      default:
        if (!close && !selfClosing) {
          if (name === 'w:p') stack.push({ kind: 'p', para: { p: [], props: '' } });
          else if (name === 'w:tbl') stack.push({ kind: 'tbl', table: { t: [], grid: [], props: '' } });
          else if (name === 'w:tr') stack.push({ kind: 'tr', row: { props: '', cells: [] } });
          else if (name === 'w:tc') stack.push({ kind: 'tc', cell: { props: '', blocks: [] } });
        } else if (close && (name === 'w:p' || name === 'w:tbl' || name === 'w:tr' || name === 'w:tc')) {
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
      c.pictures += b.p.filter((r) => r.picture).length;
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

/** A part's relationship ids and their targets. */
async function relsOf(zip: JSZip, part: string): Promise<Map<string, string>> {
  const file = zip.file(part.replace(/^word\//, 'word/_rels/') + '.rels');
  const xml = file ? await file.async('string') : '';
  return new Map([...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([r]) => [xmlAttr(r, 'Id') ?? '', xmlAttr(r, 'Target') ?? '']));
}

/** The shape of a .docx our export wrote. */
export async function shapeOf(docx: Buffer): Promise<DocumentShape> {
  const zip = await JSZip.loadAsync(docx);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const sections: ShapeSection[] = [];
  // A section's properties end it: the blocks before them (since the last ones) are its content.
  blocksOf(documentXml, await relsOf(zip, 'word/document.xml'), (section, blocks) => sections.push({ ...section, blocks }));
  const partsOf = async (kind: string) => {
    const parts: ShapeBlock[][] = [];
    for (const name of Object.keys(zip.files).filter((n) => new RegExp(`^word/${kind}\\d+\\.xml$`).test(n)))
      parts.push(blocksOf(await zip.file(name)!.async('string'), await relsOf(zip, name)));
    return parts;
  };
  const media: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith('word/media/')))
    media[name] = await zip.file(name)!.async('base64');
  const counts = { paragraphs: 0, runs: 0, tables: 0, rows: 0, cells: 0, characters: 0, pictures: 0 };
  for (const s of sections) count(s.blocks, counts);
  return { sections, headers: await partsOf('header'), footers: await partsOf('footer'), media, counts };
}

const attr = (xml: string, element: string, name: string) =>
  new RegExp(`<w:${element}\\b[^>]*\\sw:${name}="([^"]*)"`).exec(xml)?.[1];
const has = (xml: string, element: string) => new RegExp(`<w:${element}[\\s/>]`).test(xml);
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

/** The shape as docx's options, worked out before the floor's clock starts. */
type RunPlan = Record<string, unknown> & { link?: string; picture?: { data: Buffer; width: number; height: number; name: string; description: string }; tabs?: number };
type ParagraphPlan = { options: Record<string, unknown>; runs: RunPlan[]; bookmark?: string };
type CellPlan = { options: Record<string, unknown>; blocks: BlockPlan[] };
type TablePlan = { columnWidths: number[]; margins?: Record<string, number>; rows: { options: Record<string, unknown>; cells: CellPlan[] }[] };
type BlockPlan = { paragraph: ParagraphPlan } | { table: TablePlan };
export interface FloorPlan {
  sections: { landscape: boolean; titlePage: boolean; blocks: BlockPlan[] }[];
  header: BlockPlan[];
  /** The running footer, and the shorter one of a cover page. */
  footer: BlockPlan[];
  firstFooter: BlockPlan[];
  /** The list numbering the paragraphs refer to, by reference. */
  lists: string[];
}

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function planBlocks(blocks: ShapeBlock[], media: Record<string, string>, lists: Set<string>): BlockPlan[] {
  return blocks.map((b): BlockPlan => {
    if ('p' in b) {
      const pp = b.props;
      const left = num(attr(pp, 'ind', 'left'));
      const hanging = num(attr(pp, 'ind', 'hanging'));
      const before = num(attr(pp, 'spacing', 'before'));
      const after = num(attr(pp, 'spacing', 'after'));
      const numId = attr(pp, 'numId', 'val');
      if (numId) lists.add(`list-${numId}`);
      const tabStops = [...pp.matchAll(/<w:tab\s([^>]*)\/>/g)].map(([, a]) =>
        defined({ type: xmlAttr(` ${a}`, 'w:val'), position: Number(xmlAttr(` ${a}`, 'w:pos')), leader: xmlAttr(` ${a}`, 'w:leader') }),
      );
      return {
        paragraph: {
          bookmark: b.bookmark,
          options: defined({
            style: attr(pp, 'pStyle', 'val'),
            keepNext: has(pp, 'keepNext') || undefined,
            pageBreakBefore: has(pp, 'pageBreakBefore') || undefined,
            alignment: attr(pp, 'jc', 'val'),
            indent: left !== undefined || hanging !== undefined ? defined({ left, hanging }) : undefined,
            spacing: before !== undefined || after !== undefined ? defined({ before, after }) : undefined,
            numbering: numId ? { reference: `list-${numId}`, level: num(attr(pp, 'ilvl', 'val')) ?? 0 } : undefined,
            tabStops: tabStops.length ? tabStops : undefined,
          }),
          runs: b.p.map(({ text, props: rp, tabs, link, picture }): RunPlan => ({
            ...defined({
              text: 'x'.repeat(text),
              bold: has(rp, 'b') || undefined,
              italics: has(rp, 'i') || undefined,
              color: attr(rp, 'color', 'val'),
              size: num(attr(rp, 'sz', 'val')),
              style: attr(rp, 'rStyle', 'val'),
            }),
            ...defined({
              tabs,
              link,
              picture: picture && {
                data: Buffer.from(media[picture.media] ?? '', 'base64'),
                width: picture.width,
                height: picture.height,
                name: 'x'.repeat(picture.name),
                description: 'x'.repeat(picture.description),
              },
            }),
          })),
        },
      };
    }
    const margins = /<w:tblCellMar>.*?<\/w:tblCellMar>/.exec(b.props)?.[0];
    return {
      table: {
        columnWidths: b.grid,
        margins: margins
          ? (defined({ top: num(attr(margins, 'top', 'w')), bottom: num(attr(margins, 'bottom', 'w')), left: num(attr(margins, 'left', 'w')), right: num(attr(margins, 'right', 'w')) }) as Record<string, number>)
          : undefined,
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
              blocks: planBlocks(cell.blocks, media, lists),
            };
          }),
        })),
      },
    };
  });
}

export function planFloor(shape: DocumentShape): FloorPlan {
  const lists = new Set<string>();
  const plan = (blocks: ShapeBlock[] | undefined) => planBlocks(blocks ?? [], shape.media, lists);
  // Footers by length: the cover's, without the page number, is the shortest.
  const footers = [...shape.footers].sort((a, b) => JSON.stringify(a).length - JSON.stringify(b).length);
  return {
    sections: shape.sections.map((s) => ({ landscape: s.landscape, titlePage: s.titlePage, blocks: plan(s.blocks) })),
    header: plan(shape.headers[0]),
    footer: plan(footers.at(-1)),
    firstFooter: plan(footers[0]),
    lists: [...lists],
  };
}

/** Builds and packs the plan with docx alone. */
export async function buildFloor(plan: FloorPlan): Promise<Buffer> {
  const docx = await import('docx');
  const { Bookmark, Document, ExternalHyperlink, Footer, Header, ImageRun, InternalHyperlink, LevelFormat, PageOrientation, Paragraph, Tab } = docx;
  const { Table, TableCell, TableLayoutType, TableRow, TextRun } = docx;
  type Block = InstanceType<typeof Paragraph> | InstanceType<typeof Table>;
  type Child = InstanceType<typeof TextRun> | InstanceType<typeof ImageRun>;
  const runOf = ({ link: _link, picture, tabs, ...options }: RunPlan): Child =>
    picture
      ? new ImageRun({
          type: 'png',
          data: picture.data,
          transformation: { width: picture.width, height: picture.height },
          altText: { name: picture.name, title: picture.name, description: picture.description },
        })
      : new TextRun(tabs ? { ...options, children: [options.text as string, ...Array.from({ length: tabs }, () => new Tab())] } : options);
  const childrenOf = (p: ParagraphPlan) => {
    // Runs in the same link go in one hyperlink, as ours do.
    const children: (Child | InstanceType<typeof InternalHyperlink> | InstanceType<typeof ExternalHyperlink>)[] = [];
    for (let i = 0; i < p.runs.length; ) {
      const link = p.runs[i]!.link;
      let j = i + 1;
      if (link !== undefined) while (j < p.runs.length && p.runs[j]!.link === link) j += 1;
      const runs = p.runs.slice(i, j).map(runOf);
      if (link === undefined) children.push(...runs);
      else if (link) children.push(new InternalHyperlink({ anchor: link, children: runs }));
      else children.push(new ExternalHyperlink({ link: 'https://www.example.org/', children: runs }));
      i = j;
    }
    return p.bookmark ? [new Bookmark({ id: p.bookmark, children })] : children;
  };
  const toBlocks = (blocks: BlockPlan[]): Block[] =>
    blocks.map((b) =>
      'paragraph' in b
        ? new Paragraph({ ...b.paragraph.options, children: childrenOf(b.paragraph) })
        : new Table({
            columnWidths: b.table.columnWidths,
            layout: TableLayoutType.FIXED,
            margins: b.table.margins,
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
    numbering: {
      config: plan.lists.map((reference) => ({ reference, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•' }] })),
    },
    sections: plan.sections.map((s) => ({
      properties: {
        titlePage: s.titlePage,
        page: { size: { orientation: s.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } },
      },
      headers: {
        default: new Header({ children: toBlocks(plan.header) as InstanceType<typeof Paragraph>[] }),
        ...(s.titlePage ? { first: new Header({ children: toBlocks(plan.header) as InstanceType<typeof Paragraph>[] }) } : {}),
      },
      footers: {
        default: new Footer({ children: toBlocks(plan.footer) as InstanceType<typeof Paragraph>[] }),
        ...(s.titlePage ? { first: new Footer({ children: toBlocks(plan.firstFooter) as InstanceType<typeof Paragraph>[] }) } : {}),
      },
      children: toBlocks(s.blocks),
    })),
  });
  return zipAsPacker(documentFiles(document));
}

/** The files zipped as docx's Packer zips them (fflate, its default level), but pictures stored. */
function zipAsPacker(files: ReadonlyMap<string, Uint8Array>): Buffer {
  const entries: Record<string, ZippableFile> = {};
  for (const [path, data] of files) entries[path] = /\.(png|jpe?g|gif)$/i.test(path) ? [data, { level: 0 }] : data;
  const zipped = zipSync(entries);
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
