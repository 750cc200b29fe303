// Corpus -> a CPU profile of the pipeline alone (bench/out/prof/pipeline.cpuprofile) and its hottest functions.
// Only the analysis loop is sampled: no start-up, no model loading, no reading. It profiles the built code in
// dist/ (what the CLI runs, with true line numbers): `npm run build` first. Open the file in Chrome DevTools.
// Usage: tsx bench/profile.ts [--articles 1500] [--input FILE.jsonl] [--top 40]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { basename } from 'node:path';
import { readJsonLinesFile } from '../src/adapters/input/read-jsonl.js';
import type { ArticleInput } from '../src/model/article.js';
import { isInputError } from '../src/model/input-error.js';
import { writeCorpus } from './generate-corpus.js';
import { formatSummary, type Profile, summariseProfile } from './summarise-profile.js';

const OUT_DIR = 'bench/out/prof';

async function main(args: string[]): Promise<void> {
  const value = (name: string) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const count = Number(value('articles') ?? 1500);
  const top = Number(value('top') ?? 40);
  mkdirSync(OUT_DIR, { recursive: true });
  let file = value('input');
  if (file === undefined) {
    file = `bench/out/corpus-7-${count}.jsonl`;
    if (!existsSync(file)) await writeCorpus({ out: file, seed: 7, articles: count });
  }
  const articles: ArticleInput[] = [];
  for await (const record of readJsonLinesFile(file, basename(file))) {
    if (!isInputError(record) && articles.length < count) articles.push(record);
  }
  const { createContext } = (await import(
    distUrl('apps/context.js')
  )) as typeof import('../src/apps/context.js');
  const { analyzeArticle } = (await import(distUrl('pipeline.js'))) as typeof import('../src/pipeline.js');
  const ctx = createContext();
  for (const article of articles.slice(0, 200)) analyzeArticle(article, ctx);

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  for (const article of articles) analyzeArticle(article, ctx);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();

  const out = `${OUT_DIR}/pipeline.cpuprofile`;
  writeFileSync(out, JSON.stringify(profile));
  const summary = summariseProfile(profile as unknown as Profile);
  process.stdout.write(
    `${articles.length} articles from ${file}\n${formatSummary(summary, top)}\nprofile: ${out}\n`,
  );
}

function distUrl(path: string): string {
  return new URL(`../dist/${path}`, import.meta.url).href;
}

await main(process.argv.slice(2));
