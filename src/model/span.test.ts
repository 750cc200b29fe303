// trimSpan reads ASCII white space by its code: the same spans as trimming by the regular expression `\s` (the
// reference below), for ASCII and Unicode white space, marks and text ends.
import { describe, expect, it } from 'vitest';
import { type Span, trimSpan } from './span.js';

/** The definition: narrow the span while its first or last character matches `\s`. */
function byPattern(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

// every character `\s` matches, and neighbours that it does not
const SPACES = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
const NOT_SPACES = ['a', '.', '“', '”', '—', '\u200b', '\u180e', '\u0085', '\u0008', '\u000e', '\u00ad', 'é'];

describe('trimSpan', () => {
  it('trims every kind of white space at either end, as the pattern does', () => {
    for (const space of SPACES) {
      const text = `${space}${space}Ghana condemned the raid${space}`;
      expect(trimSpan(text, 0, text.length)).toEqual(byPattern(text, 0, text.length));
      expect(trimSpan(text, 0, text.length)).toEqual({ start: 2, end: text.length - 1 });
    }
  });

  it('keeps characters that are no white space, as the pattern does', () => {
    for (const mark of NOT_SPACES) {
      const text = `${mark}Peru urged restraint${mark}`;
      expect(trimSpan(text, 0, text.length)).toEqual(byPattern(text, 0, text.length));
      expect(trimSpan(text, 0, text.length)).toEqual({ start: 0, end: text.length });
    }
  });

  it('agrees with the pattern on spans of only white space, empty spans and spans past the text', () => {
    const text = ' \u00a0 Chile, \u3000 Kenya \n';
    for (let start = -1; start <= text.length + 1; start++)
      for (let end = start - 1; end <= text.length + 2; end++)
        expect(trimSpan(text, start, end)).toEqual(byPattern(text, start, end));
  });
});
