// The stored narrative (RichDoc, src/shared/richtext.ts) and the editor's document (TipTap JSON over the
// schema in schema.ts) are the same shape in two notations; these two functions turn one into the other,
// losslessly for everything the RichDoc can say. The stored model does not change with the editor.
import type { JSONContent } from '@tiptap/react';
import { LinkHrefSchema, type Block, type Inline, type RichDoc, type TextMark } from '../../shared/richtext';
import { citationAttrs, citationInline, kindOfInline, kindOfNode, type CitationInline } from './citations';

const LIST_NODES = { bullet_list: 'bulletList', numbered_list: 'orderedList' } as const;

// ---------------------------------------------------------------------------------------------------
// RichDoc → editor

function inlineToEditor(inline: Inline): JSONContent | null {
  if (inline.type === 'text') {
    if (!inline.text) return null;
    const marks: JSONContent['marks'] = (inline.marks ?? []).map((type) => ({ type }));
    if (inline.href) marks.push({ type: 'link', attrs: { href: inline.href } });
    return marks.length ? { type: 'text', text: inline.text, marks } : { type: 'text', text: inline.text };
  }
  const kind = kindOfInline(inline);
  return kind ? { type: kind.node, attrs: citationAttrs(kind, inline as CitationInline) } : null;
}

function contentOf(inlines: Inline[]): JSONContent[] {
  return inlines.map(inlineToEditor).filter((n): n is JSONContent => n !== null);
}

function paragraph(inlines: Inline[]): JSONContent {
  const content = contentOf(inlines);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function blockToEditor(block: Block): JSONContent {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block.content);
    case 'heading': {
      const content = contentOf(block.content);
      return { type: 'heading', attrs: { level: block.level }, ...(content.length ? { content } : {}) };
    }
    case 'bullet_list':
    case 'numbered_list':
      return { type: LIST_NODES[block.type], content: block.items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })) };
  }
}

export function toEditor(doc: RichDoc): JSONContent {
  // The editor always has somewhere to put the caret: an empty document is one empty paragraph.
  return { type: 'doc', content: doc.blocks.length ? doc.blocks.map(blockToEditor) : [{ type: 'paragraph' }] };
}

// ---------------------------------------------------------------------------------------------------
// editor → RichDoc

const MARK_ORDER: TextMark[] = ['bold', 'italic'];

function textOf(node: JSONContent): Inline | null {
  const text = node.text ?? '';
  if (!text) return null;
  const types = new Set((node.marks ?? []).map((m) => m.type));
  const marks = MARK_ORDER.filter((m) => types.has(m));
  const href = (node.marks ?? []).find((m) => m.type === 'link')?.attrs?.href;
  const run: Inline = { type: 'text', text };
  if (marks.length) run.marks = marks;
  // Only web and mail links are kept, as the contract requires; any other address is dropped to its words.
  if (typeof href === 'string' && LinkHrefSchema.safeParse(href).success) run.href = href;
  return run;
}

function sameStyle(a: Inline, b: Inline): boolean {
  return a.type === 'text' && b.type === 'text' && (a.marks ?? []).join() === (b.marks ?? []).join() && a.href === b.href;
}

function inlinesOf(nodes: JSONContent[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes ?? []) {
    let inline: Inline | null = null;
    if (node.type === 'text') inline = textOf(node);
    else {
      const kind = kindOfNode(node.type ?? '');
      if (kind) inline = citationInline(kind, node.attrs ?? {});
    }
    if (!inline) continue;
    const last = out[out.length - 1];
    if (last && inline.type === 'text' && last.type === 'text' && sameStyle(last, inline)) out[out.length - 1] = { ...last, text: last.text + inline.text };
    else out.push(inline);
  }
  return out;
}

/** A list item's words: its paragraphs run together (the editor keeps one per item; a paste may bring more). */
function itemOf(item: JSONContent): Inline[] {
  return inlinesOf((item.content ?? []).flatMap((child) => child.content ?? []));
}

function blockOf(node: JSONContent): Block | null {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', content: inlinesOf(node.content) };
    case 'heading': {
      const level = Math.min(3, Math.max(1, Number(node.attrs?.level) || 1)) as 1 | 2 | 3;
      return { type: 'heading', level, content: inlinesOf(node.content) };
    }
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map(itemOf);
      return items.length ? { type: node.type === 'bulletList' ? 'bullet_list' : 'numbered_list', items } : null;
    }
    default:
      return null;
  }
}

export function fromEditor(json: JSONContent): RichDoc {
  const blocks = (json.content ?? []).map(blockOf).filter((b): b is Block => b !== null);
  // The editor's own empty state (one empty paragraph) is an empty document, not a blank paragraph.
  if (blocks.length === 1 && blocks[0]!.type === 'paragraph' && !blocks[0]!.content.length) return { type: 'doc', blocks: [] };
  return { type: 'doc', blocks };
}
