// Reading the XML parts of a Word template: a tree of elements with their attributes and text, enough to
// find styles, page settings, headers and footers and their pictures. Word writes well-formed XML with
// no DTD; anything else (a tag left open, a stray '<') is refused, and the template with it.
//
// Not a general XML library: no DTDs, no namespaces resolved (names keep their prefixes, as Word's parts
// always use the same ones), comments and processing instructions skipped.

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The text directly inside this element, in order (for w:t, w:instrText). */
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref] ?? whole;
  });
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTR = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export class XmlError extends Error {}

/** The document element of an XML part. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const [, cdata, close, name, attrText, selfClosing, text, stray] = m;
    const top = stack.at(-1)!;
    if (stray) throw new XmlError('The XML has a "<" that opens no tag.');
    if (text !== undefined || cdata !== undefined) {
      top.text += cdata ?? decode(text!);
      continue;
    }
    if (!name) continue; // a comment or processing instruction
    if (close) {
      if (top.name !== name || stack.length === 1) throw new XmlError(`The XML closes <${name}> where it did not open it.`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (attrText ?? '').matchAll(ATTR)) attrs[a[1]!] = decode(a[2] ?? a[3] ?? '');
    const node: XmlNode = { name, attrs, children: [], text: '' };
    top.children.push(node);
    if (!selfClosing) stack.push(node);
  }
  if (stack.length !== 1) throw new XmlError(`The XML leaves <${stack.at(-1)!.name}> open.`);
  const element = root.children[0];
  if (!element) throw new XmlError('The XML holds no element.');
  return element;
}

/** The first child (at any depth, depth first) with the name, or null. */
export function find(node: XmlNode, name: string): XmlNode | null {
  for (const child of node.children) {
    if (child.name === name) return child;
    const deeper = find(child, name);
    if (deeper) return deeper;
  }
  return null;
}

/** Every descendant with the name, in document order. */
export function findAll(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const child of node.children) {
    if (child.name === name) out.push(child);
    findAll(child, name, out);
  }
  return out;
}

/** The direct children with the name. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((c) => c.name === name);
}

/** A number attribute, or undefined when it is missing or not a number. */
export function numberAttr(node: XmlNode | null, name: string): number | undefined {
  const value = node?.attrs[name];
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
