// How often the page sends its unsaved texts to the host to be kept against a crash
// (src/renderer/editor/keptDrafts.ts): a little after typing stops, and at least every second while it
// goes on without a pause, so a crash in the middle of a long burst of typing does not lose all of it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, type KeptDraftText } from '../../src/shared/bridge';
import { keepOnScreen, keptTextsChanged } from '../../src/renderer/editor/keptDrafts';
import { noteUnsavedOnScreen } from '../../src/renderer/editor/heldDrafts';

const KEY = 'narrative:area-1/strengths';
let typed = '';
const sets: KeptDraftText[][] = [];

beforeEach(() => {
  vi.useFakeTimers();
  (globalThis as Record<string, unknown>).window = { [BRIDGE_KEY]: { keepDrafts: async (texts: KeptDraftText[]) => void sets.push(texts) } };
  keepOnScreen(KEY, () => ({
    key: KEY,
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: typed }] }] },
    knownText: '',
    kept: { key: KEY, op: 'narratives.save', input: {}, baseVersion: 1, stale: null },
    place: { route: { name: 'packs' }, where: 'Help and protection', label: 'Strengths' },
  }) as never);
  noteUnsavedOnScreen(KEY, true);
});
afterEach(() => vi.useRealTimers());

/** Types one more letter every `everyMs` for `forMs`, telling the kept texts each time, as the editor does. */
function typeSteadily(forMs: number, everyMs: number) {
  for (let t = 0; t < forMs; t += everyMs) {
    typed += 'a';
    keptTextsChanged();
    vi.advanceTimersByTime(everyMs);
  }
}

const lastSent = () => JSON.stringify(sets.at(-1)?.[0]?.doc ?? null);

describe('sending the unsaved texts to be kept', () => {
  it('sends while typing goes on without a pause, not only once it stops', () => {
    typeSteadily(3000, 100);
    // Three seconds of typing with no 0.3 s pause: sent about every second meanwhile.
    expect(sets.length).toBeGreaterThanOrEqual(2);
    const lengthSent = typed.length - (JSON.parse(lastSent()).content[0].content[0].text as string).length;
    expect(lengthSent).toBeLessThanOrEqual(10);
  });

  it('sends the last text once typing stops', () => {
    typeSteadily(200, 100);
    vi.advanceTimersByTime(400);
    expect(lastSent()).toContain(typed);
  });
});
