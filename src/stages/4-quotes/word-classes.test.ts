// Stage 4's word classes: what a form id remembers is what the token's own words say, for a word met for the first
// time, met again, or with no form id at all; and the cues found from the classes are the lexicon's.
import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../apps/context.js';
import type { ArticleInput } from '../../model/article.js';
import { SUBORDINATORS } from '../../model/clauses.js';
import type { Token } from '../../model/text.js';
import { ingestArticle } from '../1-ingest/index.js';
import { splitText } from '../2-text/index.js';
import { cueWordOf, findCues } from './cues.js';
import { CLAUSE_FINAL, CLAUSE_OPENERS, FRONTING, TIME_WORDS } from './drafts.js';
import {
  ATTRIBUTION_LINK,
  CLAUSE_MARK,
  CLAUSE_OPENER,
  COMMA,
  CUE,
  classifyTokens,
  FRONTING_WORD,
  hasClass,
  LEAD_IN,
  PHRASE_OPENER,
  SEMICOLON,
  SUBORDINATOR,
  TIME_WORD,
} from './word-classes.js';

const ARTICLE = [
  'After the vote on Tuesday, the harbour authority said it would reopen the port; unions disagreed.',
  'The mayor, according to two aides, has warned that fees would rise — and reportedly told staff: “Not yet.”',
  'When asked about the plan, she declined to comment, saying talks were going on before insisting on delays.',
].join('\n\n');

function docOf(text: string) {
  const ctx = defaultContext();
  const input: ArticleInput = { id: 't', text, origin: { file: 'test' } };
  const layout = ingestArticle(input, ctx).value;
  return { lexicon: ctx.lexicons.quotes, doc: { ...layout, ...splitText(layout, ctx).value } };
}

/** Each class as the words alone give it (the sets and lexicon the classes stand for). */
const EXPECTED: [number, (token: Token) => boolean][] = [
  [COMMA, (t) => t.text === ','],
  [SEMICOLON, (t) => t.text === ';'],
  [ATTRIBUTION_LINK, (t) => ['and', 'but', 'before', 'after', 'while'].includes(t.lower)],
  [SUBORDINATOR, (t) => SUBORDINATORS.has(t.lower)],
  [FRONTING_WORD, (t) => FRONTING.has(t.lower)],
  [CLAUSE_OPENER, (t) => CLAUSE_OPENERS.has(t.text)],
  [CLAUSE_MARK, (t) => CLAUSE_FINAL.has(t.text)],
  [TIME_WORD, (t) => TIME_WORDS.has(t.lower)],
  [LEAD_IN, (t) => [',', ':', '—', '–'].includes(t.text)],
];

describe('quote word classes', () => {
  it('agree with the words, by form id and without one, on first and later meetings', () => {
    const { lexicon, doc } = docOf(ARTICLE);
    expect(doc.tokens.some((t) => t.form >= 0)).toBe(true);
    const withoutForms = doc.tokens.map((t) => ({ ...t, form: -1 }));
    const runs = [
      classifyTokens(doc.tokens, lexicon),
      classifyTokens(doc.tokens, lexicon),
      classifyTokens(withoutForms, lexicon),
    ];
    for (const classes of runs) {
      doc.tokens.forEach((token, i) => {
        expect(hasClass(classes, i, CUE), token.text).toBe(cueWordOf(lexicon, token.lower) !== undefined);
        for (const [kind, test] of EXPECTED) expect(hasClass(classes, i, kind), token.text).toBe(test(token));
        expect(hasClass(classes, i, PHRASE_OPENER), token.text).toBe(
          lexicon.phrasesByFirstWord.has(token.lower),
        );
      });
    }
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it('marks the reporting verbs and source phrases of invented sentences as cue words', () => {
    const { lexicon, doc } = docOf(ARTICLE);
    const classes = classifyTokens(doc.tokens, lexicon);
    const cueWords = doc.tokens.filter((_, i) => hasClass(classes, i, CUE)).map((t) => t.lower);
    expect(cueWords).toEqual(expect.arrayContaining(['said', 'according', 'warned', 'reportedly', 'told']));
    expect(cueWords).not.toContain('the');
    expect(hasClass(classes, -1, CUE)).toBe(false);
    expect(hasClass(classes, doc.tokens.length, CUE)).toBe(false);
  });

  it('finds no cue in a sentence without a cue word, and the cue words of one with them', () => {
    const { lexicon, doc } = docOf('Rain fell on the town all night. The minister said the bridge was safe.');
    const classes = classifyTokens(doc.tokens, lexicon);
    const [quiet, spoken] = doc.sentences;
    if (!quiet || !spoken) throw new Error('two sentences expected');
    expect(findCues(doc.tokens, classes, quiet, lexicon, () => false)).toEqual([]);
    const cues = findCues(doc.tokens, classes, spoken, lexicon, () => false);
    expect(cues.map((cue) => doc.tokens[cue.first]?.lower)).toEqual(['said']);
    expect(cues[0]).toMatchObject({ participle: false, passive: false, agentless: false });
  });
});
