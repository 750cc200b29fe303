// What the stage's speed rests on: drafts and gazetteer entries of one shape, ASCII fast paths that agree with the
// general ones, and the class look-up that agrees with asking the lexicon directly.
import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../apps/context.js';
import type { ArticleInput } from '../../model/article.js';
import type { TrieNode } from '../../model/lexicons/actors.js';
import { isJoiner, keyOf } from '../../model/lexicons/actors.js';
import { isCapitalised } from '../../model/word-shape.js';
import { ingestArticle } from '../1-ingest/index.js';
import { splitText } from '../2-text/index.js';
import { buildMentions, PARTICLES, STARTERS, slugOf } from './build-mentions.js';
import { matchPhrases } from './match-phrases.js';
import { REFERENCE_STARTS, resolveReferences } from './resolve-references.js';
import {
  CAPITAL,
  classifyTokens,
  DESCRIPTION_WORD,
  HYPHEN,
  hasClass,
  JOINER,
  LETTER,
  NAME_SHAPE,
  NAME_TAG,
  NOT_NAME,
  PARTICLE,
  PHRASE_WORD,
  QUOTE_MARK,
  REFERENCE,
  STARTER,
  SURNAME,
  type TokenClasses,
  UPPER,
  type WordNode,
  wordIdOf,
} from './word-classes.js';

const ARTICLE = [
  "OSLO, Norway (AP) — Ruritania's foreign minister, Ana Duarte, said on Monday that the bloc would respond.",
  'Brazilian President Jane Doe met U.S. officials in Brasília. She said they had agreed on a "new start".',
  'The ministry said the talks would go on. Mr. Tomás Ferro-Lima, a spokesman for the Lake Basin Forum, declined to comment.',
  '“We will not accept it,” the group said. Hungarian and Romanian officials called on the government to act.',
  'Karel van der Berg, a lawyer for the families, said the talks had failed.',
].join('\n\n');

function textDocOf(text: string) {
  const ctx = defaultContext();
  const input: ArticleInput = { id: 't', text, origin: { file: 'test' }, date: '2025-06-01' };
  const layout = ingestArticle(input, ctx).value;
  return { ctx, doc: { ...layout, ...splitText(layout, ctx).value } };
}

describe('one shape per kind of object', () => {
  it('gives every draft the same fields in the same order', () => {
    const { ctx, doc } = textDocOf(ARTICLE);
    const lex = ctx.lexicons.actors;
    const classes = classifyTokens(doc.tokens, lex);
    const { drafts } = buildMentions(doc, classes, matchPhrases(doc, classes), lex);
    drafts.sort((a, b) => a.start - b.start || b.end - a.end);
    const { resolved } = resolveReferences(doc, classes, drafts, lex);
    const all = [...drafts, ...resolved];
    expect(all.length).toBeGreaterThan(5);
    const fields = new Set(all.map((d) => Object.keys(d).join(',')));
    expect([...fields]).toHaveLength(1);
  });

  it('gives every gazetteer entry the same fields in the same order', () => {
    const fields = new Set<string>();
    const walk = (node: TrieNode) => {
      for (const entry of node.entries ?? []) fields.add(Object.keys(entry).join(','));
      for (const next of node.next.values()) walk(next);
    };
    walk(defaultContext().lexicons.actors.phrases);
    expect(fields.size).toBe(1);
  });
});

/** Every class a token may have, in the order the test lists them. */
const KINDS = [
  CAPITAL,
  STARTER,
  REFERENCE,
  PHRASE_WORD,
  NOT_NAME,
  SURNAME,
  LETTER,
  UPPER,
  JOINER,
  QUOTE_MARK,
  DESCRIPTION_WORD,
  HYPHEN,
  NAME_SHAPE,
  NAME_TAG,
  PARTICLE,
];

