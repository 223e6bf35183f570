// The narrative editor's two-way mapping between the RichDoc model and the DOM of a contentEditable
// element. Rendering builds nodes (never HTML strings), so nothing a person typed can become markup.
// Parsing accepts whatever Chromium's editing commands leave behind (b/strong, i/em, divs, nested lists,
// <br>s, styled spans) and reduces it to the model: paragraphs, headings 1–3, flat bullet and numbered
// lists, bold, italic, https/mailto links and citations of evidence. Anything else is dropped to its text.
import { LinkHrefSchema, type Block, type Inline, type RichDoc, type TextMark } from '../../shared/richtext';

/** The page already uses h1–h3 (screen, section, question), so document headings start at h4. */
export const HEADING_TAG: Record<1 | 2 | 3, 'h4' | 'h5' | 'h6'> = { 1: 'h4', 2: 'h5', 3: 'h6' };

export const CITATION_CLASS = 'rt-cite';
const CITATION_ATTR = 'data-evidence-id';
/** An indicator citation's chip keeps its indicator and period here, so it survives editing unchanged. */
const INDICATOR_ATTR = 'data-indicator-id';
const PERIOD_ATTR = 'data-indicator-period';

export interface CitationInfo {
  reference: string;
  title: string;
}

/** "[E012] Case-file audit, October" or a holding label while the evidence is being looked up. */
export function citationText(info: CitationInfo | undefined | null): string {
  if (!info) return '[Evidence]';
  return `[${info.reference}] ${info.title}`;
}

// ---------------------------------------------------------------------------------------------------
// Model → DOM

export function renderDoc(
  root: HTMLElement,
  doc: RichDoc,
  lookup: (evidenceId: string) => CitationInfo | undefined,
): void {
  const fragment = document.createDocumentFragment();
  for (const block of doc.blocks) fragment.append(renderBlock(block, lookup));
  if (!doc.blocks.length) fragment.append(emptyParagraph());
  root.replaceChildren(fragment);
}

export function emptyParagraph(): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(document.createElement('br'));
  return p;
}

function renderBlock(block: Block, lookup: (evidenceId: string) => CitationInfo | undefined): HTMLElement {
  switch (block.type) {
    case 'paragraph':
      return fillInline(document.createElement('p'), block.content, lookup);
    case 'heading':
      return fillInline(document.createElement(HEADING_TAG[block.level]), block.content, lookup);
    case 'bullet_list':
    case 'numbered_list': {
      const list = document.createElement(block.type === 'bullet_list' ? 'ul' : 'ol');
      for (const item of block.items) list.append(fillInline(document.createElement('li'), item, lookup));
      return list;
    }
  }
}

function fillInline(
  el: HTMLElement,
  content: Inline[],
  lookup: (evidenceId: string) => CitationInfo | undefined,
): HTMLElement {
  let any = false;
  for (const inline of content) {
    if (inline.type === 'citation') {
      el.append(citationChip(inline.evidenceId, lookup(inline.evidenceId)));
      any = true;
      continue;
    }
    if (inline.type === 'indicator') {
      el.append(indicatorChip(inline.indicatorId, inline.period));
      any = true;
      continue;
    }
    if (!inline.text) continue;
    let node: Node = document.createTextNode(inline.text);
    const marks = inline.marks ?? [];
    if (marks.includes('italic')) node = wrap('i', node);
    if (marks.includes('bold')) node = wrap('b', node);
    if (inline.href) {
      const a = wrap('a', node) as HTMLAnchorElement;
      a.setAttribute('href', inline.href);
      node = a;
    }
    el.append(node);
    any = true;
  }
  // An empty block needs a placeholder line break, or the caret cannot go into it.
  if (!any) el.append(document.createElement('br'));
  return el;
}

function wrap(tag: string, child: Node): HTMLElement {
  const el = document.createElement(tag);
  el.append(child);
  return el;
}

export function citationChip(evidenceId: string, info: CitationInfo | undefined): HTMLSpanElement {
  const chip = document.createElement('span');
  chip.className = CITATION_CLASS;
  chip.contentEditable = 'false';
  chip.setAttribute(CITATION_ATTR, evidenceId);
  chip.textContent = citationText(info);
  return chip;
}

export function indicatorChip(indicatorId: string, period: string | undefined): HTMLSpanElement {
  const chip = document.createElement('span');
  chip.className = CITATION_CLASS;
  chip.contentEditable = 'false';
  chip.setAttribute(INDICATOR_ATTR, indicatorId);
  if (period) chip.setAttribute(PERIOD_ATTR, period);
  chip.textContent = '[Indicator figure]';
  return chip;
}

