// The words a person sees when the interface sends something the contract refuses.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/core/dispatch';
import type { CoreContext } from '../../src/core/context';

// Validation happens before any handler runs, so no database is needed to see these messages.
const ctx = {} as CoreContext;

describe('messages for refused input', () => {
  it('says a missing field is required, by name', async () => {
    const result = await dispatch(ctx, 'packs.create', { frameworkId: 'ilacs-2023', period: '2025–26', asAt: '2026-11-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { title: 'This is required' } } });
    expect(!result.ok && result.error.message).toBe('That was not saved: title: This is required.');
  });

  it('names a field the contract does not know', async () => {
    const result = await dispatch(ctx, 'settings.update', { colour: 'red' });
    expect(!result.ok && result.error.message).toBe('That was not saved: SEF Studio does not recognise "colour"; remove it.');
  });

  it('keeps the contract’s own wording for other problems', async () => {
    const result = await dispatch(ctx, 'packs.create', { title: ' ', frameworkId: 'x', period: '2025–26', asAt: '2026-11-01' });
    expect(!result.ok && result.error.fields).toEqual({ title: 'Enter a title' });
  });
});
