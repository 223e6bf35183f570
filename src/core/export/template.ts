// The council's own Word template (.dotx or .docx): what the export takes from it. Its styles (body,
// headings, title, lists, tables and the rest, with the theme fonts and colours they use), its page
// size and margins, and its header and footer with their pictures (where councils keep the logo). Any
// style the export needs that the template lacks falls back to SEF Studio's own, and the export says
// which. Nothing else of the template goes into the document: not its text, not its properties (author,
// company), not the path of the template it was made from.
import { createHash } from 'node:crypto';
import { readTheme, type IThemeOptions } from 'docx';
import { unzipSync } from 'fflate';
import { AppError } from '../errors';
import { childrenNamed, find, findAll, numberAttr, parseXml, XmlError, type XmlNode } from './xml';

/** A template as the database keeps it. */
export interface TemplateFile {
  fileName: string;
  data: Uint8Array;
}

export interface PageSetup {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
}

/** A header or footer of the template, ready to be copied into each header or footer of the export. */
export interface TemplatePart {
  /** What the part holds (paragraphs, tables), as the template's XML, its pictures' ids renamed "sefTpl…". */
  bodyXml: string;
  /** The namespace declarations of the part's root element, which that XML may use. */
  namespaces: Record<string, string>;
  /** Its pictures, by their renamed relationship id. */
  images: Map<string, { data: Uint8Array; extension: string }>;
}

export interface WordTemplate {
  fileName: string;
  sha256: string;
  /** The template's styles.xml, with built-in styles under their usual ids and the language English (UK). */
  stylesXml: string;
  styleIds: ReadonlySet<string>;
  /** The table style the export's tables take, when the template has one of its own. */
  tableStyle: string | null;
  theme: IThemeOptions | null;
  page: PageSetup | null;
  header: TemplatePart | null;
  footer: TemplatePart | null;
}

/** The styles the export uses, by id, and how a person knows them. */
export const EXPORT_STYLES: readonly { id: string; name: string }[] = [
  { id: 'Normal', name: 'Normal' },
  { id: 'Title', name: 'Title' },
  { id: 'Subtitle', name: 'Subtitle' },
  { id: 'Heading1', name: 'Heading 1' },
  { id: 'Heading2', name: 'Heading 2' },
  { id: 'Heading3', name: 'Heading 3' },
  { id: 'Heading4', name: 'Heading 4' },
  { id: 'ListParagraph', name: 'List Paragraph' },
  { id: 'Hyperlink', name: 'Hyperlink' },
  { id: 'TOC1', name: 'TOC 1' },
  { id: 'TOC2', name: 'TOC 2' },
  { id: 'ContentsTitle', name: 'Contents Title' },
  { id: 'TableText', name: 'Table Text' },
  { id: 'TableHeader', name: 'Table Header' },
];

export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;

const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
];
const MACRO_TYPES = [
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
];

const refuse = (name: string, why: string) => new AppError('invalid_input', `${name} ${why}`);

function text(files: Record<string, Uint8Array>, path: string): string | null {
  const data = files[path];
  return data ? new TextDecoder().decode(data) : null;
}

/** A relationships part as id → target, targets resolved against the part's folder. */
function relationships(files: Record<string, Uint8Array>, partPath: string): Map<string, string> {
  const folder = partPath.slice(0, partPath.lastIndexOf('/') + 1);
  const relsPath = `${folder}_rels/${partPath.slice(folder.length)}.rels`;
  const xml = text(files, relsPath);
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const rel of findAll(parseXml(xml), 'Relationship')) {
    if (rel.attrs.TargetMode === 'External') continue;
    const target = rel.attrs.Target ?? '';
    const parts = (target.startsWith('/') ? target.slice(1) : `${folder}${target}`).split('/');
    const resolved: string[] = [];
    for (const p of parts) if (p === '..') resolved.pop(); else if (p && p !== '.') resolved.push(p);
    out.set(rel.attrs.Id ?? '', resolved.join('/'));
  }
  return out;
}

/**
 * Word's built-in styles have the same name in every language ("heading 1") but a localised id in some
 * ("berschrift1"); the export names them by their English ids, so the template's are renamed to those.
 */
