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

/** One citation's text and link; `bare` drops its brackets, for a citation inside a group's. */
function citationChildren(evidenceId: string, ctx: RichTextContext, base: RunStyle, bare: boolean): ParagraphChild[] {
  const view = ctx.evidence.citation(evidenceId);
  const text = bare ? view.text.slice(1, -1) : view.text;
  if (view.kind === 'shown' && view.anchor) return [internalLink(view.anchor, text, base)];
  return runs(text, view.kind === 'shown' ? base : { ...base, italics: true });
}

/**
 * Where citations come one after another (with at most spaces between), the index past the last of them:
 * they print as one bracket, "[E003, E017]", as a reader expects, not "[E003][E017]".
 */
function endOfCitations(content: readonly Inline[], start: number): number {
  let end = start + 1;
  for (let i = start + 1; i < content.length; i++) {
    const inline = content[i]!;
    if (inline.type === 'citation') end = i + 1;
    else if (inline.type === 'indicator' || inline.text.trim() !== '') break;
  }
  return end;
}

export function inlineChildren(content: readonly Inline[], ctx: RichTextContext, base: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let i = 0; i < content.length; i++) {
    const inline = content[i]!;
    if (inline.type === 'citation') {
      const end = endOfCitations(content, i);
      const cited = content.slice(i, end).filter((c) => c.type === 'citation');
      if (cited.length === 1) out.push(...citationChildren(inline.evidenceId, ctx, base, false));
      else {
        out.push(...runs('[', base));
        cited.forEach((c, n) => {
          if (n > 0) out.push(...runs(', ', base));
          out.push(...citationChildren(c.evidenceId, ctx, base, true));
        });
        out.push(...runs(']', base));
      }
      i = end - 1;
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
