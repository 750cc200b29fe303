// TextDoc <- Layout: sentences and tokens with POS and lemmas from wink-nlp, offsets into the original text.
import type { Layout, TextLayer } from '../../model/doc.js';
import type { Issue } from '../../model/issue.js';
import { issueAt } from '../../model/issue.js';
import type { Stage, StageContext } from '../../model/stage.js';
import type { Sentence, Token } from '../../model/text.js';
import { lemmaAs, rememberLemma, rememberWord, type WordForms, wordMemoFor } from './word-forms.js';

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
  const memo = wordMemoFor(ctx.nlp);
  const doc = ctx.nlp.readDoc(text.slice(start, end));
  const ids: number[] = doc.tokens().out(its.uniqueId);
  const pos: string[] = doc.tokens().out(its.pos);
  const contracted: boolean[] = doc.tokens().out(its.contractionFlag);
  const spans: [number, number][] = doc.sentences().out(its.span);
  // wink-nlp's own values and lemmas, read only when the memo lacks one of this paragraph's words
  let values: string[] | undefined;
  let lemmas: string[] | undefined;
  const words: WordForms[] = new Array(ids.length);
  // wink-nlp gives no character offsets: find each token's value from a cursor in the original text.
  let cursor = start;
  const offsets: number[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? -1;
    let word = memo[id];
    if (!word) {
      values ??= doc.tokens().out(its.value) as string[];
      word = rememberWord(memo, id, values[i] ?? '');
    }
    words[i] = word;
    const value = word.value;
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
  for (const [from, to] of spans) {
    const tokenStart = tokens.length;
    for (let i = from; i <= to; i++) {
      const word = words[i] as WordForms;
      const value = word.value;
      if (isBlank(value)) continue; // line breaks inside a paragraph are tokens in wink-nlp
      const at = offsets[i] ?? start;
      const tag = pos[i] ?? 'X';
      let lemma = contracted[i] ? undefined : lemmaAs(word, tag);
      if (lemma === undefined) {
        lemmas ??= doc.tokens().out(its.lemma) as string[];
        lemma = (lemmas[i] ?? value).toLowerCase();
        if (!contracted[i]) rememberLemma(word, tag, lemma);
      }
      tokens.push({
        start: at,
        end: at + value.length,
        text: value,
        lower: word.lower,
        pos: tag,
        lemma,
        sentence: sentences.length,
      });
    }
    const firstToken = tokens[tokenStart];
    const lastToken = tokens[tokens.length - 1];
    if (!firstToken || !lastToken) continue;
    sentences.push({
      start: firstToken.start,
      end: lastToken.end,
      tokenStart,
      tokenEnd: tokens.length,
      paragraph,
    });
  }
}

/** /^\s+$/, without the expression for the many tokens that start with a visible ASCII character. */
function isBlank(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code > 32 && code < 160) return false;
  return /^\s+$/.test(value);
}
