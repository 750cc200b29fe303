// Seed + size -> a deterministic JSON Lines corpus of invented wire-style news, streamed to disk.
// Usage: tsx bench/generate-corpus.ts [--articles 5000] [--bytes 1e9] [--seed 7] [--out bench/out/corpus.jsonl]
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  AGENCIES,
  ANALYST_AFFILIATIONS,
  BACKGROUND_SENTENCES,
  CAPTION_SCENES,
  EVENT_CLAUSES,
  EVENT_NOUNS,
  FIRST_NAMES,
  MONTHS,
  ORGANISATIONS,
  QUOTE_LINES,
  REACTION_CLAUSES,
  STATE_BODIES,
  STATE_OFFICES,
  STATES,
  type StateActor,
  SURNAMES,
  WEEKDAYS,
} from './word-banks.js';

export interface BenchArticle {
  id: string;
  date: string;
  title: string;
  source: string;
  url: string;
  text: string;
}

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Cast {
  src: StateActor;
  tgt: StateActor;
  third: StateActor;
  event: string;
  year: number;
}

/** Article `index` of the corpus for `seed`; each article has its own stream so any one can be rebuilt alone. */
export function generateArticle(index: number, seed: number): BenchArticle {
  const random = createRandom(seed * 1_000_003 + index);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const count = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const person = () => `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`;
  const pronoun = () => (random() < 0.5 ? 'she' : 'he');

  const src = pick(STATES);
  let tgt = pick(STATES);
  while (tgt === src) tgt = pick(STATES);
  const third = pick(STATES);
  const cast: Cast = { src, tgt, third, event: pick(EVENT_NOUNS), year: count(1995, 2025) };
  const fill = (template: string) => fillSlots(template, cast, count);

  // Lengths from 1 KB to 20 KB, skewed short (mean about 4.5 KB, like wire copy).
  const targetLength = Math.round(1000 * 20 ** (random() ** 1.8));
  const month = count(0, 11);
  const day = count(1, 28);
  const year = count(2019, 2026);
  const agency = pick(AGENCIES.slice(0, 4));
  const open = random() < 0.5 ? ['"', '"'] : ['\u201c', '\u201d'];
  const quote = (line: string, end: string) => `${open[0]}${line}${end}${open[1]}`;

  const paragraphs: string[] = [];
  const lead = capitalise(fill(pick(EVENT_CLAUSES)));
  paragraphs.push(
    `${src.capital.toUpperCase()}, ${MONTHS[month]} ${day} (${agency}) - ${lead}, officials said on ${pick(WEEKDAYS)}.`,
  );
  if (random() < 0.3) {
    paragraphs.push(`IMAGE: ${fill(pick(CAPTION_SCENES))}. Photograph: ${person()}/${pick(AGENCIES)}`);
  }
  let length = paragraphs[0]?.length ?? 0;
  while (length < targetLength) {
    const paragraph = pickParagraph();
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  if (random() < 0.4) paragraphs.push(`Reporting by ${person()}; Editing by ${person()}`);

  const id = `bench-${String(index).padStart(7, '0')}`;
  return {
    id,
    date: `${year}-${pad(month + 1)}-${pad(day)}`,
    title: `${src.name} and ${tgt.name}: ${cast.event} draws reactions`,
    source: agency,
    url: `https://news.example.org/${year}/${id}`,
    text: paragraphs.join('\n\n'),
  };

  function pickParagraph(): string {
    const roll = random();
    const name = person();
    if (roll < 0.16) {
      const office = pick(STATE_OFFICES);
      return `${quote(pick(QUOTE_LINES), ',')} ${src.demonym} ${office} ${name} said in a statement.`;
    }
    if (roll < 0.26) {
      return `${quote(pick(QUOTE_LINES), ',')} ${pronoun()} told reporters in ${src.capital}. ${quote(pick(QUOTE_LINES), '.')}`;
    }
    if (roll < 0.34) {
      // A quote running over two paragraphs: the first has no closing mark.
      return `${open[0]}${pick(QUOTE_LINES)}. ${pick(QUOTE_LINES)}.\n\n${quote(pick(QUOTE_LINES), ',')} said ${name}, ${tgt.demonym} ${pick(STATE_OFFICES)}.`;
    }
    if (roll < 0.5) {
      const body = pick(STATE_BODIES).replace('{capital}', third.capital);
      const actor = random() < 0.3 ? third.capital : `The ${third.demonym} ${body}`;
      return `${actor} ${fill(pick(REACTION_CLAUSES))}. ${fill(pick(BACKGROUND_SENTENCES))}`;
    }
    if (roll < 0.62) {
      const org = pick(ORGANISATIONS);
      const who = random() < 0.5 ? capitalise(org.name) : `The ${org.office} of ${org.name}, ${name},`;
      return `${who} ${fill(pick(REACTION_CLAUSES))}. ${capitalise(org.short)} said it would continue to follow developments.`;
    }
    if (roll < 0.7) {
      return `${name}, ${fill(pick(ANALYST_AFFILIATIONS))}, said the ${cast.event} was unlikely to change the balance of power. ${quote(pick(QUOTE_LINES), ',')} ${pronoun()} said.`;
    }
    if (roll < 0.76) {
      return `IMAGE: ${fill(pick(CAPTION_SCENES))}. Photograph: ${name}/${pick(AGENCIES)}`;
    }
    if (roll < 0.84) {
      return `${src.demonym} ${pick(STATE_OFFICES)} ${name} said: ${quote(pick(QUOTE_LINES), '.')}`;
    }
    const sentences: string[] = [];
    for (let i = count(2, 4); i > 0; i--) sentences.push(fill(pick(BACKGROUND_SENTENCES)));
    return sentences.join(' ');
  }
}

function fillSlots(template: string, cast: Cast, count: (min: number, max: number) => number): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'src':
        return cast.src.name;
      case 'srcDem':
        return cast.src.demonym;
      case 'srcCap':
        return cast.src.capital;
      case 'tgt':
        return cast.tgt.name;
      case 'tgtDem':
        return cast.tgt.demonym;
      case 'tgtCap':
        return cast.tgt.capital;
      case 'thirdCap':
        return cast.third.capital;
      case 'event':
        return cast.event;
      case 'year':
        return String(cast.year);
      case 'n':
        return String(count(2, 90));
      default:
        return slot;
    }
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export interface CorpusOptions {
  out: string;
  seed: number;
  /** stop after this many articles … */
  articles?: number;
  /** … or once this many bytes are written (for the memory test) */
  bytes?: number;
}

