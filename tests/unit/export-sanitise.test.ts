// The one function that decides what text may go into a Word file: it removes what XML 1.0 cannot hold
// (so the file always opens) and keeps everything else a council might write.
import { describe, expect, it } from 'vitest';
import { isStorable, sanitiseText } from '../../src/core/export/sanitise';

describe('sanitiseText', () => {
  it('removes C0 control characters but keeps tabs and line breaks', () => {
    expect(sanitiseText('a\u0000b\u0001c\u0007d\u0008e\u000Bf\u000Cg\u001Fh')).toBe('abcdefgh');
    expect(sanitiseText('one\ttwo\nthree')).toBe('one\ttwo\nthree');
  });

  it('turns Windows and old Mac line endings into line breaks', () => {
    expect(sanitiseText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('removes the non-characters U+FFFE and U+FFFF', () => {
    expect(sanitiseText('x\uFFFEy\uFFFFz')).toBe('xyz');
  });

  it('removes unpaired surrogates, high or low, but keeps surrogate pairs (emoji)', () => {
    expect(sanitiseText('a\uD800b')).toBe('ab');
    expect(sanitiseText('a\uDC00b')).toBe('ab');
    expect(sanitiseText('end\uD83D')).toBe('end');
    expect(sanitiseText('😀 👍🏽 👩‍👧')).toBe('😀 👍🏽 👩‍👧');
  });

  it('keeps accents, right-to-left scripts and typographic punctuation', () => {
    const text = 'Café naïve — “quoted” £5 €6 שלום עולם مرحبا Łódź';
    expect(sanitiseText(text)).toBe(text);
  });

  it('gives text that isStorable accepts', () => {
    expect(isStorable('a\u0001b')).toBe(false);
    expect(isStorable(sanitiseText('a\u0001b\uFFFF\uD800'))).toBe(true);
    expect(isStorable('a\u0001b')).toBe(false);
  });
});
