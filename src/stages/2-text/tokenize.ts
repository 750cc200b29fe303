// TextDoc <- Layout: sentences and tokens with POS and lemmas from wink-nlp, offsets into the original text.
import type { Layout, TextLayer } from '../../model/doc.js';
import type { Issue } from '../../model/issue.js';
import { issueAt } from '../../model/issue.js';
import type { Stage, StageContext, TokenColumns } from '../../model/stage.js';
import type { Sentence, Token } from '../../model/text.js';
import { repairTags } from './repair-tags.js';
import { lemmaAs, rememberLemma, rememberWord, type WordForms, wordMemoFor } from './word-forms.js';

/**
 * Every paragraph the stage reads is read by wink-nlp in ONE document, the paragraphs joined by a blank line: one
 * `readDoc` per paragraph cost ~7% of the stage in per-document overhead. wink-nlp ends a sentence at a blank line,
 * and its tags and lemmas are the same as paragraph by paragraph (compared on the 924 PolNeAR texts, 1,000 generated
 * articles and 30,000 joins of invented awkward paragraphs, each side with its own model fed in the same order; the
 * test beside this file keeps a table of them). That holds only when no paragraph begins or ends with white space
 * other than plain spaces: a line break or a tab next to the blank line makes wink-nlp run the two paragraphs'
 * sentences together. Such an article (a caption cut before its credit on a new line) is read paragraph by paragraph.
 */
const SEPARATOR = '\n\n';

/** One stretch of text wink-nlp reads: a paragraph, or its part before a caption's credit. */
interface Piece {
  start: number;
  end: number;
  paragraph: number;
}

/**
 * What wink-nlp read of an article: one document per stretch of pieces read together (all of them, or one piece
 * at a time), with its columns. A document stays readable after others are read (its values and lemmas come from
 * its own token data and the model's lexicon, which only grows), so a batch can be read before it is placed.
 */
export interface TextReading {
  reads: PiecesRead[];
}

/** Pieces read as one wink-nlp document: `source` holds them, piece k beginning at begins[k]. */
interface PiecesRead {
  pieces: readonly Piece[];
  source: string;
  begins: number[];
  // biome-ignore lint/suspicious/noExplicitAny: wink-nlp ships no precise types for documents
  doc: any;
  columns: TokenColumns;
}

export const splitText: Stage<Layout, TextLayer> = (layout, ctx) =>
  placeText(readText(layout, ctx).value, ctx);

/** Layout -> wink-nlp's reading of the paragraphs the stage reads. */
export const readText: Stage<Layout, TextReading> = (layout, ctx) => {
  const pieces: Piece[] = [];
  layout.paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === 'meta') return;
    // A caption's credit names a photographer and an agency, not an actor: it is not read.
    const end = paragraph.credit ? paragraph.credit.start : paragraph.end;
    if (end <= paragraph.start) return;
    pieces.push({ start: paragraph.start, end, paragraph: index });
  });
  const reads: PiecesRead[] = [];
  if (pieces.length > 1 && pieces.every((piece) => hasSolidEdges(layout.text, piece))) {
    reads.push(readPieces(layout.text, pieces, ctx));
  } else {
    for (const piece of pieces) reads.push(readPieces(layout.text, [piece], ctx));
  }
  return { value: { reads }, issues: [] };
};

/**
 * wink-nlp's reading -> sentences and tokens. Kept apart from the reading so that the pipeline has wink-nlp read a
 * whole batch, then places its tokens article after article: each keeps its own data (the model; the word memo)
 * in the processor's caches across the batch, where taking turns per article pushed it out (the text stage 1-6%
 * less CPU on generated articles, wink-nlp's part included: A/B in one process, both directions).
 */
export const placeText: Stage<TextReading, TextLayer> = (reading, ctx) => {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const issues: Issue[] = [];
  const out = { sentences, tokens, issues };
  for (const read of reading.reads) placePieces(read, ctx, out);
  repairTags(tokens);
  return { value: { sentences, tokens }, issues };
};

/** No line break, tab or other white space wink-nlp makes a token of at either end (plain spaces are fine). */
function hasSolidEdges(text: string, piece: Piece): boolean {
  return !isEdgeBreak(text.charCodeAt(piece.start)) && !isEdgeBreak(text.charCodeAt(piece.end - 1));
}

