// Stage 6's token classes: invented sentences -> each token's bits, checked against the lexicon's own sets.
import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/apps/context.js';
import type { Token } from '../../src/model/text.js';
import {
  APPEAL,
  BLOCKER,
  BREAK_PUNCT,
  BREAK_WORD,
  CONDITIONAL,
  classifyTokens,
  FIRST_PERSON,
  GAP_STOP,
  HEDGE,
  hasClass,
  INTENSIFIER,
  isWordIn,
  lemmaId,
  lowerId,
  NEGATIVE_VERB,
  NEGATOR,
  OPENS,
  OPENS_BY_LEMMA,
  QUOTE,
  REFUSAL_VERB,
  SAME,
  SPEECH,
  wordIdsOf,
} from '../../src/stages/6-reactions/word-classes.js';
import { buildTestDoc } from './fixture.js';

const lexicon = defaultContext().lexicons.reactions;
const m = lexicon.modifiers;

/** The classes a token must have by its lower-case form, and by its form or lemma, asked of the sets directly. */
function expectedOf(token: Token): { own: [number, boolean][]; either: [number, boolean][] } {
  const either = (words: ReadonlySet<string>) => words.has(token.lower) || words.has(token.lemma);
  return {
    own: [
      [OPENS, lexicon.cuesByWord.has(token.lower)],
      [BREAK_PUNCT, m.clauseBreakPunct.has(token.lower)],
      [BREAK_WORD, m.clauseBreakWords.has(token.lower)],
      [CONDITIONAL, m.conditionals.has(token.lower)],
      [FIRST_PERSON, m.firstPerson.has(token.lower)],
      [QUOTE, ['"', '“', '”', '‘', '’'].includes(token.text)],
      [GAP_STOP, ['.', ';', ':', '?', '!'].includes(token.text)],
    ],
    either: [
      [NEGATOR, either(m.negators)],
      [NEGATIVE_VERB, either(m.negativeVerbs)],
      [REFUSAL_VERB, either(m.refusalVerbs)],
      [HEDGE, either(m.hedges)],
      [INTENSIFIER, either(m.intensifiers)],
      [APPEAL, either(m.appealWords)],
      [BLOCKER, either(m.nominalBlockers)],
      [SPEECH, either(m.speechVerbs)],
    ],
  };
}

describe('classifyTokens', () => {
  it.each([
    'Lima firmly condemned the raid; it said it would not hesitate to respond.',
    'If the talks fail, we may refuse to back the “so-called” plan, the minister warned.',
    'Despite sanctions, Oslo possibly urged restraint and strongly rejected the claims?',
    // read twice: the second reading takes every class from what the first remembered
    'Lima firmly condemned the raid; it said it would not hesitate to respond.',
  ])('%s', (text) => {
    const doc = buildTestDoc(text);
    const { classes, opening } = classifyTokens(doc.tokens, lexicon);
    const ids = wordIdsOf(lexicon).opening;
    doc.tokens.forEach((token, i) => {
      const { own, either } = expectedOf(token);
      for (const [kind, expected] of own)
        expect([token.text, kind, hasClass(classes, i, kind)]).toEqual([token.text, kind, expected]);
      for (const [kind, expected] of either)
        expect([token.text, kind, isWordIn(classes, i, kind)]).toEqual([token.text, kind, expected]);
      expect(((classes[i] as number) & SAME) !== 0).toBe(token.lemma === token.lower);
      expect(((classes[i] as number) & OPENS_BY_LEMMA) !== 0).toBe(lexicon.cuesByWord.has(token.lemma));
      // the opening ids name the words themselves
      expect(lowerId(opening[i] as number)).toBe(ids.get(token.lower) ?? 0);
      expect(lemmaId(opening[i] as number)).toBe(ids.get(token.lemma) ?? 0);
    });
  });

  it('classifies a token whose form the text stage keeps no record of, and a form seen with another lemma', () => {
    const doc = buildTestDoc('Peru said it condemned the raid.');
    const said = doc.tokens.findIndex((token) => token.lower === 'said');
    const condemned = doc.tokens.findIndex((token) => token.lower === 'condemned');
    // the same word as an unremembered form, and a remembered form under a lemma it was not seen with
    const tokens: Token[] = doc.tokens.map((token, i) =>
      i === said ? { ...token, form: -1 } : i === condemned ? { ...token, lemma: 'condemned' } : token,
    );
    const { classes } = classifyTokens(tokens, lexicon);
    expect(isWordIn(classes, said, SPEECH)).toBe(true);
    expect(((classes[condemned] as number) & SAME) !== 0).toBe(true);
    expect(((classes[condemned] as number) & OPENS_BY_LEMMA) !== 0).toBe(lexicon.cuesByWord.has('condemned'));
    // and back to the lemma the text stage gives it
    const again = classifyTokens(doc.tokens, lexicon).classes;
    expect(((again[condemned] as number) & SAME) !== 0).toBe(false);
    expect(((again[condemned] as number) & OPENS_BY_LEMMA) !== 0).toBe(lexicon.cuesByWord.has('condemn'));
  });
});