const BUILT_IN_NAMES: Record<string, string> = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  'heading 1': 'Heading1',
  'heading 2': 'Heading2',
  'heading 3': 'Heading3',
  'heading 4': 'Heading4',
  'heading 5': 'Heading5',
  'heading 6': 'Heading6',
  'list paragraph': 'ListParagraph',
  hyperlink: 'Hyperlink',
  'toc 1': 'TOC1',
  'toc 2': 'TOC2',
};

function normaliseStyles(stylesXml: string, styles: XmlNode[]): string {
  let xml = stylesXml;
  for (const style of styles) {
    const id = style.attrs['w:styleId'];
    const name = find(style, 'w:name')?.attrs['w:val']?.toLowerCase();
    const wanted = name ? BUILT_IN_NAMES[name] : undefined;
    if (!id || !wanted || id === wanted) continue;
    const quoted = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    xml = xml.replace(new RegExp(`(w:styleId|w:val)="${quoted}"`, 'g'), `$1="${wanted}"`);
  }
  return xml;
}

/** The document's language set to English (United Kingdom), however the template was made. */
function inBritishEnglish(stylesXml: string): string {
  const lang = '<w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>';
  if (/<w:rPrDefault>/.test(stylesXml)) {
    return stylesXml.replace(/<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/, (_whole, inner: string) => {
      const withRpr = /<w:rPr>/.test(inner) ? inner : `<w:rPr></w:rPr>${inner}`;
      const cleaned = withRpr.replace(/<w:lang\b[^>]*\/>/g, '');
      return `<w:rPrDefault>${cleaned.replace('</w:rPr>', `${lang}</w:rPr>`)}</w:rPrDefault>`;
    });
  }
  return stylesXml.replace(/<w:docDefaults>/, `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>`);
}

/** The template's own table style: its first custom one, else Table Grid. */
function tableStyleOf(styles: XmlNode[]): string | null {
  const tables = styles.filter((s) => s.attrs['w:type'] === 'table' && s.attrs['w:styleId'] !== 'TableNormal');
  const custom = tables.find((s) => s.attrs['w:customStyle'] === '1' || s.attrs['w:customStyle'] === 'true');
  return (custom ?? tables.find((s) => s.attrs['w:styleId'] === 'TableGrid'))?.attrs['w:styleId'] ?? null;
}

function pageOf(documentXml: string | null): PageSetup | null {
  if (!documentXml) return null;
  const body = find(parseXml(documentXml), 'w:body');
  const sections = body ? findAll(body, 'w:sectPr') : [];
  const last = sections.at(-1);
  const size = last ? find(last, 'w:pgSz') : null;
  const mar = last ? find(last, 'w:pgMar') : null;
  const width = numberAttr(size, 'w:w');
  const height = numberAttr(size, 'w:h');
  if (!width || !height || width < 2000 || height < 2000) return null;
  const m = (name: string, fallback: number) => Math.max(0, numberAttr(mar, `w:${name}`) ?? fallback);
  // Portrait, whatever the template's last section was: the export turns pages itself.
  return {
    width: Math.min(width, height),
    height: Math.max(width, height),
    margin: { top: m('top', 1440), right: m('right', 1440), bottom: m('bottom', 1440), left: m('left', 1440), header: m('header', 720), footer: m('footer', 720) },
  };
}

const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'bmp', 'emf', 'wmf']);
export const TEMPLATE_RELATIONSHIP_PREFIX = 'sefTpl';

/**
 * The template's default header or footer, with the pictures it shows. Links to anything else (a web
 * address, another part) are dropped, keeping their text: the export carries only what it can check.
 */