/** Refreshes the words on every citation chip, for when evidence titles arrive after the text. */
export function relabelCitations(root: HTMLElement, lookup: (evidenceId: string) => CitationInfo | undefined): void {
  for (const chip of root.querySelectorAll<HTMLElement>(`[${CITATION_ATTR}]`)) {
    const text = citationText(lookup(chip.getAttribute(CITATION_ATTR) ?? ''));
    if (chip.textContent !== text) chip.textContent = text;
  }
}

// ---------------------------------------------------------------------------------------------------
// DOM → model

type LineKind =
  | { type: 'paragraph' }
  | { type: 'heading'; level: 1 | 2 | 3 }
  | { type: 'bullet_list' | 'numbered_list'; list: Element };

interface Line {
  kind: LineKind;
  content: Inline[];
  /** Opened by a block element of its own, so it is kept even when empty (an empty paragraph). */
  keep: boolean;
}

interface Context {
  kind: LineKind;
  marks: TextMark[];
  href?: string;
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IMG',
  'svg',
  'SVG',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
]);
/** Elements whose loose whitespace is formatting between blocks, not text. */
const CONTAINER_TAGS = new Set(['OL', 'UL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'DL']);

function headingLevel(tag: string): 1 | 2 | 3 {
  if (tag === 'H5') return 2;
  if (tag === 'H6') return 3;
  return 1;
}

function isListKind(kind: LineKind): kind is Extract<LineKind, { list: Element }> {
  return kind.type === 'bullet_list' || kind.type === 'numbered_list';
}

function sameMarks(a: TextMark[] | undefined, b: TextMark[] | undefined): boolean {
  return (a ?? []).join() === (b ?? []).join();
}

class Builder {
  readonly blocks: Block[] = [];
  private line: Line | null = null;
  private lastList: Element | null = null;

  /** Starts a new line of its own (a block element, or after a line break). */
  open(kind: LineKind): void {
    this.close();
    this.line = { kind, content: [], keep: true };
  }

  /** A nested block is starting: the current line ends, and is dropped if nothing was written in it. */
  interrupt(): void {
    if (this.line && !this.line.content.length) this.line = null;
    else this.close();
  }

  add(inline: Inline, kind: LineKind): void {
    if (!this.line) this.line = { kind, content: [], keep: false };
    const content = this.line.content;
    const last = content[content.length - 1];
    if (
      inline.type === 'text' &&
      last?.type === 'text' &&
      sameMarks(last.marks, inline.marks) &&
      last.href === inline.href
    ) {
      content[content.length - 1] = { ...last, text: last.text + inline.text };
      return;
    }
    content.push(inline);
  }

  close(): void {
    const line = this.line;
    this.line = null;
    if (!line || (!line.content.length && !line.keep)) return;
    const { kind, content } = line;
    if (isListKind(kind)) {
      const last = this.blocks[this.blocks.length - 1];
      if (last && (last.type === 'bullet_list' || last.type === 'numbered_list') && this.lastList === kind.list) {
        last.items.push(content);
      } else {
        this.blocks.push({ type: kind.type, items: [content] });
        this.lastList = kind.list;
      }
      return;
    }
    this.lastList = null;
    if (kind.type === 'heading') this.blocks.push({ type: 'heading', level: kind.level, content });
    else this.blocks.push({ type: 'paragraph', content });
  }
}

function hasContentAfter(node: Node): boolean {
  for (let n = node.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === Node.TEXT_NODE) {
      if ((n as Text).data.length) return true;
    } else if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      if (el.tagName === 'BR' || el.hasAttribute(CITATION_ATTR) || BLOCK_TAGS.has(el.tagName)) return true;
      if ((el.textContent ?? '').length || el.querySelector(`br,[${CITATION_ATTR}]`)) return true;
    }
  }
  return false;
}

/** A <br> that only keeps an empty or ending line open (Chromium's placeholder), not a line break. */
function isTrailingBreak(br: Element, root: Element): boolean {
  let node: Node | null = br;
  while (node && node !== root) {
    if (hasContentAfter(node)) return false;
    const parent: Node | null = node.parentNode;
    if (
      !parent ||
      parent === root ||
      (parent.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((parent as Element).tagName))
    )
      return true;
    node = parent;
  }
  return true;
}

