// The history's sentences (src/renderer/features/history/describe.ts) for changes the core words itself:
// the board paper's fields, one or several, read once with "the" and keep their proper nouns.
import { describe, expect, it } from 'vitest';
import { describeEntry, emptyNameBook } from '../../src/renderer/features/history/describe';
import type { AuditEntry } from '../../src/shared/entities';

const entry = (action: string, before: Record<string, unknown>, after: Record<string, unknown>): AuditEntry => ({
  id: 1, at: '2026-11-23T10:00:00.000Z', actor: 'Sam Okafor', login: 'sam', entity: 'boardPaper', entityId: 'p1', action, packId: 'p1', before, after,
});

describe('history sentences for the board paper', () => {
  it('names the board paper once, with several fields changed', () => {
    const text = describeEntry(
      entry('Changed the board paper: meeting and paragraph of Schedule 12A relied on', { committee: null, exemptParagraph: null }, { committee: 'Cabinet', exemptParagraph: 3 }),
      emptyNameBook(),
    );
    expect(text).toBe('Sam Okafor changed the board paper: meeting and paragraph of Schedule 12A relied on');
  });

  it('names the board paper once, with one field changed', () => {
    const text = describeEntry(entry('Changed the board paper: purpose of the report', { purpose: null }, { purpose: { type: 'doc', blocks: [] } }), emptyNameBook());
    expect(text).not.toMatch(/\bthe the\b/);
    expect(text).toMatch(/^Sam Okafor (changed|set) the board paper: purpose of the report/);
  });
});
