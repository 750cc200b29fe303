// Developer tool: npx tsx scripts/position-errors.ts [seed|dev|all] [article-id-substring] [--all]
// Runs the pipeline on the reaction gold and lists each position miss the `reactions position` figure counts:
// the article and its main event, then per miss the actor, stance, predicted vs gold position, and the predicted
// reaction's target and evidence. With --all, the hits are listed too.
import { defaultContext } from '../src/apps/context.js';
import { sameActorId } from '../src/eval/common.js';
import type { Stance } from '../src/model/reaction.js';
import { analyzeArticle } from '../src/pipeline.js';
import { readReactionGold } from './reaction-gold.js';

interface GoldReaction {
  actor: string;
  stances: string[];
  position?: string;
  target?: unknown;
}
interface GoldDoc {
  id: string;
  text: string;
  date?: string | null;
  title?: string | null;
  reactions?: GoldReaction[];
}

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const showHits = process.argv.includes('--all');
const which = args[0] ?? 'all';
const only = args[1];
const read = (file: string): GoldDoc[] => readReactionGold<GoldDoc>(file);

const ctx = defaultContext();
const out: string[] = [];
const docs = [...(which === 'dev' ? [] : read('seed.jsonl')), ...(which === 'seed' ? [] : read('dev.jsonl'))];
let correct = 0;
let total = 0;
const confusion = new Map<string, number>();
for (const doc of docs) {
  if (only && !doc.id.includes(only)) continue;
  const input = { id: doc.id, text: doc.text, origin: { file: 'gold' } };
  const withDate = doc.date ? { ...input, date: doc.date } : input;
  const analysis = analyzeArticle(doc.title ? { ...withDate, title: doc.title } : withDate, ctx);
  const main = analysis.events.find((e) => e.main);
  out.push(`== ${doc.id} ${doc.title ?? ''}`);
  out.push(
    main
      ? `   main ${main.id} ${main.cameo} ${main.source}->${main.target} «${main.summary}»`
      : '   no main event',
  );
  for (const gold of doc.reactions ?? []) {
    if (!gold.position) continue;
    for (const stance of gold.stances) {
      const found = analysis.reactions.find(
        (r) => r.stances.includes(stance as Stance) && sameActorId(r.actor, gold.actor),
      );
      if (!found) continue;
      total++;
      const hit = found.position === gold.position;
      if (hit) correct++;
      else {
        const cell = `${gold.position}->${found.position}`;
        confusion.set(cell, (confusion.get(cell) ?? 0) + 1);
      }
      if (hit && !showHits) continue;
      const target = JSON.stringify(found.target);
      out.push(
        `  ${hit ? 'ok' : 'XX'} ${gold.actor} ${stance} got=${found.position} gold=${gold.position} target=${target} gold-target=${JSON.stringify(gold.target)}`,
      );
      for (const e of found.evidence) out.push(`       « ${e.text.slice(0, 200)} »`);
    }
  }
}
out.push(`position ${correct}/${total} = ${((100 * correct) / Math.max(1, total)).toFixed(1)}%`);
out.push(`misses gold->got: ${[...confusion].map(([k, n]) => `${k} ${n}`).join(', ')}`);
process.stdout.write(`${out.join('\n')}\n`);
