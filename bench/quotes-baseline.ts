// PolNeAR dev -> compromise's quotations() and Chorus's quotes scored side by side by the same scorer, with timings.
// npx tsx bench/quotes-baseline.ts [dev|train]   (never the test split: it is held out)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { defaultContext } from '../src/apps/context.js';
import { defaultEvalDir } from '../src/apps/eval.js';
import { type GoldQuoteDoc, type QuoteReport, scoreQuotes } from '../src/eval/quotes.js';
import type { Analysis } from '../src/model/analysis.js';
import type { Quote } from '../src/model/quote.js';
import { analyzeDoc, type StageName } from '../src/pipeline.js';

const split = process.argv[2] === 'train' ? 'train' : 'dev';
const gold: GoldQuoteDoc[] = readFileSync(join(defaultEvalDir(), `quotes/polnear-${split}.jsonl`), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as GoldQuoteDoc);

const empty = (quotes: Quote[]): Analysis => ({
  article: { id: '', date: null, title: null },
  actors: [],
  quotes,
  events: [],
  reactions: [],
  issues: [],
});

interface CompromiseQuote {
  text: string;
  offset: { start: number; length: number };
}

/** compromise finds quoted text only (marks included); it names no speaker and no cue. */
function compromiseQuotes(text: string): Quote[] {
  const found = nlp(text).quotations().json({ offset: true }) as CompromiseQuote[];
  return found.map(({ offset }) => {
    const start = offset.start;
    const end = offset.start + offset.length;
    return { text: text.slice(start, end), start, end, kind: 'direct', speaker: null, cue: null };
  });
}

let started = performance.now();
const baseline = gold.map((doc) => empty(compromiseQuotes(doc.text)));
const compromiseMs = performance.now() - started;

const ctx = defaultContext();
const stageMs: Partial<Record<StageName, number>> = {};
const timer = (stage: StageName, ms: number) => {
  stageMs[stage] = (stageMs[stage] ?? 0) + ms;
};
started = performance.now();
const chorus = gold.map((doc) => {
  const analyzed = analyzeDoc({ id: doc.id, text: doc.text, origin: { file: 'gold' } }, ctx, timer);
  return empty(analyzed.quotes);
});
const chorusMs = performance.now() - started;

const pct = (x: number) => (100 * x).toFixed(1);
const row = (name: string, r: QuoteReport, ms: number) =>
  [
    name.padEnd(22),
    `${pct(r.directAndMixed.precision)} / ${pct(r.directAndMixed.recall)} / ${pct(r.directAndMixed.f1)}`.padEnd(
      22,
    ),
    `${pct(r.directAndMixedAnyMarks.precision)} / ${pct(r.directAndMixedAnyMarks.recall)} / ${pct(r.directAndMixedAnyMarks.f1)}`.padEnd(
      22,
    ),
    `${pct(r.all.precision)} / ${pct(r.all.recall)} / ${pct(r.all.f1)}`.padEnd(22),
    `${pct(r.speakerAccuracy.accuracy)} (${r.speakerAccuracy.correct}/${r.speakerAccuracy.total})`.padEnd(20),
    String(r.invalidSpans).padEnd(9),
    `${(ms / 1000).toFixed(1)} s`,
  ].join(' ');

const total = Object.values(stageMs).reduce((a, b) => a + b, 0);
process.stdout.write(
  [
    `PolNeAR ${split}: ${gold.length} documents (content spans overlap by half of the shorter; P / R / F1 in %; 'any marks' types gold by '' and ‘’ too)`,
    `${'system'.padEnd(22)} ${'direct+mixed'.padEnd(22)} ${'d+m, any marks'.padEnd(22)} ${'all attributions'.padEnd(22)} ${'speaker accuracy'.padEnd(20)} ${'invalid'.padEnd(9)} time`,
    row('compromise quotations', scoreQuotes(gold, baseline), compromiseMs),
    row('chorus (whole pipeline)', scoreQuotes(gold, chorus), chorusMs),
    `chorus stage shares: ${Object.entries(stageMs)
      .map(([stage, ms]) => `${stage} ${pct(ms / total)}%`)
      .join(', ')} (quotes stage ${((stageMs.quotes ?? 0) / 1000).toFixed(2)} s)`,
    '',
  ].join('\n'),
);