function isEdgeBreak(code: number): boolean {
  // no visible ASCII character is white space: the expression only for the rest
  if (code >= 32 && code < 160) return false;
  return /\s/.test(String.fromCharCode(code));
}

/** Reads `pieces` as one wink-nlp document (joined by SEPARATOR). */
function readPieces(text: string, pieces: readonly Piece[], ctx: StageContext): PiecesRead {
  // Tokens are placed in `source`, where piece k begins at begins[k]; one piece is placed in the text itself.
  const single = pieces.length === 1;
  const source = single ? text : pieces.map((piece) => text.slice(piece.start, piece.end)).join(SEPARATOR);
  const begins: number[] = [];
  let next = 0;
  for (const piece of pieces) {
    begins.push(single ? piece.start : next);
    next += piece.end - piece.start + SEPARATOR.length;
  }
  const first = pieces[0] as Piece;
  const doc = ctx.nlp.readDoc(single ? text.slice(first.start, first.end) : source);
  // the model object's own columns where it has them (cheaper), else wink-nlp's public API
  const columns = ctx.nlp.columnsOf?.(doc) ?? outColumns(doc, ctx.nlp.its);
  return { pieces, source, begins, doc, columns };
}

/**
 * Places the tokens of pieces read as one document back in the article's text. One pass over wink-nlp's tokens
 * places each token and adds it to its sentence: wink-nlp's sentences follow one another, in order, over all its
 * tokens.
 */
function placePieces(
  read: PiecesRead,
  ctx: StageContext,
  out: { sentences: Sentence[]; tokens: Token[]; issues: Issue[] },
): void {
  const { sentences, tokens, issues } = out;
  const { pieces, source, begins, doc } = read;
  const { ids, tags: pos, contractions, sentences: spans } = read.columns;
  const its = ctx.nlp.its;
  const memo = wordMemoFor(ctx.nlp);
  const first = pieces[0] as Piece;
  // wink-nlp's own values and lemmas, read only for the words the memo lacks
  const valueAt = outAt(doc, its.value);
  const lemmaAt = outAt(doc, its.lemma);
  // Each token's word first, in a loop of its own: the memo is large and seldom in the processor's caches after
  // the other stages, and a short loop lets many of its reads wait for memory at once (~6% of the stage's own time).
  const words: WordForms[] = new Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? -1;
    words[i] = memo[id] ?? rememberWord(memo, id, valueAt(i) ?? '');
  }
  // wink-nlp gives no character offsets: find each token's value from a cursor, piece by piece.
  let k = 0;
  let cursor = begins[0] as number;
  let end = cursor + first.end - first.start;
  let shift = first.start - cursor;
  // The sentence being read: wink-nlp's sentence s, its tokens `from` to `to`, so far in piece `piece`.
  let s = 0;
  let from = spans[0]?.[0] ?? ids.length;
  let to = spans[0]?.[1] ?? -1;
  let piece = -1;
  let tokenStart = tokens.length;
  for (let i = 0; i < ids.length; i++) {
    const word = words[i] as WordForms;
    const value = word.value;
    // the separator after the piece (and its trailing spaces, which wink-nlp makes no token of); the separator is
    // white space, and the word's own flag rules out most tokens without reading their value
    if (
      word.blank &&
      value === SEPARATOR &&
      k + 1 < pieces.length &&
      source.indexOf(SEPARATOR, cursor) === end
    ) {
      k++;
      const after = pieces[k] as Piece;
      cursor = begins[k] as number;
      end = cursor + after.end - after.start;
      shift = after.start - cursor;
      continue;
    }
    const at = placeToken(source, value, cursor, end);
    if (at < 0) {
      issues.push(
        issueAt(
          'text.token_offset',
          `Token "${value}" could not be placed in the text.`,
          cursor + shift,
          end + shift,
        ),
      );
    } else {
      cursor = at;
    }
    const start = cursor + shift;
    cursor += value.length;
    while (i > to && s < spans.length) {
      if (piece >= 0) endSentence(sentences, tokens, tokenStart, pieces[piece] as Piece);
      s++;
      from = spans[s]?.[0] ?? ids.length;
      to = spans[s]?.[1] ?? -1;
      piece = -1;
      tokenStart = tokens.length;
    }
    // line breaks inside a paragraph are tokens in wink-nlp, and so are the separators; a token in no sentence
    // (wink-nlp leaves none) would not be read
    if (word.blank || i < from) continue;
    // A sentence never runs over two paragraphs, as when each was a document of its own.
    if (k !== piece) {
      if (piece >= 0) endSentence(sentences, tokens, tokenStart, pieces[piece] as Piece);
      tokenStart = tokens.length;
      piece = k;
    }
    const tag = pos[i] ?? 'X';
    // a contraction's part takes the lemma wink-nlp stored for it; another word's is remembered per tag
    const contraction = contractions[i];
    let lemma = contraction === undefined ? lemmaAs(word, tag) : contraction.toLowerCase();
    if (lemma === undefined) {
      lemma = (lemmaAt(i) ?? value).toLowerCase();
      rememberLemma(word, tag, lemma);
    }
    const possessive = contraction === undefined ? word.possessive : undefined;
    if (possessive) {
      // "Clinton's," is one token where wink-nlp had never seen the word, and "Clinton's" stays one token
      // once its cache has learnt it: the possessive is always split off, so that an article reads the same
      // whatever was read before it (and in whichever worker)
      const split = start + possessive.base.length;
      tokens.push({
        start,
        end: split,
        text: possessive.base,
        lower: possessive.baseLower,
        form: possessive.baseForm,
        pos: tag,
        lemma: possessive.baseLower,
        sentence: sentences.length,
      });
      tokens.push({
        start: split,
        end: start + value.length,
        text: possessive.mark,
        lower: possessive.markLower,
        form: possessive.markForm,
        pos: 'PART',
        lemma: "'s",
        sentence: sentences.length,
      });
      continue;
    }
    tokens.push({
      start,
      end: start + value.length,
      text: value,
      lower: word.lower,
      form: word.form,
      pos: tag,
      lemma,
      sentence: sentences.length,
    });
  }
  if (piece >= 0) endSentence(sentences, tokens, tokenStart, pieces[piece] as Piece);
}