/** Writes the corpus one line at a time, waiting on the stream, so a 1 GB corpus never sits in memory. */
export async function writeCorpus(options: CorpusOptions): Promise<{ articles: number; bytes: number }> {
  mkdirSync(dirname(options.out), { recursive: true });
  const stream = createWriteStream(options.out);
  const maxArticles = options.articles ?? Number.POSITIVE_INFINITY;
  const maxBytes = options.bytes ?? Number.POSITIVE_INFINITY;
  let articles = 0;
  let bytes = 0;
  while (articles < maxArticles && bytes < maxBytes) {
    const line = `${JSON.stringify(generateArticle(articles, options.seed))}\n`;
    bytes += Buffer.byteLength(line);
    articles++;
    if (!stream.write(line)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return { articles, bytes };
}

function readFlag(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(args: string[]): Promise<void> {
  const bytes = readFlag(args, 'bytes');
  const articles = readFlag(args, 'articles');
  const options: CorpusOptions = {
    out: readFlag(args, 'out') ?? 'bench/out/corpus.jsonl',
    seed: Number(readFlag(args, 'seed') ?? 7),
  };
  if (bytes !== undefined) options.bytes = Number(bytes);
  else options.articles = Number(articles ?? 5000);
  const written = await writeCorpus(options);
  process.stdout.write(
    `${options.out}: ${written.articles} articles, ${(written.bytes / 1e6).toFixed(1)} MB\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
