// `chorus eval quotes`: PolNeAR attributions (gold) against predicted quotes -> P/R/F1, speaker and cue accuracy, invalid spans.
import type { Analysis } from '../model/analysis.js';
import type { Quote } from '../model/quote.js';
import {
  addCounts,
  type Counts,
  countInvalidSpans,
  emptyCounts,
  matchSets,
  type Prf,
  prf,
} from './common.js';

export interface GoldQuote {
  content: string;
  contentSpan: [number, number] | null;
  speaker: string | null;
  speakerSpan: [number, number] | null;
  cue: string | null;
  cueSpan: [number, number] | null;
  type: string | null;
}

export interface GoldQuoteDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export interface QuoteReport {
  suite: 'quotes';
  articles: number;
  /** gold of type direct or mixed against predicted direct or mixed quotes */
  directAndMixed: Prf;
  /**
   * The same with gold typed by every quotation-mark family the texts use: PolNeAR's `type` counts only
   * double marks, so a quote in doubled apostrophes (''…'', the New York Times' style) or in single
   * curly marks (‘…’, headlines) is typed indirect there. Reported beside `directAndMixed`, not instead.
   */
  directAndMixedAnyMarks: Prf;
  /** every gold attribution against every predicted quote */
  all: Prf;
  /** on matched quotes (all attributions) whose gold has a speaker: see `sameSpeaker` */
  speakerAccuracy: Accuracy;
  /** speaker accuracy on matched direct and mixed quotes */
  directSpeakerAccuracy: Accuracy;
  /** on matched quotes whose gold has a cue: the predicted cue span overlaps the gold cue span */
  cueAccuracy: Accuracy;
  /** predicted quotes by kind, for reading the numbers */
  predictedKinds: Record<string, number>;
  invalidSpans: number;
}

/** The contract's match: content spans overlap by at least half of the shorter one. */
export function sameContent(p: { start: number; end: number }, g: GoldQuote): boolean {
  if (!g.contentSpan) return false;
  const [gs, ge] = g.contentSpan;
  const overlap = Math.min(p.end, ge) - Math.max(p.start, gs);
  const shorter = Math.min(p.end - p.start, ge - gs);
  return shorter > 0 && overlap * 2 >= shorter;
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !/^(the|of|and|for|in|a|an|on|mr|mrs|ms|dr)$/.test(w));

/**
 * Speaker accuracy on a matched quote: the predicted speaker is right when the span of the words
 * nearest the quote that name it (`speakerMention`, else the speaker's own span) overlaps the gold
 * speakerSpan, or when the predicted speaker name and the gold speaker text share a word (ignoring
 * case, one-letter words, titles and the, of, and, for, in, a, an, on). So "he" predicted as
 * "Kaja Kallas" is right against gold "Kallas" or against gold "he" at the same place.
 */
export function sameSpeaker(p: Quote, g: GoldQuote): boolean {
  if (!p.speaker || !g.speaker || !g.speakerSpan) return false;
  const [gs, ge] = g.speakerSpan;
  const span =
    p.speakerMention ??
    (p.speaker.start !== undefined && p.speaker.end !== undefined
      ? { start: p.speaker.start, end: p.speaker.end }
      : null);
  if (span && span.start < ge && gs < span.end) return true;
  const gold = new Set(words(g.speaker));
  return words(p.speaker.name).some((w) => gold.has(w));
}

function sameCue(p: Quote, g: GoldQuote): boolean {
  if (!p.cue || !g.cueSpan) return false;
  return p.cue.start < g.cueSpan[1] && g.cueSpan[0] < p.cue.end;
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? 0 : correct / total };
}

const isDirectOrMixed = (kind: string | null) => kind === 'direct' || kind === 'mixed';

// an opening doubled apostrophe or single curly mark inside the content: ''We …'' / ‘Not fit …’
const OTHER_MARKS = /''\S|(?:^|[\s(—–-])‘\S/;

function isQuotedAnyMarks(text: string, g: GoldQuote): boolean {
  if (isDirectOrMixed(g.type)) return true;
  if (!g.contentSpan) return false;
  return OTHER_MARKS.test(text.slice(g.contentSpan[0], g.contentSpan[1]));
}

/** Scores predictions; quotes should keep `speakerMention` (score `Doc` quotes, or analyses before stripping). */
export function scoreQuotes(gold: GoldQuoteDoc[], predicted: Analysis[]): QuoteReport {
  const direct: Counts = emptyCounts();
  const directAnyMarks: Counts = emptyCounts();
  const all: Counts = emptyCounts();
  let speakerRight = 0;
  let speakerTotal = 0;
  let directSpeakerRight = 0;
  let directSpeakerTotal = 0;
  let cueRight = 0;
  let cueTotal = 0;
  let invalidSpans = 0;
  let articles = 0;
  const predictedKinds: Record<string, number> = {};
  gold.forEach((doc, i) => {
    const analysis = predicted[i];
    if (!analysis) return;
    articles++;
    invalidSpans += countInvalidSpans(doc.text, analysis);
    for (const q of analysis.quotes) predictedKinds[q.kind] = (predictedKinds[q.kind] ?? 0) + 1;
    // a gold attribution without a content span (a handful in PolNeAR) cannot be matched: not counted
    const goldQuotes = doc.quotes.filter(
      (g) => g.contentSpan !== null && g.contentSpan[1] > g.contentSpan[0],
    );
    addCounts(
      direct,
      matchSets(
        analysis.quotes.filter((q) => isDirectOrMixed(q.kind)),
        goldQuotes.filter((g) => isDirectOrMixed(g.type)),
        sameContent,
      ).counts,
    );
    addCounts(
      directAnyMarks,
      matchSets(
        analysis.quotes.filter((q) => isDirectOrMixed(q.kind)),
        goldQuotes.filter((g) => isQuotedAnyMarks(doc.text, g)),
        sameContent,
      ).counts,
    );
    const match = matchSets(analysis.quotes, goldQuotes, sameContent);
    addCounts(all, match.counts);
    for (const [p, g] of match.pairs) {
      if (g.speaker && g.speakerSpan) {
        const right = sameSpeaker(p, g);
        speakerTotal++;
        if (right) speakerRight++;
        if (isDirectOrMixed(g.type)) {
          directSpeakerTotal++;
          if (right) directSpeakerRight++;
        }
      }
      if (g.cueSpan) {
        cueTotal++;
        if (sameCue(p, g)) cueRight++;
      }
    }
  });
  return {
    suite: 'quotes',
    articles,
    directAndMixed: prf(direct),
    directAndMixedAnyMarks: prf(directAnyMarks),
    all: prf(all),
    speakerAccuracy: accuracy(speakerRight, speakerTotal),
    directSpeakerAccuracy: accuracy(directSpeakerRight, directSpeakerTotal),
    cueAccuracy: accuracy(cueRight, cueTotal),
    predictedKinds,
    invalidSpans,
  };
}
