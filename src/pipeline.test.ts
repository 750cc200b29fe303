import { describe, expect, it } from 'vitest';
import { defaultContext } from './apps/context.js';
import type { ArticleInput } from './model/article.js';
import type { StageContext } from './model/stage.js';
import { analyzeArticle, analyzeBatch, STAGE_NAMES, type StageName } from './pipeline.js';

// Invented wire copy.
const TEXTS = [
  'OSLO, May 4 (Reuters) - Norway expelled two Russian diplomats on Monday, the foreign ministry said.\n\n' +
    '"Their activities were incompatible with their status," Foreign Minister Lena Dahl told reporters.',
  'Ghana and Togo agreed to reopen their border crossing at Aflao, officials said on Friday.\n\n' +
    'The Togolese government welcomed the decision, calling it "a step our traders have waited for."',
  'Protesters in Quito demanded the resignation of the energy minister after a week of power cuts.\n\n' +
    'Ecuador\'s president said he would not "bow to pressure from the street," according to a statement.',
  'A sabotage of the model: the fake NLP below throws on this article.',
  'Japan condemned the missile launch by North Korea and said it had lodged a protest through Beijing.',
];

function articles(): ArticleInput[] {
  return TEXTS.map((text, i) => ({
    id: `a${i}`,
    text,
    date: '2026-05-04',
    origin: { file: 't', line: i + 1 },
  }));
}

// The model throws on one article in the text stage, half-way through the pipeline.
function contextFailingOn(word: string): StageContext {
  const ctx = defaultContext();
  return {
    ...ctx,
    nlp: {
      its: ctx.nlp.its,
      readDoc: (text: string) => {
        if (text.includes(word)) throw new Error(`the model cannot read "${word}"`);
        return ctx.nlp.readDoc(text);
      },
    },
  };
}

describe('analyzeBatch', () => {
  it('gives every article of a batch the analysis it gets alone, in order', () => {
    const ctx = defaultContext();
    const inputs = articles().filter((input) => !input.text.includes('sabotage'));
    const alone = inputs.map((input) => JSON.stringify(analyzeArticle(input, ctx)));
    const batched = analyzeBatch(inputs, ctx).map((item) =>
      item.ok ? JSON.stringify(item.value) : 'failed',
    );
    expect(batched).toEqual(alone);
  });

  it('ends only the article a stage throws on; the others keep their analyses and issues', () => {
    const ctx = contextFailingOn('sabotage');
    const inputs = articles();
    const batched = analyzeBatch(inputs, ctx);
    expect(batched.map((item) => item.ok)).toEqual([true, true, true, false, true]);
    const failed = batched[3];
    expect(failed?.ok === false && String(failed.error)).toMatch(/cannot read "sabotage"/);
    inputs.forEach((input, i) => {
      const item = batched[i];
      if (item?.ok) expect(JSON.stringify(item.value)).toBe(JSON.stringify(analyzeArticle(input, ctx)));
      else expect(() => analyzeArticle(input, ctx)).toThrow(/cannot read/);
    });
  });

  it('keeps each article its own issues', () => {
    const ctx = defaultContext();
    const long = {
      ...articles()[0],
      id: 'long',
      text: `${TEXTS[0]} ${'More talks. '.repeat(200)}`,
    } as ArticleInput;
    const clipped = { ...ctx, config: { ...ctx.config, maxArticleChars: 1_000 } };
    const [first, second] = analyzeBatch([long, articles()[1] as ArticleInput], clipped);
    const codes = (item: typeof first) =>
      item?.ok ? item.value.issues.map((issue) => issue.code) : ['failed'];
    expect(codes(first)).toContain('ingest.article_truncated');
    expect(codes(second)).not.toContain('ingest.article_truncated');
  });

  it('times each stage once per batch', () => {
    const ctx = defaultContext();
    const calls: StageName[] = [];
    analyzeBatch(articles().slice(0, 3), ctx, (stage, ms) => {
      expect(ms).toBeGreaterThanOrEqual(0);
      calls.push(stage);
    });
    expect(calls).toEqual([...STAGE_NAMES]);
  });
});
