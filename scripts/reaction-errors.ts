// Developer tool: npx tsx scripts/reaction-errors.ts [seed|dev|plover] [article-id-substring]
// Runs the pipeline on the reaction gold and prints, per article, the missed and spurious (actor, stance)
// pairs with the evidence that backs each (gold evidence for misses, predicted evidence for spurious).
import { defaultContext } from '../src/apps/context.js';
import { sameActorId } from '../src/eval/common.js';
import { analyzeArticle } from '../src/pipeline.js';
import { readReactionGold } from './reaction-gold.js';

interface GoldReaction {
  actor: string;
  stances: string[];
  evidence?: (string | { text: string })[];
  attribution?: string;
}
interface GoldDoc {
  id: string;
  text: string;
  date?: string | null;
  reactions?: GoldReaction[];
  labels?: { reaction?: string | null; proposed_reaction_label?: string | null };
}

const which = process.argv[2] ?? 'all';
const only = process.argv[3];
const read = (file: string): GoldDoc[] => readReactionGold<GoldDoc>(file);

const ctx = defaultContext();
const out: string[] = [];

if (which === 'plover') {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const doc of read('plover-sentences.jsonl')) {
    const gold = doc.labels?.reaction ?? doc.labels?.proposed_reaction_label ?? null;
    const analysis = analyzeArticle({ id: doc.id, text: doc.text, origin: { file: 'gold' } }, ctx);
    const stances = new Set(analysis.reactions.flatMap((r) => r.stances as string[]));
    if (gold && stances.has(gold)) tp++;
    if (gold && !stances.has(gold)) fn++;
    fp += [...stances].filter((s) => s !== gold).length;
    const wrong = (gold && !stances.has(gold)) || [...stances].some((s) => s !== gold);
    if (wrong && (!only || doc.id.includes(only))) {
      out.push(`${doc.id} gold=${gold ?? '-'} got=${[...stances].join(',') || '-'}\n   ${doc.text}`);
    }
  }
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  out.push(`stance P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
} else {
  const docs = [
    ...(which === 'dev' ? [] : read('seed.jsonl')),
    ...(which === 'seed' ? [] : read('dev.jsonl')),
  ];
  for (const doc of docs) {
    if (only && !doc.id.includes(only)) continue;
    const input = { id: doc.id, text: doc.text, origin: { file: 'gold' } };
    const analysis = analyzeArticle(doc.date ? { ...input, date: doc.date } : input, ctx);
    out.push(`== ${doc.id}`);
    const gold = doc.reactions ?? [];
    for (const g of gold) {
      for (const stance of g.stances) {
        const hit = analysis.reactions.some(
          (r) => r.stances.includes(stance as never) && sameActorId(r.actor, g.actor),
        );
        if (hit) continue;
        out.push(`  FN ${g.actor} ${stance} [${g.attribution ?? ''}]`);
        for (const e of g.evidence ?? []) out.push(`       « ${typeof e === 'string' ? e : e.text} »`);
      }
    }
    for (const r of analysis.reactions) {
      for (const stance of r.stances) {
        const hit = gold.some((g) => g.stances.includes(stance) && sameActorId(r.actor, g.actor));
        const mark = hit ? '  ok' : '  FP';
        out.push(`${mark} ${r.actor} ${stance} c=${r.confidence} [${r.attribution}] speaker=${r.speaker}`);
        if (!hit) for (const e of r.evidence) out.push(`       « ${e.text} »`);
      }
    }
  }
}
process.stdout.write(`${out.join('\n')}\n`);
