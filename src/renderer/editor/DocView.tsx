// A stored document shown as it reads, outside an editor: paragraphs, headings and lists, with each
// citation as its short form ([E008]) and what it cites for screen readers and on hover. Used where text
// is read and not edited: both sides of Compare and merge, and what a framework move kept.
import type { ReactNode } from 'react';
import type { Block, Inline, RichDoc } from '../../shared/richtext';
import { useEvidenceLabel, useIndicatorLabel } from './CitationChip';
import './docView.css';

/** The whole document; `className` on its wrapper. */
export function DocView({ doc, className }: { doc: RichDoc; className?: string }) {
  return (
    <div className={className}>
      {doc.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </div>
  );
}

export function BlockView({ block }: { block: Block }) {
  if (block.type === 'paragraph') return <p><Line content={block.content} /></p>;
  if (block.type === 'heading')
    return (
      <p className="doc-view__heading">
        <Line content={block.content} />
      </p>
    );
  const items = block.items.map((item, i) => (
    <li key={i}>
      <Line content={item} />
    </li>
  ));
  return block.type === 'numbered_list' ? <ol>{items}</ol> : <ul>{items}</ul>;
}

function Line({ content }: { content: Inline[] }) {
  return (
    <>
      {content.map((inline, i) => (
        <InlineView key={i} inline={inline} />
      ))}
    </>
  );
}

function InlineView({ inline }: { inline: Inline }) {
  if (inline.type === 'citation') return <Cited label={useEvidenceLabel}>{{ evidenceId: inline.evidenceId }}</Cited>;
  if (inline.type === 'indicator') return <Cited label={useIndicatorLabel}>{{ indicatorId: inline.indicatorId, period: inline.period }}</Cited>;
  let text: ReactNode = inline.text;
  if (inline.marks?.includes('bold')) text = <strong>{text}</strong>;
  if (inline.marks?.includes('italic')) text = <em>{text}</em>;
  return <>{text}</>;
}

/** A citation as its short form, with what it cites for screen readers and on hover. */
function Cited({ label: useLabel, children: attrs }: { label: typeof useEvidenceLabel; children: Record<string, unknown> }) {
  const label = useLabel(attrs);
  return (
    <span className="doc-view__cite" title={label?.title}>
      {label?.short ?? '[…]'}
      {label && <span className="visually-hidden"> ({label.title})</span>}
    </span>
  );
}
