import { describe, expect, it } from 'vitest';
import { unbreakableReference } from '../../src/core/export/reference-text';

describe('unbreakableReference', () => {
  it('leaves no place where Word may break a reference over two lines', () => {
    const kept = unbreakableReference('FV2 6-1');
    expect(kept).toBe('FV2\u00a06\u20111');
    expect(kept).not.toMatch(/[ -]/);
    expect(unbreakableReference('E12')).toBe('E12');
  });
});
