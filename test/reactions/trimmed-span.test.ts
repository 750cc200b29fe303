// Stage 6's span trimming by character code: the same spans as the model's trimSpan (its regular expression),
// for ASCII and Unicode white space, marks and text ends.
import { describe, expect, it } from 'vitest';
import { trimSpan } from '../../src/model/span.js';
import { trimmedSpan } from '../../src/stages/6-reactions/4-build-reactions.js';

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

describe('trimmedSpan', () => {
  it('trims every kind of white space at either end, as trimSpan does', () => {
    for (const space of SPACES) {
      const text = `${space}${space}Ghana condemned the raid${space}`;
      expect(trimmedSpan(text, 0, text.length)).toEqual(trimSpan(text, 0, text.length));
      expect(trimmedSpan(text, 0, text.length)).toEqual({ start: 2, end: text.length - 1 });
    }
  });

  it('keeps characters that are no white space, as trimSpan does', () => {
    for (const mark of NOT_SPACES) {
      const text = `${mark}Peru urged restraint${mark}`;
      expect(trimmedSpan(text, 0, text.length)).toEqual(trimSpan(text, 0, text.length));
      expect(trimmedSpan(text, 0, text.length)).toEqual({ start: 0, end: text.length });
    }
  });

  it('agrees with trimSpan on spans of only white space, empty spans and spans past the text', () => {
    const text = ' \u00a0 Chile, \u3000 Kenya \n';
    for (let start = -1; start <= text.length + 1; start++)
      for (let end = start - 1; end <= text.length + 2; end++)
        expect(trimmedSpan(text, start, end)).toEqual(trimSpan(text, start, end));
  });
});
