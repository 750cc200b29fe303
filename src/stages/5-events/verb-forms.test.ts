// readVerbForms: tokens the tagger misreads as nouns -> verbs with their lemma.
import { describe, expect, it } from 'vitest';
import { parseIrregularVerbs } from '../../adapters/lexicons/events.js';
import type { Token } from '../../model/text.js';
import { readVerbForms } from './verb-forms.js';

const irregular = parseIrregularVerbs([
  'take took taken',
  'shoot shot shot',
  'throw threw thrown',
  'send sent sent',
  '! resent',
]);

/** "word/POS" or "word/POS/lemma" -> tokens of one sentence (the lemma is the lower-cased word if not given). */
function tokensOf(tagged: string): Token[] {
  let start = 0;
  return tagged.split(' ').map((pair) => {
    const [text = '', pos = '', lemma = text.toLowerCase()] = pair.split('/');
    const token = {
      text,
      lower: text.toLowerCase(),
      form: -1,
      lemma,
      pos,
      start,
      end: start + text.length,
      sentence: 0,
    };
    start = token.end + 1;
    return token;
  });
}

function read(tagged: string): string {
  return readVerbForms(tokensOf(tagged), irregular)
    .map((t) => `${t.pos}:${t.lemma}`)
    .join(' ');
}

describe('readVerbForms', () => {
  it.each([
    ['Troops/NOUN retook/NOUN the/DET town/NOUN', 'NOUN:troops VERB:retake DET:the NOUN:town'],
    ['Troops/NOUN re-took/NOUN it/PRON', 'NOUN:troops VERB:retake PRON:it'],
    ['Rebels/NOUN overthrew/NOUN the/DET king/NOUN', 'NOUN:rebels VERB:overthrow DET:the NOUN:king'],
    ['Police/NOUN shot/NOUN two/NUM men/NOUN', 'NOUN:police VERB:shoot NUM:two NOUN:men'],
    ['he/PRON was/AUX/be shot/NOUN', 'PRON:he AUX:be VERB:shoot'],
  ])('%s', (tagged, expected) => {
    expect(read(tagged)).toBe(expected);
  });

  it.each([
    // a word of its own, a noun after a determiner, a noun before a verb
    'They/PRON resent/VERB the/DET plan/NOUN',
    'a/DET shot/NOUN was/AUX fired/VERB',
    'a/DET warning/NOUN shot/NOUN rang/VERB out/ADP',
  ])('leaves %s alone', (tagged) => {
    const tokens = tokensOf(tagged);
    expect(readVerbForms(tokens, irregular)).toBe(tokens);
  });
});
