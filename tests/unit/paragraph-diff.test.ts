// Two versions of a narrative compared paragraph by paragraph, for the merge offered when a save is
// refused as stale: what both keep shows once, what differs shows from each side, mine before theirs,
// and the combined starting point has every paragraph either person wrote.
import { describe, expect, it } from 'vitest';
import { combinedDoc, diffParagraphs, paragraphsDiffer } from '../../src/shared/paragraphDiff';
import type { Block } from '../../src/shared/richtext';

const p = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const kinds = (changes: ReturnType<typeof diffParagraphs>) =>
  changes.map((c) => `${c.kind}:${c.block.type === 'paragraph' ? c.block.content.map((i) => (i.type === 'text' ? i.text : '')).join('') : c.block.type}`);

describe('paragraph differences', () => {
  it('marks nothing when both are the same', () => {
    const changes = diffParagraphs([p('A'), p('B')], [p('A'), p('B')]);
    expect(kinds(changes)).toEqual(['same:A', 'same:B']);
    expect(paragraphsDiffer(changes)).toBe(false);
  });

  it('puts a paragraph each changed, mine then theirs, between the ones both kept', () => {
    const changes = diffParagraphs([p('A'), p('B mine'), p('C')], [p('A'), p('B theirs'), p('C')]);
    expect(kinds(changes)).toEqual(['same:A', 'mine:B mine', 'theirs:B theirs', 'same:C']);
    expect(paragraphsDiffer(changes)).toBe(true);
  });

  it('keeps paragraphs only one side added or removed, in reading order', () => {
    const changes = diffParagraphs([p('A'), p('new of mine'), p('B'), p('C')], [p('A'), p('B'), p('their ending')]);
    expect(kinds(changes)).toEqual(['same:A', 'mine:new of mine', 'same:B', 'mine:C', 'theirs:their ending']);
  });

  it('counts a change of formatting as a difference', () => {
    const bold: Block = { type: 'paragraph', content: [{ type: 'text', text: 'A', marks: ['bold'] }] };
    expect(kinds(diffParagraphs([p('A')], [bold]))).toEqual(['mine:A', 'theirs:A']);
  });

  it('compares with an empty side', () => {
    expect(kinds(diffParagraphs([], [p('A')]))).toEqual(['theirs:A']);
    expect(kinds(diffParagraphs([p('A')], []))).toEqual(['mine:A']);
  });

  it('combines into every paragraph of both, each shared one once', () => {
    const doc = combinedDoc(diffParagraphs([p('A'), p('B mine')], [p('A'), p('B theirs')]));
    expect(doc).toEqual({ type: 'doc', blocks: [p('A'), p('B mine'), p('B theirs')] });
  });
});
