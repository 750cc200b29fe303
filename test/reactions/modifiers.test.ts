// The reaction modifiers' loader: the word lists of data/reactions/modifiers.json -> sets; a list stage 6 cannot
// read as written fails the run with a code and a message that says what to change.
import { describe, expect, it } from 'vitest';
import { readDataJson } from '../../src/adapters/lexicons/data-dir.js';
import { parseModifiers } from '../../src/adapters/lexicons/reactions.js';

const shipped = () => readDataJson<Record<string, string[]>>('reactions/modifiers.json');

describe('parseModifiers', () => {
  it('reads the shipped lists, lower-cased, with clause marks that have no letter', () => {
    const modifiers = parseModifiers(shipped());
    expect(modifiers.clauseBreakPunct.has(';')).toBe(true);
    expect(modifiers.clauseBreakWords.has('whereas')).toBe(true);
    expect([...modifiers.clauseBreakPunct].some((mark) => /\p{L}/u.test(mark))).toBe(false);
  });

  it.each([['x'], ['§a'], ['é']])(
    'fails on a clause mark with a letter (%s): stage 6 looks marks up by lower-case form',
    (mark) => {
      const raw = { ...shipped(), clauseBreakPunct: [',', mark] };
      expect(() => parseModifiers(raw)).toThrow(
        expect.objectContaining({ code: 'lexicon.bad_reaction_modifiers' }),
      );
      expect(() => parseModifiers(raw)).toThrow(/clauseBreakWords/);
    },
  );

  it('fails on a missing list, naming it', () => {
    const { hedges: _hedges, ...raw } = shipped();
    expect(() => parseModifiers(raw)).toThrow(/"hedges"/);
  });
});