function partOf(files: Record<string, Uint8Array>, documentXml: string | null, kind: 'header' | 'footer'): TemplatePart | null {
  if (!documentXml) return null;
  const body = find(parseXml(documentXml), 'w:body');
  const last = body ? findAll(body, 'w:sectPr').at(-1) : undefined;
  if (!last) return null;
  const refs = childrenNamed(last, `w:${kind}Reference`);
  const ref = refs.find((r) => (r.attrs['w:type'] ?? 'default') === 'default') ?? refs[0];
  const path = ref ? relationships(files, 'word/document.xml').get(ref.attrs['r:id'] ?? '') : undefined;
  const xml = path ? text(files, path) : null;
  if (!path || !xml) return null;
  const root = parseXml(xml);
  const open = new RegExp(`<${root.name}\\b[^>]*>`).exec(xml);
  const close = xml.lastIndexOf(`</${root.name}>`);
  if (!open || close < 0) return null;
  const images = new Map<string, { data: Uint8Array; extension: string }>();
  for (const [id, target] of relationships(files, path)) {
    const extension = target.split('.').pop()?.toLowerCase() ?? '';
    const data = files[target];
    if (IMAGE_EXTENSIONS.has(extension) && data) images.set(id, { data, extension });
  }
  // Pictures keep their relationship under a new id; any other relationship id is dropped with its link.
  const inner = xml
    .slice(open.index + open[0].length, close)
    .replace(/\s(r:(?:id|embed|link|pict))="([^"]*)"/g, (_whole, attr: string, id: string) =>
      images.has(id) ? ` ${attr}="${TEMPLATE_RELATIONSHIP_PREFIX}${id}"` : '',
    );
  if (!/<w:(p|tbl)\b/.test(inner)) return null;
  const namespaces: Record<string, string> = {};
  for (const [name, value] of Object.entries(root.attrs)) if (name.startsWith('xmlns:')) namespaces[name] = value;
  const renamed = new Map([...images].map(([id, image]) => [`${TEMPLATE_RELATIONSHIP_PREFIX}${id}`, image]));
  return { bodyXml: inner, namespaces, images: renamed };
}

/**
 * Reads a template the person chose, or refuses it with a sentence saying what to do. Checked when it is
 * chosen, so an export never meets a template it cannot use.
 */
export function readTemplate(file: TemplateFile): WordTemplate {
  const name = file.fileName;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(file.data);
  } catch {
    throw refuse(name, 'is not a Word file. Choose a Word template (.dotx) or document (.docx).');
  }
  try {
    const types = text(files, '[Content_Types].xml') ?? '';
    if (MACRO_TYPES.some((t) => types.includes(t)))
      throw refuse(name, 'holds macros, which SEF Studio does not run or copy. Save it in Word as a template without macros (.dotx) and choose that.');
    if (!MAIN_TYPES.some((t) => types.includes(t)))
      throw refuse(name, 'is not a Word template or document. Choose a .dotx or .docx file.');
    const stylesPart = text(files, 'word/styles.xml');
    if (!stylesPart) throw refuse(name, 'has no styles, so there is nothing of it to use. Choose the council’s Word template.');
    const styles = findAll(parseXml(stylesPart), 'w:style');
    const stylesXml = inBritishEnglish(normaliseStyles(stylesPart, styles));
    const styleIds = new Set(findAll(parseXml(stylesXml), 'w:style').map((s) => s.attrs['w:styleId'] ?? ''));
    const documentXml = text(files, 'word/document.xml');
    let theme: IThemeOptions | null = null;
    if (Object.keys(files).some((f) => /^word\/theme\/theme\d*\.xml$/.test(f)))
      try {
        theme = readTheme(file.data);
      } catch {
        theme = null;
      }
    return {
      fileName: name,
      sha256: createHash('sha256').update(file.data).digest('hex'),
      stylesXml,
      styleIds,
      tableStyle: tableStyleOf(styles),
      theme,
      page: pageOf(documentXml),
      header: partOf(files, documentXml, 'header'),
      footer: partOf(files, documentXml, 'footer'),
    };
  } catch (err) {
    if (err instanceof XmlError) throw refuse(name, `could not be read (${err.message}). Open it in Word, save it again, and choose it again.`);
    throw err;
  }
}

/** The styles the export needs that the template does not have: SEF Studio's own are used for these. */
export function missingStyles(template: WordTemplate): string[] {
  return EXPORT_STYLES.filter((s) => !template.styleIds.has(s.id)).map((s) => s.name);
}
