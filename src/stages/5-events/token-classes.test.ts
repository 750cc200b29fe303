// Token classes: each word form's classes and head test, and the one-pass view (mentions placed as the tokens go).
import { describe, expect, it } from 'vitest';
import { loadActorLexicon } from '../../adapters/lexicons/actors.js';
import { loadEventLexicon } from '../../adapters/lexicons/events.js';
import type { Mention } from '../../model/actor.js';
import type { QuoteDoc } from '../../model/doc.js';
import type { Token } from '../../model/text.js';
import { viewTokens } from './sentence-view.js';
import {
  BREAK_MARK,
  CAPITAL,
  COLON,
  candidatesFor,
  ENDS_ED,
  formIndexOf,
  formRecordOf,
  HEAD,
  IRREGULAR,
  isHead,
  LOCATION_PREP,
  OBLIGATION,
  PLACE_NOUN,
  PLACE_PREP,
  PREFIXED,
  RELATIVE,
  TAG,
  tagOf,
} from './token-classes.js';

const events = loadEventLexicon();
const actors = loadActorLexicon();

/** Form ids far above the text stage's: these tests' words never meet a real word's record. */
let nextForm = 900_000;

function tokenOf(text: string, pos: string, lemma = text.toLowerCase(), form = nextForm++): Token {
  return { text, lower: text.toLowerCase(), form, pos, lemma, start: 0, end: text.length, sentence: 0 };
}

function classesOf(token: Token): number {
  return formRecordOf(token, formIndexOf(events), events);
}

describe('word classes of a form', () => {
  it.each([
    ['must', 'AUX', OBLIGATION],
    ['in', 'ADP', PLACE_PREP | LOCATION_PREP],
    ['town', 'NOUN', PLACE_NOUN],
    ['Kampala', 'PROPN', CAPITAL],
    ['Élysée', 'PROPN', CAPITAL],
    [',', 'PUNCT', BREAK_MARK],
    [';', 'PUNCT', BREAK_MARK | COLON],
    ['retook', 'VERB', PREFIXED],
    ['shot', 'NOUN', IRREGULAR],
    ['relaxed', 'ADJ', ENDS_ED],
    ['which', 'DET', RELATIVE],
  ])('%s', (text, pos, bits) => {
    expect(classesOf(tokenOf(text, pos)) & bits).toBe(bits);
  });

  it.each([
    ['town', 'NOUN', CAPITAL | OBLIGATION | BREAK_MARK],
    ['Kampala', 'PROPN', PLACE_PREP | PREFIXED | RELATIVE],
  ])('%s has none of the others', (text, pos, bits) => {
    expect(classesOf(tokenOf(text, pos)) & bits).toBe(0);
  });

  it('reads the tag apart from the classes', () => {
    expect(tagOf('VERB')).not.toBe(tagOf('NOUN'));
    expect(tagOf('INTJ')).toBe(0);
    expect(classesOf(tokenOf('must', 'AUX')) & TAG).toBe(0);
  });
});

describe('head test', () => {
  const index = formIndexOf(events);
  const head = (token: Token) =>
    isHead(token, tagOf(token.pos), formRecordOf(token, index, events), index, events);

  it.each([
    ['attacked', 'VERB', 'attack', true],
    ['talks', 'NOUN', 'talk', true],
    // by its "re-" stem
    ['reimposed', 'VERB', 'reimpose', true],
    ['banana', 'NOUN', 'banana', false],
    ['quickly', 'ADV', 'quickly', false],
  ] as const)('%s/%s', (text, pos, lemma, expected) => {
    const token = tokenOf(text, pos, lemma);
    expect(head(token)).toBe(expected);
    expect(candidatesFor(token, events) !== undefined).toBe(expected);
  });

  it('answers for the lemma and tag each token of a form has, not the first one seen', () => {
    // one form read with two lemmas: a word form alone does not say whether it heads an entry
    const form = nextForm++;
    const asVerb = tokenOf('visits', 'VERB', 'visit', form);
    const asOther = tokenOf('visits', 'X', 'visits-other', form);
    for (const token of [asVerb, asOther, asVerb, asOther])
      expect(head(token)).toBe(candidatesFor(token, events) !== undefined);
  });
});

/** The mention placement the view made in two passes before (the reference): [first, last] per placed mention. */
function placeByScan(tokens: readonly Token[], mentions: readonly Mention[]): [number, number, number][] {
  const order = mentions.map((_, index) => index);
  order.sort((x, y) => {
    const p = mentions[x] as Mention;
    const q = mentions[y] as Mention;
    return p.start - q.start || q.end - p.end;
  });
  const taken = new Array(tokens.length).fill(false);
  const placed: [number, number, number][] = [];
  let t = 0;
  for (const index of order) {
    const mention = mentions[index] as Mention;
    while (t < tokens.length && (tokens[t] as Token).end <= mention.start) t++;
    let first = -1;
    let last = -1;
    for (let k = t; k < tokens.length && (tokens[k] as Token).start < mention.end; k++) {
      if (first < 0) first = k;
      last = k;
    }
    if (first < 0 || taken[first]) continue;
    placed.push([index, first, last]);
    for (let k = first; k <= last; k++) taken[k] = true;
  }
  return placed;
}

