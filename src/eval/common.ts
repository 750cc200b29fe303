// Shared scoring arithmetic for `chorus eval`: counts -> precision, recall, F1; id matching by the contract.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function addCounts(into: Counts, more: Counts): void {
  into.tp += more.tp;
  into.fp += more.fp;
  into.fn += more.fn;
}

export function prf(counts: Counts): Prf {
  const precision = counts.tp + counts.fp === 0 ? 0 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 0 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

const STOP_WORDS = new Set(['the', 'of', 'and', 'for', 'in', 'a', 'an', 'on']);

function nameWords(id: string): Set<string> {
  const name = id.replace(/^(org|person):/, '');
  return new Set(name.split(/[-\s]+/).filter((word) => word && !STOP_WORDS.has(word)));
}

/**
 * The contract's id match: state and organisation ids exactly; `org:` and `person:` ids when their
 * name words agree (one set contains the other, or they share at least half of their union).
 */
export function sameActorId(a: string, b: string): boolean {
  if (a === b) return true;
  const prefixA = /^(org|person):/.exec(a)?.[1];
  const prefixB = /^(org|person):/.exec(b)?.[1];
  if (!prefixA || prefixA !== prefixB) return false;
  const wordsA = nameWords(a);
  const wordsB = nameWords(b);
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  if (shared === wordsA.size || shared === wordsB.size) return shared > 0;
  const union = wordsA.size + wordsB.size - shared;
  return shared * 2 >= union;
}

/**
 * Matches predicted keys to gold keys one to one (`same` decides equality) and counts the result.
 * Returns the matched pairs so callers can score attributes of matches.
 */
export function matchSets<P, G>(
  predicted: readonly P[],
  gold: readonly G[],
  same: (p: P, g: G) => boolean,
): { counts: Counts; pairs: [P, G][]; unmatchedPredicted: P[]; unmatchedGold: G[] } {
  const used = new Set<number>();
  const pairs: [P, G][] = [];
  const unmatchedPredicted: P[] = [];
  for (const p of predicted) {
    const index = gold.findIndex((g, i) => !used.has(i) && same(p, g));
    if (index < 0) {
      unmatchedPredicted.push(p);
      continue;
    }
    used.add(index);
    pairs.push([p, gold[index] as G]);
  }
  const unmatchedGold = gold.filter((_, i) => !used.has(i));
  return {
    counts: { tp: pairs.length, fp: unmatchedPredicted.length, fn: unmatchedGold.length },
    pairs,
    unmatchedPredicted,
    unmatchedGold,
  };
}

/** Spans whose text is not text.slice(start, end): the contract's invalid spans. */
export function countInvalidSpans(text: string, value: unknown): number {
  let invalid = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (
      typeof record.start === 'number' &&
      typeof record.end === 'number' &&
      typeof record.text === 'string'
    ) {
      if (text.slice(record.start, record.end) !== record.text) invalid++;
    }
    for (const child of Object.values(record)) visit(child);
  };
  visit(value);
  return invalid;
}

/** The UN and its organs and agencies among the contract's ids: what a gold "UN" code accepts. */
export const UN_FAMILY_IDS: ReadonlySet<string> = new Set([
  'UN',
  'UNSC',
  'UNHRC',
  'UNHCR',
  'UNICEF',
  'WHO',
  'WFP',
  'IAEA',
]);
