// Narratives to Word: each block of the stored document becomes a real Word paragraph, heading or list
// item, and each mark a real run property, so the exported text stays editable in Word.
import type { Paragraph, ParagraphChild } from 'docx';
import type { IndicatorCitation, Inline, RichDoc } from '../../shared/richtext';
import type { EvidenceCatalogue } from './evidence';
import { bulletItem, heading, internalLink, link, numberedItem, para, runs, type RunStyle } from './word';

export interface RichTextContext {
  evidence: EvidenceCatalogue;
  /** An indicator citation as the figure and its period ("18.4%, Q2 2026–27"). */
  indicatorText?: (citation: IndicatorCitation) => string;
  /** A new list instance, so every numbered list counts from 1. */
  nextListInstance(): number;
}

/** The heading level the narrative's own level-1 headings take: one below the heading they sit under. */
export interface RichTextPlacement {
  headingBase: number;
}

export function inlineChildren(content: readonly Inline[], ctx: RichTextContext, base: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inline of content) {
    if (inline.type === 'citation') {
      const view = ctx.evidence.citation(inline.evidenceId);
      if (view.kind === 'shown' && view.anchor)
        out.push(internalLink(view.anchor, view.text, base));
      else out.push(...runs(view.text, view.kind === 'shown' ? base : { ...base, italics: true }));
      continue;
    }
    if (inline.type === 'indicator') {
      out.push(...runs(ctx.indicatorText?.(inline) ?? '[indicator figure]', base));
      continue;
    }
    const style: RunStyle = {
      ...base,
      bold: base.bold || inline.marks?.includes('bold') || undefined,
      italics: base.italics || inline.marks?.includes('italic') || undefined,
    };
    if (inline.href) out.push(link(inline.href, inline.text, style));
    else out.push(...runs(inline.text, style));
  }
  return out;
}

export function richTextParagraphs(doc: RichDoc, ctx: RichTextContext, placement: RichTextPlacement): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(para(inlineChildren(block.content, ctx)));
        break;
      case 'heading':
        out.push(heading(inlineChildren(block.content, ctx), placement.headingBase + block.level - 1));
        break;
      case 'bullet_list':
        for (const item of block.items) out.push(bulletItem(inlineChildren(item, ctx)));
        break;
      case 'numbered_list': {
        const instance = ctx.nextListInstance();
        for (const item of block.items) out.push(numberedItem(inlineChildren(item, ctx), instance));
        break;
      }
    }
  }
  return out;
}
