// A small, readable way to write rich-text narratives as data. Citations name evidence by a content key
// ("audit-annual"); resolveDoc swaps each key for the evidence item's id once the item exists.
import type { Block, Inline, RichDoc } from '../../shared/richtext';

/** Inline content as written in the content modules: plain strings are plain text. */
export type In = string | Inline;

const inline = (x: In): Inline => (typeof x === 'string' ? { type: 'text', text: x } : x);

export const b = (text: string): Inline => ({ type: 'text', text, marks: ['bold'] });
export const i = (text: string): Inline => ({ type: 'text', text, marks: ['italic'] });
export const bi = (text: string): Inline => ({ type: 'text', text, marks: ['bold', 'italic'] });
export const link = (text: string, href: string): Inline => ({ type: 'text', text, href });
/** Cites an evidence item by its content key. */
export const cite = (key: string): Inline => ({ type: 'citation', evidenceId: key });
/** Cites an indicator's latest figure as at the pack's date, or its figure for one period ("quarter:2026-09-30"). */
export const figure = (indicatorId: string, period?: string): Inline => (period ? { type: 'indicator', indicatorId, period } : { type: 'indicator', indicatorId });

export const p = (...content: In[]): Block => ({ type: 'paragraph', content: content.map(inline) });
export const h = (level: 1 | 2 | 3, text: string): Block => ({ type: 'heading', level, content: [inline(text)] });
const items = (list: (In | In[])[]) => list.map((item) => (Array.isArray(item) ? item.map(inline) : [inline(item)]));
export const ul = (...list: (In | In[])[]): Block => ({ type: 'bullet_list', items: items(list) });
export const ol = (...list: (In | In[])[]): Block => ({ type: 'numbered_list', items: items(list) });

export const doc = (...blocks: Block[]): RichDoc => ({ type: 'doc', blocks });

function mapInlines(block: Block, fn: (x: Inline) => Inline): Block {
  if (block.type === 'paragraph' || block.type === 'heading') return { ...block, content: block.content.map(fn) };
  return { ...block, items: block.items.map((item) => item.map(fn)) };
}

/** Replaces citation keys with evidence ids; an unknown key is a mistake in the content, so it throws. */
export function resolveDoc(d: RichDoc, idOf: (key: string) => string): RichDoc {
  return {
    type: 'doc',
    blocks: d.blocks.map((block) =>
      mapInlines(block, (x) => (x.type === 'citation' ? { type: 'citation', evidenceId: idOf(x.evidenceId) } : x)),
    ),
  };
}
