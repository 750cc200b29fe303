import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { createNlp } from '../../adapters/nlp.js';
import { defaultContext } from '../../apps/context.js';
import type { Nlp, StageContext } from '../../model/stage.js';
import { ingestArticle } from '../1-ingest/index.js';
import { placeText, readText, splitText } from './index.js';

function tokenise(text: string) {
  const ctx = defaultContext();
  const layout = ingestArticle({ id: 't', text, origin: { file: 't' } }, ctx).value;
  return { layout, ...splitText(layout, ctx) };
}

describe('splitText', () => {
  const cases: [string, string][] = [
    ['plain prose', 'The ministry said on Tuesday that talks would resume. Officials declined to comment.'],
    ['curly quotes and contractions', '“We don’t accept this,” she said. “It’s unacceptable.”'],
    ['abbreviations', 'The U.S. envoy met U.N. officials in Geneva, Switzerland, at 10 a.m. on Monday.'],
    ['line breaks inside a paragraph', 'Line one of a paragraph\ncontinues here. And ends.'],
    ['non-ASCII names', 'Türkiye and Côte d’Ivoire signed a deal in Asunción.'],
    ['extra spaces', 'Two  spaces   here.   Then more.'],
    // tokens are placed by stepping over plain spaces: other white space must still be found
    ['no-break and thin spaces, a tab', 'Prices rose\u00a0 3 percent on\u2009Monday, the\tagency said.'],
    ['a zero-width space', 'The envoy\u200b arrived late. Talks  \u00a0resumed.'],
    ['possessives', "The mayor's office and O'Neill's aides met at St. Mary's. The council’s vote stands."],
  ];

  it.each(cases)('keeps every token and sentence span exact (%s)', (_name, text) => {
    const { value, issues } = tokenise(text);
    expect(issues).toEqual([]);
    for (const token of value.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    // in reading order, none overlapping
    for (let i = 1; i < value.tokens.length; i++) {
      expect(value.tokens[i]?.start).toBeGreaterThanOrEqual(value.tokens[i - 1]?.end ?? 0);
    }
    for (const sentence of value.sentences) {
      expect(sentence.start).toBe(value.tokens[sentence.tokenStart]?.start);
      expect(sentence.end).toBe(value.tokens[sentence.tokenEnd - 1]?.end);
    }
  });

  // The model object reads its token columns from wink-nlp's own data (src/adapters/nlp.ts); a model object without
  // `columnsOf` (or another wink-nlp version) is read through `out()`: the layer must be the same.
  it.each(cases)('reads the same layer through wink-nlp’s public API (%s)', (_name, text) => {
    const ctx = defaultContext();
    const layout = ingestArticle({ id: 't', text, origin: { file: 't' } }, ctx).value;
    const publicOnly = { ...ctx, nlp: { its: ctx.nlp.its, readDoc: (t: string) => ctx.nlp.readDoc(t) } };
    // form ids are counted per model object's memo: only the rest is compared
    const read = (context: StageContext) => {
      const { value, issues } = splitText(layout, context);
      return { tokens: value.tokens.map(({ form: _form, ...token }) => token), value, issues };
    };
    expect(ctx.nlp.columnsOf).toBeDefined();
    const [columns, outs] = [read(ctx), read(publicOnly)];
    expect(outs.tokens).toEqual(columns.tokens);
    expect(outs.value.sentences).toEqual(columns.value.sentences);
    expect(outs.issues).toEqual(columns.issues);
  });

  it('splits sentences and tags parts of speech', () => {
    const { value } = tokenise('Russia condemned the strike. The EU called for restraint.');
    expect(value.sentences).toHaveLength(2);
    const condemned = value.tokens.find((t) => t.text === 'condemned');
    expect(condemned?.pos).toBe('VERB');
    expect(condemned?.lemma).toBe('condemn');
    expect(value.tokens.find((t) => t.text === 'Russia')?.pos).toBe('PROPN');
  });

  it('does not read the photo credit of a caption', () => {
    const text =
      'Officials met on Monday.\n\nIMAGE: Smoke rises over the port. Photograph: Jane Roe/Agency\n\nTalks went on.';
    const { value } = tokenise(text);
    const words = value.tokens.map((t) => t.text);
    expect(words).toContain('Smoke');
    expect(words).not.toContain('Roe');
    expect(words).not.toContain('Photograph');
  });

  it('records which paragraph each sentence is in', () => {
    const { value } = tokenise('First paragraph here.\n\nSecond paragraph. Still second.');
    expect(value.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  // The model object runs only sentence boundaries and POS (src/adapters/nlp.ts): what it gives must be what
  // wink-nlp's full default pipe gives.
  it.each([
    ['negation and contractions', "Ankara didn't rule out talks, but it won't wait, officials said."],
    ['named entities and numbers', 'On March 3, 2026, the WHO sent $4.5 million and 120 doctors to Chad.'],
    ['sentiment words', 'Paris strongly condemned the brutal attack and praised the brave rescuers.'],
    [
      'abbreviations and quotes',
      '“We are ready,” the U.S. envoy told Reuters in Geneva. Talks resume at 9 a.m.',
    ],
  ])('reads tokens, tags, lemmas and sentences as the default wink-nlp pipe does (%s)', (_name, text) => {
    const read = (nlp: Nlp) => {
      const doc = nlp.readDoc(text);
      return [
        doc.tokens().out(nlp.its.value),
        doc.tokens().out(nlp.its.pos),
        doc.tokens().out(nlp.its.lemma),
        doc.sentences().out(nlp.its.span),
      ];
    };
    expect(read(defaultContext().nlp)).toEqual(read(winkNLP(model) as unknown as Nlp));
  });

  // Lemmas come from a memo per (word, tag) (./word-forms.ts): they must be wink-nlp's, first time and after.
  it("gives wink-nlp's lemma for every token, read once or again", () => {
    const ctx = defaultContext();
    const text =
      "It's over, the envoy said. It's gone too far, and they've said so.\n\nThe talks are talking points; " +
      'she talks. Leaders met, meeting again, and the meetings ended. The U.S. and its allies’ allies agreed.' +
      // "wo" is AUX in both, but only the contraction's part has the lemma "will"
      "\n\nThey won't wait. We wo n't either.";
    const layout = ingestArticle({ id: 't', text, origin: { file: 't' } }, ctx).value;
    const its = ctx.nlp.its;
    const expected: string[] = [];
    for (const paragraph of layout.paragraphs) {
      const doc = ctx.nlp.readDoc(text.slice(paragraph.start, paragraph.end));
      const values: string[] = doc.tokens().out(its.value);
      const lemmas: string[] = doc.tokens().out(its.lemma);
      lemmas.forEach((lemma, i) => {
        if (!/^\s+$/.test(values[i] ?? '')) expected.push(lemma.toLowerCase());
      });
    }
    for (let pass = 0; pass < 2; pass++) {
      const { value } = splitText(layout, ctx);
      expect(value.tokens.map((t) => t.lemma)).toEqual(expected);
      for (const token of value.tokens) expect(token.lower).toBe(token.text.toLowerCase());
    }
  });

  // Later stages remember what they work out per form id: one id must always stand for one text.
  it('gives tokens of the same text one form id, in one article and the next', () => {
    const first = tokenise("The envoy met the envoy's aides. Envoys of Ruritania's ally met THE envoy.").value
      .tokens;
    const second = tokenise("Ruritania's envoy said the aides met.").value.tokens;
    const textOf = new Map<number, string>();
    for (const token of [...first, ...second]) {
      expect(token.form).toBeGreaterThanOrEqual(0);
      const known = textOf.get(token.form);
      if (known === undefined) textOf.set(token.form, token.text);
      else expect(token.text).toBe(known);
    }
    const formOf = (tokens: typeof first, text: string) => tokens.find((t) => t.text === text)?.form;
    expect(formOf(second, 'envoy')).toBe(formOf(first, 'envoy'));
    expect(formOf(second, 'Ruritania')).toBe(formOf(first, 'Ruritania'));
    expect(formOf(first, 'The')).not.toBe(formOf(first, 'the'));
  });

  // The paragraphs are read as one wink-nlp document (./tokenize.ts): tokens, tags, lemmas and sentences must be
  // what reading each paragraph alone gives.
  it.each([
    [
      'a headline without a full stop',
      'Talks resume in Geneva\n\nthe envoy said on Monday that both sides agreed.',
    ],
    [
      'an abbreviation ends a paragraph',
      'He met Gen.\n\nSmith later. Officials in the U.S.\n\nWashington agreed.',
    ],
    ['a colon and a quotation', 'The minister said:\n\n“We will not accept this,” she said.\n\n“Never.”'],
    ['lists and numbers', '• Troops withdrew\n\n- More to follow\n\nPrices rose 3.\n\n5 percent in March.'],
    [
      'a line break inside a paragraph',
      'Line one of a paragraph\ncontinues here.\n\nA second one\nends here.',
    ],
    [
      'a caption with its credit on a line of its own',
      'Smoke rose.\n\nIMAGE: Smoke over the port.\nPhoto: Jane Roe/Agency\n\nTalks went on.',
    ],
    [
      'a caption with its credit on the same line',
      'Smoke rose.\n\nIMAGE: Smoke over the port. Photo: Jane Roe/Agency\n\nTalks went on.',
    ],
    ['a dateline', 'KYIV, Ukraine (AP) — Officials met on Monday.\n\nThey said talks would go on.'],
  ])('reads the paragraphs together as each alone (%s)', (_name, text) => {
    const ctx = defaultContext();
    const layout = ingestArticle({ id: 't', text, origin: { file: 't' } }, ctx).value;
    const { value } = splitText(layout, ctx);
    // A model of its own, fed the same words in the same order (wink-nlp's tokens depend on what it has read).
    const alone = winkNLP(model, ['sbd', 'pos']) as unknown as Nlp;
    const expected: string[][] = [];
    const paragraphs: number[] = [];
    layout.paragraphs.forEach((paragraph, index) => {
      if (paragraph.kind === 'meta') return;
      const end = paragraph.credit ? paragraph.credit.start : paragraph.end;
      const doc = alone.readDoc(text.slice(paragraph.start, end));
      const values: string[] = doc.tokens().out(alone.its.value);
      const pos: string[] = doc.tokens().out(alone.its.pos);
      const lemmas: string[] = doc.tokens().out(alone.its.lemma);
      values.forEach((v, i) => {
        if (!/^\s+$/.test(v)) expected.push([v, pos[i] ?? '', (lemmas[i] ?? '').toLowerCase()]);
      });
      const spans: [number, number][] = doc.sentences().out(alone.its.span);
      // a sentence of line breaks alone is no sentence
      for (const [from, to] of spans)
        if (values.slice(from, to + 1).some((v) => !/^\s+$/.test(v))) paragraphs.push(index);
    });
    expect(value.tokens.map((t) => [t.text, t.pos, t.lemma])).toEqual(expected);
    expect(value.sentences.map((s) => s.paragraph)).toEqual(paragraphs);
    for (const token of value.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
  // The pipeline has wink-nlp read a whole batch before any tokens are placed (./tokenize.ts): each article must
  // come out as when it is read and placed on its own, new words and contractions included.
  it('places a batch read beforehand as article by article', () => {
    const texts = [
      "Zorvania's envoy didn't wait: talks with Quellmark's ministers won't resume.",
      'Officials in Quellmark said on Monday they’d reply.\n\nThe Zorvanian side declined to comment.',
      "Brastovia's premier met Zorvania's envoy; it's over, she said.",
    ];
    const read = (ctx: StageContext) =>
      texts.map((text, i) => ingestArticle({ id: String(i), text, origin: { file: 't' } }, ctx).value);
    // form ids are counted over the process: only the rest is compared
    const withoutForms = ({ value, issues }: ReturnType<typeof splitText>) => ({
      tokens: value.tokens.map(({ form: _form, ...token }) => token),
      sentences: value.sentences,
      issues,
    });
    // each with a model of its own, so that the words are new to both
    const alone = { ...defaultContext(), nlp: createNlp() };
    const expected = read(alone).map((layout) => withoutForms(splitText(layout, alone)));
    const batched = { ...defaultContext(), nlp: createNlp() };
    const readings = read(batched).map((layout) => readText(layout, batched).value);
    const placed = readings.map((reading) => withoutForms(placeText(reading, batched)));
    expect(placed).toEqual(expected);
  });
});