/** An invented article: words at the given offsets, mentions over the given spans (none names a place). */
function docOf(words: readonly [number, number][], spans: readonly [number, number][]): QuoteDoc {
  const text = 'x'.repeat(200);
  const tokens = words.map(([start, end]) => ({ ...tokenOf('word', 'NOUN', 'word', 1), start, end }));
  const mentions = spans.map(
    ([start, end]): Mention => ({ actor: 'org:test', kind: 'name', text: 'x', start, end, sentence: 0 }),
  );
  return {
    text,
    tokens,
    mentions,
    sentences: [{ start: 0, end: 200, tokenStart: 0, tokenEnd: tokens.length, paragraph: 0 }],
  } as unknown as QuoteDoc;
}

describe('mentions placed on the tokens in one pass', () => {
  const words: [number, number][] = [
    [0, 4],
    [5, 9],
    [10, 14],
    [15, 19],
    [20, 24],
    [25, 29],
    [30, 34],
  ];
  it.each([
    ['one word', [[5, 9]]],
    [
      'two words and a nested one',
      [
        [5, 14],
        [10, 14],
      ],
    ],
    [
      'nested at the same start, listed inner first',
      [
        [5, 9],
        [5, 19],
      ],
    ],
    [
      'overlapping: the later one starts inside the earlier',
      [
        [5, 14],
        [10, 24],
      ],
    ],
    [
      'in the space between two words, past the last word',
      [
        [9, 10],
        [40, 45],
      ],
    ],
    [
      'part of a word, then adjacent mentions',
      [
        [1, 3],
        [5, 9],
        [10, 19],
        [20, 34],
      ],
    ],
    [
      'a mention over all the words and many inside',
      [
        [0, 34],
        [5, 9],
        [20, 29],
        [30, 34],
      ],
    ],
  ] as [string, [number, number][]][])('%s', (_, spans) => {
    const doc = docOf(words, spans);
    const view = viewTokens(doc, actors, events);
    const placed = view.placed.map((p) => [p.index, p.first, p.last]);
    expect(placed).toEqual(placeByScan(doc.tokens, doc.mentions));
    view.placed.forEach((p, at) => {
      for (let k = p.first; k <= p.last; k++) expect(view.mentionAt[k]).toBe(at);
    });
    expect(view.mentionAt.filter((at) => at >= 0)).toHaveLength(
      view.placed.reduce((sum, p) => sum + p.last - p.first + 1, 0),
    );
  });

  it('never marks a word inside a mention as a head', () => {
    const doc = docOf(words, [[0, 34]]);
    expect(viewTokens(doc, actors, events).classes.every((classes) => (classes & HEAD) === 0)).toBe(true);
  });
});

/** An invented sentence of (word, tag) pairs, one space between words, with no mentions. */
function sentenceDoc(words: readonly [string, string][]): QuoteDoc {
  let at = 0;
  const tokens = words.map(([word, pos]) => {
    const token = { ...tokenOf(word, pos), start: at, end: at + word.length };
    at += word.length + 1;
    return token;
  });
  return {
    text: words.map(([word]) => word).join(' '),
    tokens,
    mentions: [],
    sentences: [{ start: 0, end: at - 1, tokenStart: 0, tokenEnd: tokens.length, paragraph: 0 }],
  } as unknown as QuoteDoc;
}

describe('places named after a preposition', () => {
  it('reads a city as its state, whatever its length, and a name no place begins with as none', () => {
    const doc = sentenceDoc([
      ['Envoys', 'NOUN'],
      ['flew', 'VERB'],
      ['to', 'ADP'],
      ['Addis', 'PROPN'],
      ['Ababa', 'PROPN'],
      ['and', 'CCONJ'],
      ['on', 'ADP'],
      ['to', 'ADP'],
      ['Kano', 'PROPN'],
      ['after', 'ADP'],
      ['talks', 'NOUN'],
      ['in', 'ADP'],
      ['Congress', 'PROPN'],
      ['with', 'ADP'],
      ['Zorblatt', 'PROPN'],
      ['Ababa', 'PROPN'],
    ]);
    const places = viewTokens(doc, actors, events).placed.map((p) => [p.mention.text, p.mention.actor]);
    expect(places).toEqual([
      ['Addis Ababa', 'ETH'],
      ['Kano', 'NGA'],
    ]);
  });
});
