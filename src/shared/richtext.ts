// Narratives are stored as a small structured document, not HTML, so the Word export can map each
// block and mark faithfully and nothing executable can ever be stored.
import { z } from 'zod';

export const TextMarkSchema = z.enum(['bold', 'italic']);
export type TextMark = z.infer<typeof TextMarkSchema>;

/** Only web and mail links are kept: anything else (javascript:, file:) is refused at the boundary. */
export const LinkHrefSchema = z
  .string()
  .max(2000)
  .regex(/^(https?:\/\/|mailto:)/i, 'Links must start with https://, http:// or mailto:');

export const TextRunSchema = z.object({
  type: z.literal('text'),
  text: z.string().max(100_000),
  marks: z.array(TextMarkSchema).optional(),
  href: LinkHrefSchema.optional(),
});
export type TextRun = z.infer<typeof TextRunSchema>;

/** An inline citation of an evidence item from the library, by its id. */
export const CitationSchema = z.object({
  type: z.literal('citation'),
  evidenceId: z.string().min(1).max(64),
});
export type Citation = z.infer<typeof CitationSchema>;

/**
 * An inline citation of a performance indicator: the council's figure for one period, or, without a period,
 * its latest figure as at the pack's date. Shown in the editor as a chip and in Word as the figure and its
 * period ("18.4%, Q2 2026–27"), so the text and the data it quotes cannot drift apart unseen.
 */
export const IndicatorCitationSchema = z.object({
  type: z.literal('indicator'),
  indicatorId: z.string().min(1).max(80),
  /** A period key, "quarter:2026-09-30" (see shared/indicators/periods.ts); absent means the latest figure. */
  period: z
    .string()
    .regex(/^(quarter|financial_year|academic_year|calendar_year|as_at):\d{4}-\d{2}-\d{2}$/, 'Cite a period as kind:YYYY-MM-DD')
    .optional(),
});
export type IndicatorCitation = z.infer<typeof IndicatorCitationSchema>;

export const InlineSchema = z.discriminatedUnion('type', [TextRunSchema, CitationSchema, IndicatorCitationSchema]);
export type Inline = z.infer<typeof InlineSchema>;

export const ParagraphSchema = z.object({ type: z.literal('paragraph'), content: z.array(InlineSchema) });
export const HeadingSchema = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  content: z.array(InlineSchema),
});
/** Lists are flat: each item is one line of inline content. */
export const ListSchema = z.object({
  type: z.enum(['bullet_list', 'numbered_list']),
  items: z.array(z.array(InlineSchema)).min(1),
});
export const BlockSchema = z.discriminatedUnion('type', [ParagraphSchema, HeadingSchema, ListSchema]);
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Heading = z.infer<typeof HeadingSchema>;
export type List = z.infer<typeof ListSchema>;
export type Block = z.infer<typeof BlockSchema>;

export const RichDocSchema = z.object({
  type: z.literal('doc'),
  blocks: z.array(BlockSchema).max(5000),
});
export type RichDoc = z.infer<typeof RichDocSchema>;

export function emptyDoc(): RichDoc {
  return { type: 'doc', blocks: [] };
}

/** Builds a document of plain paragraphs, one per non-empty line. */
export function docFromText(text: string): RichDoc {
  const blocks: Block[] = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }));
  return { type: 'doc', blocks };
}

function blockInlines(block: Block): Inline[][] {
  return block.type === 'paragraph' || block.type === 'heading' ? [block.content] : block.items;
}

export function inlineText(
  content: Inline[],
  citationText: (evidenceId: string) => string = () => '',
  indicatorText: (citation: IndicatorCitation) => string = () => '',
): string {
  return content
    .map((i) => (i.type === 'text' ? i.text : i.type === 'citation' ? citationText(i.evidenceId) : indicatorText(i)))
    .join('');
}

/** The document as plain text, a line per paragraph or list item (for search and word counts). */
export function docToPlainText(
  doc: RichDoc,
  citationText?: (evidenceId: string) => string,
  indicatorText?: (citation: IndicatorCitation) => string,
): string {
  return doc.blocks.flatMap((b) => blockInlines(b).map((c) => inlineText(c, citationText, indicatorText))).join('\n');
}

export function isDocEmpty(doc: RichDoc | null | undefined): boolean {
  if (!doc) return true;
  return doc.blocks.every((b) =>
    blockInlines(b).every((c) => c.every((i) => i.type === 'text' && i.text.trim() === '')),
  );
}

export function countWords(doc: RichDoc): number {
  const text = docToPlainText(doc).trim();
  return text ? text.split(/\s+/).length : 0;
}

/** One paragraph or list item of a document, and where it is: what a readiness flag points at. */
export interface DocParagraph {
  blockIndex: number;
  /** The list item within a list block; null for a paragraph or heading. */
  itemIndex: number | null;
  kind: Block['type'];
  content: Inline[];
}

export function paragraphsOf(doc: RichDoc): DocParagraph[] {
  return doc.blocks.flatMap((block, blockIndex): DocParagraph[] =>
    block.type === 'paragraph' || block.type === 'heading'
      ? [{ blockIndex, itemIndex: null, kind: block.type, content: block.content }]
      : block.items.map((content, itemIndex) => ({ blockIndex, itemIndex, kind: block.type, content })),
  );
}

/** Every indicator cited in the document, once each (by indicator and period), in order of first citation. */
export function citedIndicators(doc: RichDoc): IndicatorCitation[] {
  const seen = new Map<string, IndicatorCitation>();
  for (const block of doc.blocks)
    for (const content of blockInlines(block))
      for (const inline of content)
        if (inline.type === 'indicator') seen.set(`${inline.indicatorId} ${inline.period ?? ''}`, inline);
  return [...seen.values()];
}

/** Every evidence id cited in the document, in order of first citation. */
export function citedEvidenceIds(doc: RichDoc): string[] {
  const seen = new Set<string>();
  for (const block of doc.blocks)
    for (const content of blockInlines(block))
      for (const inline of content) if (inline.type === 'citation') seen.add(inline.evidenceId);
  return [...seen];
}
