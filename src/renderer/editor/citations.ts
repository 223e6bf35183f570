// The kinds of inline citation a narrative can hold, as data: each is an atom in the editor (one chip
// that the caret steps over, deleted and undone whole) and an inline of the stored RichDoc. The editor's
// node, the mapping to and from the document, the HTML it copies and pastes as, and the chip's label all
// come from here, so a new kind is one entry (and a label in CitationChip.tsx), not new editor code.
import type { IndicatorCitation, Citation, Inline } from '../../shared/richtext';

export type CitationInline = Citation | IndicatorCitation;

export interface CitationKind<I extends CitationInline = CitationInline> {
  /** The editor node's name. */
  node: string;
  /** The stored inline it stands for. */
  inline: I['type'];
  /** Its attributes: the name in the editor, the data- attribute it is copied as, and whether it must be there. */
  attrs: readonly { name: string; html: string; required: boolean }[];
  /** What it says when copied out as plain text, and before its label is known. */
  placeholder: string;
}

export const EVIDENCE_CITATION: CitationKind<Citation> = {
  node: 'citation',
  inline: 'citation',
  attrs: [{ name: 'evidenceId', html: 'data-evidence-id', required: true }],
  placeholder: '[Evidence]',
};

export const INDICATOR_CITATION: CitationKind<IndicatorCitation> = {
  node: 'indicatorCitation',
  inline: 'indicator',
  attrs: [
    { name: 'indicatorId', html: 'data-indicator-id', required: true },
    { name: 'period', html: 'data-indicator-period', required: false },
  ],
  placeholder: '[Indicator figure]',
};

export const CITATION_KINDS: readonly CitationKind[] = [EVIDENCE_CITATION, INDICATOR_CITATION];

export function kindOfNode(node: string): CitationKind | undefined {
  return CITATION_KINDS.find((k) => k.node === node);
}

export function kindOfInline(inline: Inline): CitationKind | undefined {
  return CITATION_KINDS.find((k) => k.inline === inline.type);
}

/** The editor node's attributes for a stored citation. */
export function citationAttrs(kind: CitationKind, inline: CitationInline): Record<string, string | null> {
  const source = inline as unknown as Record<string, unknown>;
  return Object.fromEntries(kind.attrs.map((a) => [a.name, typeof source[a.name] === 'string' ? (source[a.name] as string) : null]));
}

/** The stored citation for an editor node's attributes, or null when a required one is missing. */
export function citationInline(kind: CitationKind, attrs: Record<string, unknown>): CitationInline | null {
  const inline: Record<string, string> = { type: kind.inline };
  for (const a of kind.attrs) {
    const value = attrs[a.name];
    if (typeof value === 'string' && value) inline[a.name] = value;
    else if (a.required) return null;
  }
  return inline as unknown as CitationInline;
}
