// Two versions of a narrative compared paragraph by paragraph, for merging a save refused as stale: the
// longest run of paragraphs both keep in the same order (a longest common subsequence), and around it
// what only one of them has. A paragraph is a block (paragraph, heading or list) and two are the same
// when they are identical, formatting and citations included.
import type { Block, RichDoc } from './richtext';

export type ParagraphChange =
  | { kind: 'same'; block: Block }
  | { kind: 'mine'; block: Block }
  | { kind: 'theirs'; block: Block };

/** Beyond this many paragraphs a side, the table would be large: compare as one change instead. */
const MAX_COMPARED = 2000;

/**
 * The paragraphs of both versions in reading order: each kept by both once ('same'), and where they
 * differ, this person's paragraphs ('mine') before the other person's ('theirs').
 */
export function diffParagraphs(mine: readonly Block[], theirs: readonly Block[]): ParagraphChange[] {
  const a = mine.map((b) => JSON.stringify(b));
  const b = theirs.map((t) => JSON.stringify(t));
  if (a.length > MAX_COMPARED || b.length > MAX_COMPARED)
    return [...mine.map((block) => ({ kind: 'mine' as const, block })), ...theirs.map((block) => ({ kind: 'theirs' as const, block }))];
  // common(i, j): how many paragraphs a[i..] and b[j..] keep in common, in order.
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  const common = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * width + j] = a[i] === b[j] ? common(i + 1, j + 1) + 1 : Math.max(common(i + 1, j), common(i, j + 1));
  const changes: ParagraphChange[] = [];
  const pendingTheirs: ParagraphChange[] = [];
  const flushTheirs = () => changes.push(...pendingTheirs.splice(0));
  let i = 0;
  let j = 0;
  for (;;) {
    const mineBlock = mine[i];
    const theirBlock = theirs[j];
    if (mineBlock && theirBlock && a[i] === b[j]) {
      flushTheirs();
      changes.push({ kind: 'same', block: mineBlock });
      i++;
      j++;
    } else if (theirBlock && (!mineBlock || common(i, j + 1) >= common(i + 1, j))) {
      pendingTheirs.push({ kind: 'theirs', block: theirBlock });
      j++;
    } else if (mineBlock) {
      changes.push({ kind: 'mine', block: mineBlock });
      i++;
    } else break;
  }
  flushTheirs();
  return changes;
}

/** Whether the two versions differ at all. */
export function paragraphsDiffer(changes: readonly ParagraphChange[]): boolean {
  return changes.some((c) => c.kind !== 'same');
}

/**
 * A starting point for combining: every paragraph of both, each shared one once, in reading order, so
 * nothing either person wrote is missing; the person then deletes or edits what should not stay.
 */
export function combinedDoc(changes: readonly ParagraphChange[]): RichDoc {
  return { type: 'doc', blocks: changes.map((c) => c.block) };
}
