import { describe, expect, it } from 'vitest';
import type { Nlp } from '../model/stage.js';
import { createNlp } from './nlp.js';

// One model object for the file: loading it costs about a second.
const nlp = createNlp();

/** The columns as wink-nlp's public API gives them. */
function outColumns(reader: Nlp, text: string) {
  const doc = reader.readDoc(text);
  const tokens = doc.tokens();
  const contracted: boolean[] = tokens.out(reader.its.contractionFlag);
  return {
    ids: tokens.out(reader.its.uniqueId),
    tags: tokens.out(reader.its.pos),
    contractions: contracted.map((flag, i) => (flag ? tokens.itemAt(i).out(reader.its.lemma) : undefined)),
    sentences: doc.sentences().out(reader.its.span),
  };
}

describe('createNlp', () => {
  // The columns are read from wink-nlp's own token data (src/adapters/nlp.ts): they must be what `out()` gives.
  it.each([
    ['plain prose', 'The envoy met the foreign minister on Tuesday. Talks will resume next week.'],
    [
      'contractions',
      "They didn't wait, and it's over; we've said so, and they won't. You can't. I'd've gone. Gonna rain.",
    ],
    ['possessives', "Ruritania's envoy met the Borduria's ministers' aides. The allies’ talks stalled."],
    [
      'line breaks and blank lines',
      'A heading line\nand the text under it.\n\nA second paragraph.\n\n\nA third.',
    ],
    ['tabs and odd spaces', 'Prices rose\t3 percent.\u00a0Officials\u2009said so.   Three spaces before.'],
    [
      'numbers, dates and money',
      'On 3/4/2026 the fund sent $4.5m (€4.1m) and 1,200 tents to 12 towns at 9 a.m.',
    ],
    ['quotes and dashes', '“We will not accept this,” she said — and left. ‘Never,’ he added -- twice.'],
    ['links, tags and emoji', 'See https://example.org/a?b=1 or mail press@example.org #talks @envoy 🙂 ok.'],
    ['abbreviations', 'The U.S. and U.K. envoys met Gen. Ruiz and Dr. Okafor in St. Petersburg, Fla.'],
    ['no sentence end', 'talks went on'],
  ])('reads the token columns as out() gives them (%s)', (_name, text) => {
    const expected = outColumns(nlp, text);
    // the same document read again: wink-nlp has now learnt its new words, as it had for `expected`
    const doc = nlp.readDoc(text);
    const columns = nlp.columnsOf?.(doc);
    expect(columns).toBeDefined();
    expect({ ...columns, sentences: columns?.sentences.map((span) => span.slice(0, 2)) }).toEqual(expected);
  });

  it('gives the lemmas of a contraction’s parts', () => {
    const doc = nlp.readDoc("They didn't wait, and it's over.");
    const columns = nlp.columnsOf?.(doc);
    // They | did | n't | wait | , | and | it | 's | over | .
    expect(columns?.contractions).toEqual([
      undefined,
      'do',
      'not',
      undefined,
      undefined,
      undefined,
      'it',
      'be',
      undefined,
      undefined,
    ]);
    expect(columns?.tags.slice(0, 5)).toEqual(['PRON', 'AUX', 'PART', 'VERB', 'PUNCT']);
  });

  it('gives no columns for a document other than the last one read', () => {
    const first = nlp.readDoc('The first document.');
    nlp.readDoc('The second document.');
    expect(nlp.columnsOf?.(first)).toBeUndefined();
  });
});
