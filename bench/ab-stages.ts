// Two builds, one process: each stage's CPU time per article, old build against new, over alternating blocks.
// Usage: tsx bench/ab-stages.ts OLD_DIST FILE.jsonl [max articles 300] [passes 8] [block 50] [--meta]
// Without --meta each article is its text alone; with it, also the line's date, title, source and url (as `chorus
// analyze` reads them: the events stage dates events only when the article has a date).
// OLD_DIST is a copy of an earlier build's dist/ kept inside the repository (so that it finds node_modules), with a
// `data` link beside it: `cp -r dist bench/out/old/dist && ln -s ../../../data bench/out/old/data`. The new side is
// this worktree's dist/ (`npm run build` first). Each side has its own context (lexicons, wink-nlp model); per block,
// both sides run the whole pipeline on the same articles, in alternating order; CPU time (process.cpuUsage) is
// read at each stage's end, as in test/actors/time-stage.ts. A first pass warms both sides up and checks that their
// actor layers agree.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { ArticleInput } from '../src/model/article.js';

type Pipeline = typeof import('../src/pipeline.js');
type Context = typeof import('../src/apps/context.js');

interface Side {
  name: string;
  analyzeDoc: Pipeline['analyzeDoc'];
  ctx: ReturnType<Context['createContext']>;
  cpu: Map<string, number>;
}

async function loadSide(name: string, dist: string): Promise<Side> {
  const url = (path: string) => pathToFileURL(resolve(dist, path)).href;
  const { createContext } = (await import(url('apps/context.js'))) as Context;
  const { analyzeDoc } = (await import(url('pipeline.js'))) as Pipeline;
  return { name, analyzeDoc, ctx: createContext(), cpu: new Map() };
}

async function main(args: string[]): Promise<void> {
  const meta = args.includes('--meta');
  const [oldDist, file, max = '300', passesArg = '8', blockArg = '50'] = args.filter(
    (arg) => arg !== '--meta',
  );
  if (!oldDist || !file) {
    process.stderr.write(
      'usage: tsx bench/ab-stages.ts OLD_DIST FILE.jsonl [max] [passes] [block] [--meta]\n',
    );
    process.exitCode = 2;
    return;
  }
  const passes = Number(passesArg);
  const block = Number(blockArg);
  const inputs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, Number(max))
    .map((line, index) => inputOf(JSON.parse(line) as Record<string, unknown>, String(index), file, meta));
  const sides = [await loadSide('old', oldDist), await loadSide('new', 'dist')];

  const runBlock = (side: Side, from: number, to: number, count: boolean): string[] => {
    const layers: string[] = [];
    let cpu = process.cpuUsage();
    const timer = (stage: string) => {
      const used = process.cpuUsage(cpu);
      cpu = process.cpuUsage();
      if (count) side.cpu.set(stage, (side.cpu.get(stage) ?? 0) + (used.user + used.system) / 1000);
    };
    for (let i = from; i < to; i++) {
      const input = inputs[i];
      if (!input) continue;
      const doc = side.analyzeDoc(input, side.ctx, timer);
      if (!count) layers.push(JSON.stringify({ mentions: doc.mentions, actors: doc.actors }));
    }
    return layers;
  };

  let differing = 0;
  for (let from = 0; from < inputs.length; from += block) {
    const to = Math.min(from + block, inputs.length);
    const [a, b] = sides.map((side) => runBlock(side, from, to, false));
    a?.forEach((layer, k) => {
      if (layer !== b?.[k]) differing++;
    });
  }
  for (let pass = 0; pass < passes; pass++) {
    for (let from = 0, n = 0; from < inputs.length; from += block, n++) {
      const to = Math.min(from + block, inputs.length);
      const order = (n + pass) % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) runBlock(side, from, to, true);
    }
  }

  const runs = inputs.length * passes;
  const stages = [...(sides[0]?.cpu.keys() ?? [])];
  const per = (side: Side | undefined, stage: string) => (side?.cpu.get(stage) ?? 0) / runs;
  const total = (side: Side | undefined) => stages.reduce((sum, stage) => sum + per(side, stage), 0);
  const [before, after] = sides;
  const lines = [
    `${inputs.length} articles x ${passes} passes, blocks of ${block}; actor layers differing: ${differing}`,
    `${'CPU ms/article'.padEnd(14)} ${'old'.padStart(7)} ${'new'.padStart(7)}  change`,
  ];
  const row = (label: string, a: number, b: number) =>
    `${label.padEnd(14)} ${a.toFixed(3).padStart(7)} ${b.toFixed(3).padStart(7)}  ${(100 * (b / a - 1)).toFixed(1)}%`;
  for (const stage of stages) lines.push(row(stage, per(before, stage), per(after, stage)));
  lines.push(row('total', total(before), total(after)));
  const share = (side: Side | undefined) => (100 * per(side, 'actors')) / total(side);
  lines.push(`actor share: ${share(before).toFixed(1)}% -> ${share(after).toFixed(1)}%`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The pipeline's input for one JSON line: its text, and with `meta` the fields `chorus analyze` also reads. */
function inputOf(line: Record<string, unknown>, id: string, file: string, meta: boolean): ArticleInput {
  const text = typeof line.text === 'string' ? line.text : '';
  const input: ArticleInput = { id, text, origin: { file } };
  if (!meta) return input;
  for (const field of ['date', 'title', 'source', 'url'] as const) {
    const value = line[field];
    if (typeof value === 'string') input[field] = value;
  }
  return input;
}

await main(process.argv.slice(2));
