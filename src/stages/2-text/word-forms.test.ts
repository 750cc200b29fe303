import { describe, expect, it } from 'vitest';
import { lemmaAs, rememberLemma, rememberWord, type WordMemo } from './word-forms.js';

describe('rememberWord', () => {
  it.each([
    ['Ministry', 'ministry', false, undefined],
    ['\n', '\n', true, undefined],
    ['\u00a0\u00a0', '\u00a0\u00a0', true, undefined],
    ["Clinton's", "clinton's", false, ['Clinton', 'clinton', "'s", "'s"]],
    ['NATO’S', 'nato’s', false, ['NATO', 'nato', '’S', '’s']],
    ["Jean-Luc's", "jean-luc's", false, ['Jean-Luc', 'jean-luc', "'s", "'s"]],
    // a possessive needs a word of two letters or more before it, ending in a letter
    ['U.S.’s', 'u.s.’s', false, undefined],
    ["A's", "a's", false, undefined],
    ["2020's", "2020's", false, undefined],
    ["'s", "'s", false, undefined],
  ])('keeps the forms of %j', (value, lower, blank, possessive) => {
    const forms = rememberWord([], 7, value);
    expect([forms.value, forms.lower, forms.blank]).toEqual([value, lower, blank]);
    const parts = forms.possessive;
    expect(parts && [parts.base, parts.baseLower, parts.mark, parts.markLower]).toEqual(possessive);
  });

  it('gives each remembered word and possessive part a form id of its own, and none to a word not kept', () => {
    const memo: WordMemo = [];
    const talks = rememberWord(memo, 3, 'talks');
    const clinton = rememberWord(memo, 4, "Clinton's");
    const ids = [talks.form, clinton.form, clinton.possessive?.baseForm, clinton.possessive?.markForm];
    for (const id of ids) expect(id).toBeGreaterThanOrEqual(0);
    expect(new Set(ids).size).toBe(4);
    const unkept = rememberWord(memo, 5_000_000, "Zyxwv's");
    expect([unkept.form, unkept.possessive?.baseForm, unkept.possessive?.markForm]).toEqual([-1, -1, -1]);
  });

  it('remembers a word under its id, and no word past the largest id kept', () => {
    const memo: WordMemo = [];
    const forms = rememberWord(memo, 3, 'talks');
    expect(memo[3]).toBe(forms);
    expect(memo.length).toBe(4);
    rememberWord(memo, 5_000_000, 'Zyxwv');
    expect(memo.length).toBe(4);
  });
});

describe('lemmaAs', () => {
  it('gives the lemma remembered for each tag, whatever the order the tags were met in', () => {
    const forms = rememberWord([], 1, 'meeting');
    expect(lemmaAs(forms, 'VERB')).toBeUndefined();
    rememberLemma(forms, 'NOUN', 'meeting');
    rememberLemma(forms, 'VERB', 'meet');
    rememberLemma(forms, 'ADJ', 'meeting');
    expect(['NOUN', 'VERB', 'ADJ', 'PROPN'].map((tag) => lemmaAs(forms, tag))).toEqual([
      'meeting',
      'meet',
      'meeting',
      undefined,
    ]);
  });
});
