// Coded events in text order -> the same events with the article's main event first and marked `main`.
import type { Event } from '../../model/event.js';

/**
 * Where the event's predicate sits: the sentence's first main-clause verb, a later main-clause verb,
 * a verb in an embedded clause, an event noun, an act of force named in a reaction to it, or one told as the
 * cause of words, a meeting or an act with no author in the main clause ("met after North Korea fired a missile").
 */
export type ClauseRole = 'first' | 'main' | 'embedded' | 'nominal' | 'reacted' | 'cause';

const ROLE_WEIGHT: Record<ClauseRole, number> = {
  first: 3,
  main: 1.5,
  embedded: 0,
  nominal: 0,
  reacted: 3.5,
  cause: 3.5,
};

export interface RankInput {
  event: Event;
  /** paragraph index of the event's sentence, counting only prose (title and lead first) */
  paragraph: number;
  sentence: number;
  role: ClauseRole;
}

/**
 * The two actors in a fixed order, as `[a, b].sort().join('|')` writes them (null compared as "null",
 * written as nothing), without the array and the sort.
 */
function actorPair(a: string | null, b: string | null): string {
  return String(a) > String(b) ? `${b ?? ''}|${a ?? ''}` : `${a ?? ''}|${b ?? ''}`;
}

/** Root codes of material acts (cooperation, aid, yielding, force): more newsworthy than words. */
export const MATERIAL_ROOTS: ReadonlySet<string> = new Set([
  '06',
  '07',
  '08',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
]);

/** Appeals and proposals, summits and demands: words a round-up's reactions may answer. */
const PROPOSAL_ROOTS = new Set(['02', '04', '10']);

/** Appeals, demands, threats and sanctions: pressure on someone to act (or to stop). */
const PRESSURE_ROOTS = new Set(['02', '10', '13', '16']);

/**
 * The sentences whose first main-clause act is pressure by someone named on someone named: "Norway urged
 * Sudan to accept a truce in the war", "the EU imposed sanctions on Belarus over its part in the war". An act
 * of force named there is the setting of what the target is pressed to do, not the act the words react to
 * (as in "condemned the strike on the port"): the pressure is what is reported.
 */
function sentencesOfPressure(inputs: readonly RankInput[]): Set<number> {
  const pressed = new Set<number>();
  for (const { event, sentence, role } of inputs) {
    if (role === 'first' && event.source && event.target && PRESSURE_ROOTS.has(event.cameo.slice(0, 2)))
      pressed.add(sentence);
  }
  return pressed;
}

/**
 * Salience: a main-clause act outranks one in an embedded clause or named by a noun (but an act of
 * force named in a reaction to it is what the reaction is about, unless the reaction presses someone
 * named: then the pressure is), a material act outranks words, the title and lead outrank later
 * paragraphs, and an act told again in other sentences (same root, same actors) is what the article is
 * about. In a round-up only a material act can lead, and words lead only when someone named says them:
 * with no such event, none leads. After a lead that names an actor, words aimed at no one answer it and
 * an act named with no actor is one told before: neither leads.
 */
export function rankEvents(inputs: RankInput[], roundup = false, headed = false): Event[] {
  if (inputs.length === 0) return [];
  const pressed = sentencesOfPressure(inputs);
  const leadNamed = inputs.some(({ event, paragraph }) => paragraph <= 1 && event.source !== null);
  // the first sentence telling an act of each root with an actor named
  const namedAt = new Map<string, number>();
  for (const { event, sentence } of inputs) {
    const root = event.cameo.slice(0, 2);
    if ((event.source || event.target) && !namedAt.has(root)) namedAt.set(root, sentence);
  }
  const retold = new Map<string, Set<number>>();
  const keys = inputs.map(({ event: e }) => `${e.cameo.slice(0, 2)}|${actorPair(e.source, e.target)}`);
  inputs.forEach(({ sentence }, index) => {
    const key = keys[index] as string;
    const sentences = retold.get(key) ?? new Set<number>();
    sentences.add(sentence);
    retold.set(key, sentences);
  });
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  inputs.forEach(({ event, paragraph, sentence, role: told }, index) => {
    const role = told === 'reacted' && pressed.has(sentence) ? 'nominal' : told;
    const root = event.cameo.slice(0, 2);
    const material = MATERIAL_ROOTS.has(root) ? 1 : 0;
    // "Reactions to the dissolution of parliament": words said there are the reactions, not the event;
    // "Opposition rejects result": words with no one named as saying them lead nowhere
    // (but "Reactions to the ceasefire proposal", its lead "The US proposed a truce between …" and the reactions
    // under actor headings: an appeal, proposal, summit or demand told in the lead is the event)
    const proposal =
      headed && paragraph <= 1 && role === 'first' && event.target !== null && PROPOSAL_ROOTS.has(root);
    if (material === 0 && ((roundup && !proposal) || event.source === null)) return;
    // "Myanmar rejected the communique", "Armenia welcomed it": words aimed at no one, after the lead, answer
    // what the lead told
    if (material === 0 && event.target === null && paragraph > 1 && leadNamed) return;
    // "Russian forces shelled Kharkiv … 'We condemn this attack'": an act named with no actor after the same act
    // told with one is that act again
    const named = namedAt.get(event.cameo.slice(0, 2));
    if (!event.source && !event.target && named !== undefined && named < sentence) return;
    // a round-up's later paragraphs hold its reactions, deeds among them ("suspended aid"): the event is in
    // its title or lead
    if (roundup && paragraph > 1) return;
    const intensity = Math.abs(event.goldstein) / 10;
    const lead = paragraph <= 1 ? 1.5 : 0;
    const repeats = Math.min(3, (retold.get(keys[index] as string)?.size ?? 1) - 1);
    const actors = (event.source ? 0.5 : 0) + (event.target ? 0.5 : 0);
    const score =
      ROLE_WEIGHT[role] + material + intensity + lead + repeats + actors - 0.1 * Math.min(sentence, 20);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  const events = inputs.map((input) => input.event);
  if (best < 0) return events;
  // the events are the caller's fresh objects (stage 5 builds one per draft): marked in place
  const main = events[best] as Event;
  main.main = true;
  return [main, ...events.filter((_, index) => index !== best)];
}
