// Developer tool: PolNeAR train (or dev) -> missed, spurious and wrongly attributed quotes, printed with context.
// npx tsx scripts/quote-errors.ts [train|dev] [--docs N] [--from K] [--only fn|fp|speaker] [--all] [--max M]
// Direct and mixed quotes only unless --all. Never run it on the test split.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultContext } from '../src/apps/context.js';
import { defaultEvalDir } from '../src/apps/eval.js';
import { matchSets } from '../src/eval/common.js';
import { type GoldQuote, type GoldQuoteDoc, sameContent, sameSpeaker } from '../src/eval/quotes.js';
import type { Quote } from '../src/model/quote.js';
import { analyzeDoc } from '../src/pipeline.js';

const args = process.argv.slice(2);
const split = args[0] === 'dev' ? 'dev' : 'train';
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const wantAll = args.includes('--all');
const docs = option('--docs', 120);
const from = option('--from', 0);
const max = option('--max', 400);

const path = join(defaultEvalDir(), `quotes/polnear-${split}.jsonl`);
if (!existsSync(path)) throw new Error(`no gold file at ${path}`);
const gold: GoldQuoteDoc[] = readFileSync(path, 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(from, from + docs)
  .map((line) => JSON.parse(line) as GoldQuoteDoc);

const ctx = defaultContext();
const isDm = (kind: string | null) => kind === 'direct' || kind === 'mixed';
const clip = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n / 2)} … ${s.slice(-n / 2)}` : s);
const flat = (s: string) => s.replace(/\s+/g, ' ');
let printed = 0;
const counts = { fn: 0, fp: 0, speaker: 0 };
const print = (line: string) => {
  if (printed++ < max) process.stdout.write(`${line}\n`);
};

for (const doc of gold) {
  const analyzed = analyzeDoc({ id: doc.id, text: doc.text, origin: { file: 'gold' } }, ctx);
  const text = doc.text;
  const goldQuotes = doc.quotes.filter(
    (g) => g.contentSpan !== null && g.contentSpan[1] > g.contentSpan[0] && (wantAll || isDm(g.type)),
  );
  const predicted = analyzed.quotes.filter((q) => wantAll || isDm(q.kind));
  const match = matchSets<Quote, GoldQuote>(predicted, goldQuotes, sameContent);
  const around = (s: number, e: number) =>
    flat(`${text.slice(Math.max(0, s - 60), s)}[[${clip(text.slice(s, e))}]]${text.slice(e, e + 60)}`);
  if (!only || only === 'fn') {
    for (const g of match.unmatchedGold) {
      counts.fn++;
      const [s, e] = g.contentSpan as [number, number];
      print(`FN ${g.type} cue=${g.cue} spk=${g.speaker} :: ${around(s, e)}`);
    }
  }
  if (!only || only === 'fp') {
    for (const p of match.unmatchedPredicted) {
      counts.fp++;
      print(`FP ${p.kind} cue=${p.cue?.text} spk=${p.speaker?.name} :: ${around(p.start, p.end)}`);
    }
  }
  if (!only || only === 'speaker') {
    for (const [p, g] of match.pairs) {
      if (!g.speaker || !g.speakerSpan || sameSpeaker(p, g)) continue;
      counts.speaker++;
      const mention = p.speakerMention ? text.slice(p.speakerMention.start, p.speakerMention.end) : '-';
      print(
        `SPK ${g.type} gold=${g.speaker} pred=${p.speaker?.name ?? '-'} (${mention}) cue=${p.cue?.text ?? '-'}/${g.cue} :: ${around(p.start, p.end)}`,
      );
    }
  }
}
process.stdout.write(`${JSON.stringify(counts)}\n`);
