// What a paste from Word, Google Docs or a web page brings is tidied before the editor reads it, so that
// headings, bold, italic, links and bulleted and numbered lists come through and the rest is left to the
// schema to drop.
//
// First, as text: scripts, styles and Word's XML go, and every tag keeps only the attributes the editor
// reads (href, class and the citations' data- attributes). What a style attribute said that matters
// (bold, italic, Word's list markers) is kept as a data- attribute instead. So no HTML with inline style,
// inline script or event handlers is ever put into a document, not even an inert one, which the Content
// Security Policy would report.
//
// Then, as a document: Word does not send lists as lists. Each item is a paragraph (class
// MsoListParagraph…, style "mso-list:l0 level1 lfo1") whose number or bullet is text in a span marked
// "mso-list:Ignore"; those runs become <ol> or <ul>. Nested lists (Word's level 2, Google Docs' <ul>
// inside <ul>) are flattened, as the stored lists are.

const DROPPED_BLOCKS = /<(script|style|xml|template|title|head|noscript|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const START_TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const KEPT_ATTRIBUTES = new Set(['href', 'class', 'data-evidence-id', 'data-indicator-id', 'data-indicator-period']);

/** What a style attribute says that the editor keeps: bold, not bold, italic, and Word's list markers. */
function styleMarkers(style: string): Record<string, string> {
  const markers: Record<string, string> = {};
  const weight = /font-weight\s*:\s*([\w]+)/i.exec(style)?.[1]?.toLowerCase();
  if (weight) {
    if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) markers['data-paste-bold'] = 'yes';
    else if (weight === 'normal' || Number(weight) > 0) markers['data-paste-bold'] = 'no';
  }
  if (/font-style\s*:\s*(italic|oblique)/i.test(style)) markers['data-paste-italic'] = 'yes';
  const list = /mso-list\s*:\s*([^;"']+)/i.exec(style)?.[1]?.trim();
  if (list) markers['data-paste-mso-list'] = list;
  return markers;
}

function escapeAttribute(value: string): string {
  return value.replace(/&(?!#?\w+;)/g, '&amp;').replace(/"/g, '&quot;');
}

/** Every start tag with only the attributes the editor reads, and what its style said as data- attributes. */
function keepSafeAttributes(html: string): string {
  return html.replace(START_TAG, (_tag, name: string, attributes: string, selfClosing: string) => {
    const kept: Record<string, string> = {};
    for (const [, attr, dq, sq, bare] of (attributes ?? '').matchAll(ATTRIBUTE)) {
      const key = attr!.toLowerCase();
      const value = dq ?? sq ?? bare ?? '';
      if (key === 'style') Object.assign(kept, styleMarkers(value));
      else if (KEPT_ATTRIBUTES.has(key)) kept[key] = value;
    }
    const text = Object.entries(kept)
      .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
      .join('');
    return `<${name}${text}${selfClosing ? ' /' : ''}>`;
  });
}

/** "1.", "a)", "iv." and the like start a numbered item; anything else (•, o, §, ·) a bulleted one. */
const NUMBERED_MARKER = /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]$/i;

function wordList(el: Element): string | null {
  if (el.tagName !== 'P') return null;
  const list = el.getAttribute('data-paste-mso-list');
  if (list && /\bl\d+/i.test(list)) return /\b(l\d+)/i.exec(list)![1]!;
  return /MsoListParagraph/i.test(el.className) ? '' : null;
}

/** Takes out the number or bullet Word wrote as text, and says which kind of list it was. */
function takeWordMarker(p: Element): 'ol' | 'ul' {
  const marker = [...p.querySelectorAll('[data-paste-mso-list]')].find((s) => /ignore/i.test(s.getAttribute('data-paste-mso-list')!));
  const text = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  marker?.remove();
  return NUMBERED_MARKER.test(text) ? 'ol' : 'ul';
}

function convertWordLists(body: HTMLElement): void {
  const doc = body.ownerDocument;
  let list: HTMLElement | null = null;
  let listId = '';
  for (const el of [...body.querySelectorAll('p')]) {
    const id = wordList(el);
    if (id === null) {
      list = null;
      continue;
    }
    const kind = takeWordMarker(el);
    const continues = list !== null && el.previousElementSibling === list && list.tagName.toLowerCase() === kind && (id === listId || !id || !listId);
    if (!continues) {
      list = doc.createElement(kind);
      el.before(list);
      listId = id;
    }
    const item = doc.createElement('li');
    item.append(...el.childNodes);
    list!.append(item);
    el.remove();
  }
}

/** Items of lists inside list items (or lists directly inside lists) move up into the outermost list. */
function flattenLists(body: HTMLElement): void {
  for (const inner of [...body.querySelectorAll('li ul, li ol, ul > ul, ul > ol, ol > ul, ol > ol')].reverse()) {
    if (!inner.parentElement?.closest('ul, ol')) continue;
    const anchor = inner.parentElement.tagName === 'LI' ? inner.parentElement : inner;
    anchor.after(...[...inner.children].filter((c) => c.tagName === 'LI'));
    inner.remove();
  }
}

/** Word's styles for a document's title and subtitle are headings here. */
function convertWordTitles(body: HTMLElement): void {
  for (const [cls, tag] of [
    ['MsoTitle', 'h1'],
    ['MsoSubtitle', 'h2'],
  ] as const) {
    for (const p of [...body.querySelectorAll(`p.${cls}`)]) {
      const h = body.ownerDocument.createElement(tag);
      h.append(...p.childNodes);
      p.replaceWith(h);
    }
  }
}

/** Bold and italic said by a style become tags; Google Docs' <b> around a whole paste that is not bold goes. */
function markersToTags(body: HTMLElement): void {
  for (const el of [...body.querySelectorAll('[data-paste-bold], [data-paste-italic], [data-paste-mso-list]')]) {
    const bold = el.getAttribute('data-paste-bold');
    const italic = el.getAttribute('data-paste-italic');
    for (const attr of ['data-paste-bold', 'data-paste-italic', 'data-paste-mso-list']) el.removeAttribute(attr);
    if ((el.tagName === 'B' || el.tagName === 'STRONG') && bold === 'no') {
      el.replaceWith(...el.childNodes);
      continue;
    }
    for (const [wanted, tag] of [
      [bold === 'yes', 'strong'],
      [italic === 'yes', 'em'],
    ] as const) {
      if (!wanted) continue;
      const wrap = body.ownerDocument.createElement(tag);
      wrap.append(...el.childNodes);
      el.append(wrap);
    }
  }
}

/** Word writes an empty line as a paragraph holding a non-breaking space: it is an empty paragraph here. */
function emptyBlankParagraphs(body: HTMLElement): void {
  for (const p of [...body.querySelectorAll('p')]) if (!p.querySelector('*:not(span, b, i, strong, em)') && !/\S/.test(p.textContent ?? '')) p.replaceChildren();
}

/** The HTML to give the editor for what was pasted. */
export function tidyPastedHtml(html: string): string {
  const safe = keepSafeAttributes(html.replace(DROPPED_BLOCKS, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[[\s\S]*?\]>/g, ''));
  const doc = new DOMParser().parseFromString(safe, 'text/html');
  const body = doc.body;
  for (const el of [...body.getElementsByTagName('o:p')]) el.replaceWith(...el.childNodes);
  convertWordLists(body);
  convertWordTitles(body);
  flattenLists(body);
  markersToTags(body);
  emptyBlankParagraphs(body);
  return body.innerHTML;
}
