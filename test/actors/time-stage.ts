// Not a test: times the pipeline's stages over PolNeAR training texts and prints each stage's share.
// Run: npx tsx test/actors/time-stage.ts [../shared/eval/quotes/polnear-train.jsonl] [max articles] [passes] [batch]
// With a batch size above 1 the stages run over that many articles at a time, as `chorus analyze` runs them.
// Wall time comes from the pipeline's StageTimer; CPU time is read at each timer call (process.cpuUsage),
// which holds up better on a shared, loaded machine. Shares are medians over the passes.
import { readFileSync } from 'node:fs';
import { createContext } from '../../src/apps/context.js';
import { analyzeDoc, analyzeDocs, STAGE_NAMES, type StageName } from '../../src/pipeline.js';

const file = process.argv[2] ?? '../shared/eval/quotes/polnear-train.jsonl';
const max = Number(process.argv[3] ?? 300);
const passes = Number(process.argv[4] ?? 3);
const batch = Math.max(1, Number(process.argv[5] ?? 1));
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, max)
  .map((line) => (JSON.parse(line) as { text: string }).text);

const ctx = createContext();
// One warm-up pass so that lazy loading and JIT do not count against the first stage.
for (const text of texts.slice(0, 20)) analyzeDoc({ id: 'w', text, origin: { file } }, ctx);

type Totals = Map<StageName, { wall: number; cpu: number }>;
const runs: Totals[] = [];
for (let pass = 0; pass < passes; pass++) {
  const totals: Totals = new Map(STAGE_NAMES.map((s) => [s, { wall: 0, cpu: 0 }]));
  let cpu = process.cpuUsage();
  const timer = (stage: StageName, ms: number) => {
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const total = totals.get(stage);
    if (total) {
      total.wall += ms;
      total.cpu += (used.user + used.system) / 1000;
    }
  };
  const inputs = texts.map((text, i) => ({ id: String(i), text, origin: { file } }));
  for (let from = 0; from < inputs.length; from += batch)
    analyzeDocs(inputs.slice(from, from + batch), ctx, timer);
  runs.push(totals);
}

const share = (totals: Totals, stage: StageName, what: 'wall' | 'cpu') => {
  let sum = 0;
  for (const t of totals.values()) sum += t[what];
  return (100 * (totals.get(stage)?.[what] ?? 0)) / sum;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const chars = texts.reduce((n, t) => n + t.length, 0);
const lines = [
  `${texts.length} articles, ${chars} characters, ${passes} passes, batches of ${batch}; median share of stage time`,
];
lines.push(`${'stage'.padEnd(10)} ${'wall %'.padStart(7)} ${'cpu %'.padStart(7)}  per pass (wall %)`);
for (const stage of STAGE_NAMES) {
  const walls = runs.map((r) => share(r, stage, 'wall'));
  const cpus = runs.map((r) => share(r, stage, 'cpu'));
  lines.push(
    `${stage.padEnd(10)} ${median(walls).toFixed(1).padStart(7)} ${median(cpus).toFixed(1).padStart(7)}  ${walls.map((w) => w.toFixed(1)).join(' ')}`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