/**
 * Where `value` is first found in `source` from `cursor` on, or -1 if not before `end`. Most tokens follow a
 * space: spaces are stepped over and the token compared where it should be; only a miss searches.
 */
function placeToken(source: string, value: string, cursor: number, end: number): number {
  let at = cursor;
  // a token that does not start with a space cannot start on one
  if (value.length > 0 && value.charCodeAt(0) !== 32) while (source.charCodeAt(at) === 32) at++;
  if (!source.startsWith(value, at)) at = source.indexOf(value, cursor);
  return at >= end ? -1 : at;
}

/** The columns through wink-nlp's public API: one `out` per property for the whole document. */
// biome-ignore lint/suspicious/noExplicitAny: wink-nlp ships no precise types for documents
function outColumns(doc: any, its: any): TokenColumns {
  const all = doc.tokens();
  const contracted: boolean[] = all.out(its.contractionFlag);
  return {
    ids: all.out(its.uniqueId),
    tags: all.out(its.pos),
    contractions: contracted.map((flag, i) => (flag ? all.itemAt(i).out(its.lemma) : undefined)),
    sentences: doc.sentences().out(its.span),
  };
}

// Past this many tokens asked for one by one, the whole document's are read at once (an article of new names).
const ONE_BY_ONE = 64;

/** Token i's `its` property from wink-nlp: one token at a time while few are asked for, all at once after. */
// biome-ignore lint/suspicious/noExplicitAny: wink-nlp ships no precise types for documents
function outAt(doc: any, f: unknown): (i: number) => string | undefined {
  // biome-ignore lint/suspicious/noExplicitAny: as above
  let all: any;
  let whole: string[] | undefined;
  let asked = 0;
  return (i) => {
    asked++;
    all ??= doc.tokens();
    if (!whole && asked > ONE_BY_ONE) whole = all.out(f) as string[];
    return whole ? whole[i] : (all.itemAt(i).out(f) as string);
  };
}

function endSentence(
  sentences: Sentence[],
  tokens: readonly Token[],
  tokenStart: number,
  piece: Piece,
): void {
  const firstToken = tokens[tokenStart];
  const lastToken = tokens[tokens.length - 1];
  if (!firstToken || !lastToken) return;
  sentences.push({
    start: firstToken.start,
    end: lastToken.end,
    tokenStart,
    tokenEnd: tokens.length,
    paragraph: piece.paragraph,
  });
}