describe('classifying tokens', () => {
  it('gives each token the key keyOf gives and marks exactly the words that may start a phrase as written', () => {
    const { ctx, doc } = textDocOf(ARTICLE);
    const lex = ctx.lexicons.actors;
    const classes = classifyTokens(doc.tokens, lex);
    // a phrase's first word as written passes its case check: the word alone, with no later words to check
    const opens = (text: string, node: TrieNode): boolean =>
      (node.entries ?? []).some((entry) => {
        if (entry.caseRule === 'any') return true;
        if (entry.caseRule === 'capital') return isCapitalised(text);
        if (entry.caseRule === 'title') return !/^\p{L}/u.test(text) || isCapitalised(text);
        return text === text.toUpperCase();
      }) || [...node.next.values()].some((next) => opens(text, next));
    const starts: number[] = [];
    let keyOnly = 0;
    doc.tokens.forEach((token, k) => {
      const key = keyOf(token.text);
      expect(classes.keys[k]).toBe(key);
      const node = lex.phrases.next.get(key);
      if (node && opens(token.text, node)) starts.push(k);
      else if (node) keyOnly++;
    });
    expect(classes.phraseStarts).toEqual(starts);
    // the text has words whose key starts a phrase that they cannot open ("to")
    expect(keyOnly).toBeGreaterThan(0);
    expect(classes.phrases.map((start) => start.node)).toEqual(
      starts.map((k) => lex.phrases.next.get(classes.keys[k] ?? '')),
    );
  });

  it('gives each token the classes that asking the lexicon and the word lists gives, from its form or without', () => {
    const { ctx, doc } = textDocOf(ARTICLE);
    const lex = ctx.lexicons.actors;
    const laterWords = new Set<string>();
    const walk = (node: TrieNode) => {
      for (const [key, next] of node.next) {
        laterWords.add(key);
        walk(next);
      }
    };
    for (const first of lex.phrases.next.values()) walk(first);
    const expected = doc.tokens.map((token) => {
      const key = keyOf(token.text);
      const kinds: [number, boolean][] = [
        [CAPITAL, isCapitalised(token.text)],
        [STARTER, STARTERS.has(key)],
        [REFERENCE, REFERENCE_STARTS.has(key)],
        [PHRASE_WORD, laterWords.has(key)],
        [NOT_NAME, lex.notNames.has(key)],
        [SURNAME, lex.surnames.has(key)],
        [LETTER, /^\p{L}/u.test(token.text)],
        [UPPER, token.text === token.text.toUpperCase()],
        [JOINER, isJoiner(token.text)],
        [QUOTE_MARK, ['“', '”', '"'].includes(token.text)],
        [DESCRIPTION_WORD, lex.descriptions.has(key) || lex.descriptionStarts.has(key)],
        [HYPHEN, token.text === '-'],
        [NAME_SHAPE, /^[\p{Lu}][\p{L}'’.]*$/u.test(token.text)],
        [NAME_TAG, ['PROPN', 'NOUN', 'ADJ', 'X'].includes(token.pos)],
        [PARTICLE, PARTICLES.has(key)],
      ];
      return kinds.filter(([, has]) => has).map(([kind]) => kind);
    });
    const read = (classes: TokenClasses) =>
      doc.tokens.map((_t, k) => KINDS.filter((kind) => hasClass(classes.classes, k, kind)));
    // the first reading classifies the forms, the second reads them back; a token without a form is classified anew
    expect(read(classifyTokens(doc.tokens, lex))).toEqual(expected);
    expect(read(classifyTokens(doc.tokens, lex))).toEqual(expected);
    const formless = doc.tokens.map((token) => ({ ...token, form: -1 }));
    expect(read(classifyTokens(formless, lex))).toEqual(expected);
    expect(classifyTokens(formless, lex).keys).toEqual(classifyTokens(doc.tokens, lex).keys);
    // the test sees every kind at least once, but for SURNAME, which its text does not use
    for (const kind of KINDS.filter((kind) => kind !== SURNAME)) {
      expect(expected.some((kinds) => kinds.includes(kind))).toBe(true);
    }
    // no token before the first or after the last
    expect(hasClass(classifyTokens(doc.tokens, lex).classes, -1, CAPITAL)).toBe(false);
  });
});

describe('the trie of word ids', () => {
  it('mirrors the phrase trie: the same entries at the end of the same words', () => {
    const { ctx, doc } = textDocOf(ARTICLE);
    const lex = ctx.lexicons.actors;
    const classes = classifyTokens(doc.tokens, lex);
    expect(classes.phrases.length).toBeGreaterThan(3);
    // each phrase start's word-id node, walked with the ids of the trie's keys as the tokens give them
    const idOf = new Map<string, number>();
    doc.tokens.forEach((_t, k) => {
      const id = wordIdOf(classes.classes, k);
      if (id > 0) idOf.set(classes.keys[k] ?? '', id);
    });
    expect(idOf.size).toBeGreaterThan(3);
    const mirror = (node: TrieNode, words: WordNode) => {
      expect(words.entries).toBe(node.entries);
      for (const [key, next] of node.next) {
        const id = idOf.get(key);
        if (id !== undefined) mirror(next, words.next.get(id) as WordNode);
      }
    };
    for (const start of classes.phrases) mirror(start.node, start.words);
  });
});

describe('slugs of names', () => {
  /** The general path, for any script. */
  const general = (name: string) =>
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\./g, '')
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');

  it.each([
    ['Jane Doe', 'jane-doe'],
    ["Seamus O'Neill", 'seamus-oneill'],
    ['J.R. Smith Jr.', 'jr-smith-jr'],
    ['  Anna-Maria  Berg ', 'anna-maria-berg'],
    ['Lake Basin Forum (LBF)', 'lake-basin-forum-lbf'],
    ['Tomás Ferro-Lima', 'tomas-ferro-lima'],
    ['Ursula von der Leyen', 'ursula-von-der-leyen'],
    ['--', ''],
  ])('%s -> %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
    expect(slugOf(name)).toBe(general(name));
  });
});
