// Reads an exported Word document back the way its readers would: the body through mammoth (text and
// HTML, so headings and lists show as h1…h6, ul and ol), and the package's parts by unzipping it
// (headers, footers, properties, numbering, settings).
import JSZip from 'jszip';
import mammoth from 'mammoth';

export interface ReadBack {
  /** The body as plain text. */
  text: string;
  /** The body as HTML: real headings, lists and tables show as such. */
  html: string;
  /** Every XML part of the package by name ("word/document.xml", "word/header1.xml"…). */
  parts: Record<string, string>;
  /** All files in the package, including media. */
  files: string[];
}

export async function readBack(buffer: Buffer): Promise<ReadBack> {
  const zip = await JSZip.loadAsync(buffer);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts[name] = await zip.file(name)!.async('string');
  const [{ value: text }, { value: html }] = await Promise.all([
    mammoth.extractRawText({ buffer }),
    mammoth.convertToHtml({ buffer }),
  ]);
  return { text, html, parts, files: Object.keys(zip.files) };
}

export const headerParts = (r: ReadBack) => Object.keys(r.parts).filter((n) => /^word\/header\d+\.xml$/.test(n));
export const footerParts = (r: ReadBack) => Object.keys(r.parts).filter((n) => /^word\/footer\d+\.xml$/.test(n));

/** The visible text of an XML part (its w:t runs joined). */
export function partText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** XML-unescaped text, for comparing with what was written. */
export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Each section's properties (w:sectPr), in order. */
export function sections(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:sectPr[\s>][\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

/** Characters XML 1.0 cannot hold: if any is in a part, Word will not open the file. */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The text of the document from a heading to the next heading of the same level or above, from mammoth's HTML. */
export function htmlSection(html: string, headingText: string): string {
  const start = html.search(new RegExp(`<h([1-6])>(?:<a [^>]*></a>)*${escapeRegExp(headingText)}`));
  if (start < 0) return '';
  const level = Number(html[start + 2]);
  const rest = html.slice(start + 4);
  const end = rest.search(new RegExp(`<h[1-${level}]>`));
  return end < 0 ? rest : rest.slice(0, end);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
