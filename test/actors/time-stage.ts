// Not a test: times the pipeline's stages over PolNeAR training texts and prints the actor stage's share.
// Run: npx tsx test/actors/time-stage.ts [../shared/eval/quotes/polnear-train.jsonl] [max articles]
import { readFileSync } from 'node:fs';
import { createContext } from '../../src/apps/context.js';
import { analyzeDoc, STAGE_NAMES, type StageName } from '../../src/pipeline.js';

const file = process.argv[2] ?? '../shared/eval/quotes/polnear-train.jsonl';
const max = Number(process.argv[3] ?? 300);
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, max)
  .map((line) => (JSON.parse(line) as { text: string }).text);

const ctx = createContext();
const totals = new Map<StageName, number>(STAGE_NAMES.map((s) => [s, 0]));
const timer = (stage: StageName, ms: number) => totals.set(stage, (totals.get(stage) ?? 0) + ms);
// One warm-up pass so that lazy loading and JIT do not count against the first stage.
for (const text of texts.slice(0, 20)) analyzeDoc({ id: 'w', text, origin: { file } }, ctx);
const started = performance.now();
texts.forEach((text, i) => analyzeDoc({ id: String(i), text, origin: { file } }, ctx, timer));
const wall = performance.now() - started;
const staged = [...totals.values()].reduce((a, b) => a + b, 0);
const chars = texts.reduce((n, t) => n + t.length, 0);
const lines = [`${texts.length} articles, ${chars} characters, ${wall.toFixed(0)} ms wall`];
for (const [stage, ms] of totals) {
  lines.push(
    `${stage.padEnd(10)} ${ms.toFixed(0).padStart(7)} ms  ${((100 * ms) / staged).toFixed(1).padStart(5)}%`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
