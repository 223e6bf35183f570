// Charts are built once, as a small tree of SVG elements, from data, in shared code: the interface turns
// the tree into React elements (nothing injected as markup, so the strict Content Security Policy holds) and
// the core turns the same tree into SVG text for resvg to draw as a PNG for Word. One drawing, two hosts.

export interface SvgElement {
  tag: 'svg' | 'g' | 'path' | 'line' | 'rect' | 'circle' | 'text' | 'title' | 'desc' | 'polygon';
  /** Attributes as SVG spells them (stroke-width, text-anchor). */
  attrs: Record<string, string | number>;
  children?: (SvgElement | string)[];
}

export const el = (tag: SvgElement['tag'], attrs: SvgElement['attrs'], ...children: (SvgElement | string | null | false)[]): SvgElement => ({
  tag,
  attrs,
  children: children.filter((c): c is SvgElement | string => c !== null && c !== false),
});

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The tree as SVG text (for resvg, and for anyone saving the image). */
export function svgToString(node: SvgElement): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  const children = (node.children ?? []).map((c) => (typeof c === 'string' ? escape(c) : svgToString(c))).join('');
  return `<${node.tag}${attrs}>${children}</${node.tag}>`;
}
