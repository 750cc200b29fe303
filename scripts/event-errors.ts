// Developer tool: event gold files -> each sentence's errors grouped by cause (wrong code, wrong source,
// wrong target, missing event, spurious event), with gold and predicted triples printed.
// npx tsx scripts/event-errors.ts [petrarch|plover] [--only cause] [--max N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultContext } from '../src/apps/context.js';
import { defaultEvalDir } from '../src/apps/eval.js';
import { scoreEvents } from '../src/eval/events.js';
import type { ArticleInput } from '../src/model/article.js';
import { analyzeArticle } from '../src/pipeline.js';

const args = process.argv.slice(2);
const which = args[0] === 'plover' ? 'plover' : 'petrarch';
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const max = args.includes('--max') ? Number(args[args.indexOf('--max') + 1]) : 1000;

interface Rec {
  id: string;
  text: string;
  date?: string;
  expected?: { source: string; target: string; code: string }[];
  event_plover_current?: string;
  actor?: { actorText?: string; code?: string; sector?: string }[];
  recipient?: { actorText?: string; code?: string; sector?: string }[];
}

const path = join(defaultEvalDir(), `events/${which}-gsr.jsonl`);
const records: Rec[] = readFileSync(path, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Rec);
const ctx = defaultContext();
const causes: Record<string, number> = {};
let printed = 0;

for (const record of records) {
  const input: ArticleInput = { id: record.id, text: record.text, origin: { file: 'gold' } };
  if (record.date) {
    input.date = /^\d{8}$/.test(record.date)
      ? `${record.date.slice(0, 4)}-${record.date.slice(4, 6)}-${record.date.slice(6)}`
      : record.date;
  }
  const analysis = analyzeArticle(input, ctx);
  const file = scoreEvents(which, [record], [analysis]).files[0];
  if (!file) continue;
  const { triples, codes, pairs } = file;
  if (triples.fp === 0 && triples.fn === 0) continue;
  let cause: string;
  if (analysis.events.length === 0) cause = 'missing';
  else if (triples.tp + triples.fn === 0) cause = 'spurious';
  else if (codes.tp === 0) cause = pairs.tp > 0 ? 'code' : 'code+actors';
  else if (pairs.fn > 0 || pairs.fp > 0) cause = 'actors';
  else cause = 'partial';
  causes[cause] = (causes[cause] ?? 0) + 1;
  if (only && only !== cause) continue;
  if (printed++ >= max) continue;
  const gold = record.expected
    ? record.expected.map((e) => `${e.source}>${e.target}:${e.code}`).join(' ')
    : `${(record.actor ?? []).map((a) => `${a.code}${a.sector ?? ''}(${a.actorText})`).join('+')}>${(record.recipient ?? []).map((a) => `${a.code}${a.sector ?? ''}(${a.actorText})`).join('+')}:${record.event_plover_current}`;
  const found = analysis.events
    .map((e) => {
      const trigger = e.evidence.map((ev) => ev.text).join('|');
      return `${e.source}>${e.target}:${e.cameo}/${e.plover}[${trigger.slice(0, 40)}]`;
    })
    .join(' ; ');
  process.stdout.write(
    `${cause.toUpperCase()} ${record.id}\n  ${record.text}\n  gold: ${gold}\n  pred: ${found}\n`,
  );
}
process.stdout.write(`${JSON.stringify(causes)}\n`);