function safeHref(href: string | null): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  return LinkHrefSchema.safeParse(trimmed).success ? trimmed : undefined;
}

function withMark(marks: TextMark[], mark: TextMark): TextMark[] {
  if (marks.includes(mark)) return marks;
  return [...marks, mark].sort() as TextMark[];
}

function withoutMark(marks: TextMark[], mark: TextMark): TextMark[] {
  return marks.filter((m) => m !== mark);
}

function walk(node: Node, ctx: Context, b: Builder, root: Element): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = (node as Text).data;
    if (!text) return;
    const parent = node.parentNode as Element | null;
    // Whitespace between blocks is source formatting, not text.
    if (!text.trim() && parent && (CONTAINER_TAGS.has(parent.tagName) || (parent === root && /\n/.test(text)))) return;
    const inline: Inline = { type: 'text', text };
    if (ctx.marks.length) inline.marks = [...ctx.marks];
    if (ctx.href) inline.href = ctx.href;
    b.add(inline, ctx.kind);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const el = node as HTMLElement;
  const tag = el.tagName.toUpperCase();

  if (el.hasAttribute(CITATION_ATTR)) {
    const evidenceId = el.getAttribute(CITATION_ATTR) ?? '';
    if (evidenceId) b.add({ type: 'citation', evidenceId }, ctx.kind);
    return;
  }
  if (el.hasAttribute(INDICATOR_ATTR)) {
    const indicatorId = el.getAttribute(INDICATOR_ATTR) ?? '';
    const period = el.getAttribute(PERIOD_ATTR);
    if (indicatorId) b.add(period ? { type: 'indicator', indicatorId, period } : { type: 'indicator', indicatorId }, ctx.kind);
    return;
  }
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'BR') {
    if (!isTrailingBreak(el, root)) b.open(ctx.kind);
    return;
  }
  if (tag === 'HR') {
    b.interrupt();
    return;
  }

  if (tag === 'UL' || tag === 'OL') {
    // Nested lists are flattened into the outermost list, which also decides bullet or numbered.
    const kind: LineKind = isListKind(ctx.kind)
      ? ctx.kind
      : { type: tag === 'OL' ? 'numbered_list' : 'bullet_list', list: el };
    b.interrupt();
    for (const child of el.childNodes) walk(child, { ...ctx, kind }, b, root);
    b.interrupt();
    return;
  }

  if (BLOCK_TAGS.has(tag)) {
    let kind: LineKind = ctx.kind;
    if (!isListKind(ctx.kind)) {
      kind = /^H[1-6]$/.test(tag)
        ? { type: 'heading', level: headingLevel(tag) }
        : ctx.kind.type === 'heading'
          ? ctx.kind
          : { type: 'paragraph' };
    }
    b.interrupt();
    b.open(kind);
    for (const child of el.childNodes) walk(child, { ...ctx, kind }, b, root);
    b.close();
    return;
  }

  // Inline elements: marks from tags and from the inline styles Chromium sometimes writes.
  let marks = ctx.marks;
  let href = ctx.href;
  if (tag === 'B' || tag === 'STRONG') marks = withMark(marks, 'bold');
  if (tag === 'I' || tag === 'EM') marks = withMark(marks, 'italic');
  const weight = el.style?.fontWeight;
  if (weight) marks = weight === 'bold' || Number(weight) >= 600 ? withMark(marks, 'bold') : withoutMark(marks, 'bold');
  const fontStyle = el.style?.fontStyle;
  if (fontStyle)
    marks =
      fontStyle === 'italic' || fontStyle === 'oblique' ? withMark(marks, 'italic') : withoutMark(marks, 'italic');
  if (tag === 'A') href = safeHref(el.getAttribute('href'));
  for (const child of el.childNodes) walk(child, { ...ctx, marks, href }, b, root);
}

export function parseDom(root: HTMLElement): RichDoc {
  const b = new Builder();
  const ctx: Context = { kind: { type: 'paragraph' }, marks: [] };
  for (const child of root.childNodes) walk(child, ctx, b, root);
  b.close();
  return { type: 'doc', blocks: trimPlaceholder(b.blocks) };
}

/** The editor's own empty state (one empty paragraph) is an empty document, not a blank paragraph. */
function trimPlaceholder(blocks: Block[]): Block[] {
  if (blocks.length === 1) {
    const only = blocks[0]!;
    if (only.type === 'paragraph' && !only.content.length) return [];
  }
  return blocks;
}
