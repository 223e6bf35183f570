// The council template's header and footer, put into the exported document: the template's content
// (its logo, address lines, rules) goes first in every header and footer of every section, and SEF
// Studio's own lines (the protective marking, "Page X of Y") after it, so the marking is never lost
// whatever the template holds. Done on the written .docx, because the pictures need relationships of
// their own in each header and footer part.
import type { TemplatePart, WordTemplate } from './template';

const IMAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
};
const EMPTY_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The part's root element with any namespace the template's content uses and it does not declare. */
function declareNamespaces(xml: string, namespaces: Record<string, string>): { xml: string; bodyAt: number } {
  const open = /<w:(hdr|ftr)\b[^>]*>/.exec(xml);
  if (!open) throw new Error('The header or footer the export wrote has no root element.');
  const missing = Object.entries(namespaces).filter(([name]) => !open[0].includes(` ${name}=`));
  const tag = missing.length
    ? `${open[0].slice(0, -1)}${missing.map(([name, value]) => ` ${name}="${value}"`).join('')}>`
    : open[0];
  return { xml: xml.slice(0, open.index) + tag + xml.slice(open.index + open[0].length), bodyAt: open.index + tag.length };
}

function withRelationships(relsXml: string, part: TemplatePart, mediaName: (id: string) => string): string {
  const rels = [...part.images.keys()]
    .map((id) => `<Relationship Id="${id}" Type="${IMAGE_RELATIONSHIP}" Target="media/${mediaName(id)}"/>`)
    .join('');
  // docx writes an empty part as one self-closing element.
  const open = relsXml.replace(/<Relationships\b([^>]*?)\s*\/>/, '<Relationships$1></Relationships>');
  return open.replace('</Relationships>', `${rels}</Relationships>`);
}

function withImageTypes(typesXml: string, extensions: Iterable<string>): string {
  let xml = typesXml;
  for (const ext of new Set(extensions)) {
    if (new RegExp(`<Default\\b[^>]*\\bExtension="${ext}"`, 'i').test(xml)) continue;
    xml = xml.replace('</Types>', `<Default Extension="${ext}" ContentType="${CONTENT_TYPES[ext] ?? 'application/octet-stream'}"/></Types>`);
  }
  return xml;
}

/** The document's files (by path) with the template's header and footer content in every header and footer. */
export function withTemplateParts(written: ReadonlyMap<string, Uint8Array>, template: WordTemplate): Map<string, Uint8Array> {
  const files = new Map(written);
  if (!template.header && !template.footer) return files;
  const extensions: string[] = [];
  for (const name of [...files.keys()]) {
    const match = /^word\/(header|footer)(\d+)\.xml$/.exec(name);
    if (!match) continue;
    const part = match[1] === 'header' ? template.header : template.footer;
    if (!part) continue;
    const { xml, bodyAt } = declareNamespaces(decoder.decode(files.get(name)), part.namespaces);
    // Drawing ids must differ from the document's own: the template's are moved well above them.
    const body = part.bodyXml.replace(/(<wp:docPr\b[^>]*\bid=")(\d+)"/g, (_whole, head: string, id: string) => `${head}${90000 + Number(id)}"`);
    files.set(name, encoder.encode(xml.slice(0, bodyAt) + body + xml.slice(bodyAt)));
    if (!part.images.size) continue;
    // One copy of each picture for each part: small (a logo), and every part stays self-contained.
    const mediaName = (id: string) => `sef-template-${match[1]}${match[2]}-${id}.${part.images.get(id)!.extension}`;
    for (const [id, image] of part.images) {
      files.set(`word/media/${mediaName(id)}`, image.data);
      extensions.push(image.extension);
    }
    const relsName = `word/_rels/${match[1]}${match[2]}.xml.rels`;
    const rels = files.get(relsName);
    files.set(relsName, encoder.encode(withRelationships(rels ? decoder.decode(rels) : EMPTY_RELATIONSHIPS, part, mediaName)));
  }
  const types = files.get('[Content_Types].xml');
  if (extensions.length && types) files.set('[Content_Types].xml', encoder.encode(withImageTypes(decoder.decode(types), extensions)));
  return files;
}
