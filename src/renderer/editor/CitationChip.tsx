// A citation in the text: a short chip ([E008]) that names what it cites on hover and when it is selected
// (or focused, in a read-only narrative), and to screen readers always. Each kind of citation
// (citations.ts) has a label hook here saying its short form and what it names.
import { NodeViewWrapper, useEditorState, type NodeViewProps } from '@tiptap/react';
import { skipToken, useOp } from '../data/ops';
import { kindOfNode } from './citations';

export interface CitationLabel {
  /** The chip itself: "[E008]". */
  short: string;
  /** What it cites, in full: "Case-file audit, October 2026". */
  title: string;
}

type LabelHook = (attrs: Record<string, unknown>) => CitationLabel | null;

export const useEvidenceLabel: LabelHook = (attrs) => {
  const evidenceId = typeof attrs.evidenceId === 'string' ? attrs.evidenceId : null;
  const { data, isError } = useOp('evidence.get', evidenceId ? { evidenceId } : skipToken);
  if (data) return { short: `[${data.evidence.reference}]`, title: data.evidence.title };
  if (isError) return { short: '[deleted]', title: 'This evidence item is no longer in the library' };
  return null;
};

export const useIndicatorLabel: LabelHook = (attrs) => {
  const { data } = useOp('indicators.list', {});
  const indicator = data?.indicators.find((i) => i.id === attrs.indicatorId);
  if (!data) return null;
  if (!indicator) return { short: '[deleted]', title: 'This indicator is no longer in the library' };
  return { short: `[${indicator.shortTitle || indicator.title}]`, title: indicator.title };
};

/** The label of each kind of citation, by the editor node's name. */
const LABELS: Record<string, LabelHook> = {
  citation: useEvidenceLabel,
  indicatorCitation: useIndicatorLabel,
};

export function CitationChip({ node, selected, editor }: NodeViewProps) {
  const kind = kindOfNode(node.type.name);
  // A chip keeps its kind for its whole life, so the same hook runs on every render.
  const label = (LABELS[node.type.name] ?? (() => null))(node.attrs);
  const short = label?.short ?? kind?.placeholder ?? '[Citation]';
  // A pack approved (or reopened) elsewhere turns the editor read-only in place: follow it.
  const editable = useEditorState({ editor, selector: ({ editor: e }) => e.isEditable });
  return (
    <NodeViewWrapper
      as="span"
      className={`rt-cite${selected ? ' rt-cite--selected' : ''}`}
      // In a read-only narrative the chips are in the tab order, so keyboard users can read their titles.
      tabIndex={editable ? undefined : 0}
      {...Object.fromEntries((kind?.attrs ?? []).map((a) => [a.html, node.attrs[a.name] ?? undefined]))}
    >
      <span className="rt-cite__short">{short}</span>
      {label && <span className="rt-cite__title"> {label.title}</span>}
    </NodeViewWrapper>
  );
}
