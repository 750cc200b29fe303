// TextDoc <- Layout: sentences and tokens with POS and lemmas from wink-nlp, offsets into the original text.
import type { Layout, TextLayer } from '../../model/doc.js';
import type { Issue } from '../../model/issue.js';
import { issueAt } from '../../model/issue.js';
import type { Stage, StageContext } from '../../model/stage.js';
import type { Sentence, Token } from '../../model/text.js';

export const splitText: Stage<Layout, TextLayer> = (layout, ctx) => {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const issues: Issue[] = [];
  layout.paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === 'meta') return;
    // A caption's credit names a photographer and an agency, not an actor: it is not read.
    const end = paragraph.credit ? paragraph.credit.start : paragraph.end;
    if (end <= paragraph.start) return;
    readSpan(layout.text, paragraph.start, end, index, ctx, sentences, tokens, issues);
  });
  return { value: { sentences, tokens }, issues };
};

function readSpan(
  text: string,
  start: number,
  end: number,
  paragraph: number,
  ctx: StageContext,
  sentences: Sentence[],
  tokens: Token[],
  issues: Issue[],
): void {
  const its = ctx.nlp.its;
  const doc = ctx.nlp.readDoc(text.slice(start, end));
  const values: string[] = doc.tokens().out(its.value);
  const pos: string[] = doc.tokens().out(its.pos);
  const lemmas: string[] = doc.tokens().out(its.lemma);
  const spans: [number, number][] = doc.sentences().out(its.span);
  const first = tokens.length;
  // wink-nlp gives no character offsets: find each token's value from a cursor in the original text.
  let cursor = start;
  const offsets: number[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    let at = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (at < 0 || at >= end) {
      issues.push(
        issueAt('text.token_offset', `Token "${value}" could not be placed in the text.`, cursor, end),
      );
      at = cursor;
    }
    offsets[i] = at;
    cursor = at + value.length;
  }
  let sentenceIndex = sentences.length;
  for (const [from, to] of spans) {
    const sentenceTokens: number[] = [];
    for (let i = from; i <= to; i++) {
      const value = values[i] ?? '';
      if (/^\s+$/.test(value)) continue; // line breaks inside a paragraph are tokens in wink-nlp
      const at = offsets[i] ?? start;
      sentenceTokens.push(tokens.length);
      tokens.push({
        start: at,
        end: at + value.length,
        text: value,
        lower: value.toLowerCase(),
        pos: pos[i] ?? 'X',
        lemma: (lemmas[i] ?? value).toLowerCase(),
        sentence: sentenceIndex,
      });
    }
    if (sentenceTokens.length === 0) continue;
    const firstToken = tokens[sentenceTokens[0] ?? first];
    const lastToken = tokens[tokens.length - 1];
    if (!firstToken || !lastToken) continue;
    sentences.push({
      start: firstToken.start,
      end: lastToken.end,
      tokenStart: sentenceTokens[0] ?? first,
      tokenEnd: tokens.length,
      paragraph,
    });
    sentenceIndex++;
  }
}
