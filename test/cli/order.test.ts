// An article reads the same whatever was read before it: in one thread, in another order, or in a worker.
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/apps/context.js';
import type { ArticleInput } from '../../src/model/article.js';
import { analyzeArticle } from '../../src/pipeline.js';
import { ingestArticle } from '../../src/stages/1-ingest/index.js';
import { splitText } from '../../src/stages/2-text/index.js';

// Invented. "Ruiz's," before a comma is one token to wink-nlp, which then keeps "Ruiz's" as a word: every
// later "Ruiz's" would stay one token and be tagged differently, unless the possessive is forgotten.
const TEXTS = [
  "Senator Ana Ruiz's office said the vote was more important than Ruiz's, even if it came late.",
  "Mrs. Ruiz's campaign condemned the attack. Peru's foreign ministry said Ruiz's remarks were unhelpful.",
  "Chile's president welcomed Ruiz's plan and said Chile's support would continue.",
  'The talks in Lima ended without a deal, officials said.',
];

describe('analysis does not depend on what was analysed before', () => {
  it('gives each article the same analysis read first, last or again', () => {
    const ctx = createContext();
    const inputs: ArticleInput[] = TEXTS.map((text, i) => ({ id: `a${i}`, text, origin: { file: 't' } }));
    const forward = inputs.map((input) => JSON.stringify(analyzeArticle(input, ctx)));
    const backward = [...inputs].reverse().map((input) => JSON.stringify(analyzeArticle(input, ctx)));
    expect(backward.reverse()).toEqual(forward);
  });

  it('splits a possessive off its word wherever it stands', () => {
    const ctx = createContext();
    const input: ArticleInput = { id: 'p', text: TEXTS[0] as string, origin: { file: 't' } };
    for (let pass = 0; pass < 2; pass++) {
      const layout = ingestArticle(input, ctx).value;
      const words = splitText(layout, ctx).value.tokens.map((t) => t.text);
      expect(words.filter((w) => /['’]s$/.test(w) && w.length > 2)).toEqual([]);
      expect(words.filter((w) => w === "'s")).toHaveLength(2);
    }
  });
});
