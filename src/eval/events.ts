// `chorus eval events`: gold event sentences + predicted analyses -> (source, target, code) triple P/R/F1 per file.
//
// petrarch-gsr.jsonl: `expected: [{source, target, code}]`; codes are compared by CAMEO root (first two
// digits). plover-gsr.jsonl: `event_plover_current` (PLOVER 0.8 name) with `actor`/`recipient` lists;
// codes are compared as PLOVER categories (the predicted event's `plover`), because one PLOVER type
// spans several CAMEO roots. Gold actor codes are CAMEO actor codes, normalised to contract ids:
// "USAGOV" -> USA (country part; old codes JAP, ITL, VTN -> JPN, ITA, VNM), "IGOUNO…" -> the UN family,
// "IGOEUREEC" -> EU, bare "IGO" -> any intergovernmental id or `org:`, NGO/IMG/ISM -> any `org:`,
// "---…" (unknown) -> any `org:`/`person:` id or none. Triples without a gold recipient (PLOVER, one
// actor) accept any predicted target; coordinated gold actors with no recipient act on each other.
import type { Analysis } from '../model/analysis.js';
import {
  addCounts,
  countInvalidSpans,
  emptyCounts,
  matchSets,
  type Prf,
  prf,
  sameActorId,
} from './common.js';

export interface EventFileReport {
  file: string;
  sentences: number;
  /** (source, target, code) triples, matched one to one per sentence */
  triples: Prf;
  /** share of sentences with gold events and predictions whose first (main) event has a gold code */
  rootAccuracy: number;
  /** diagnostics: the code alone per sentence, and the (source, target) pair alone */
  codes: Prf;
  pairs: Prf;
}

export interface EventReport {
  suite: 'events';
  files: EventFileReport[];
  invalidSpans: number;
}

interface GoldRecord {
  id: string;
  text: string;
  expected?: { source: string; target: string; code: string }[];
  event_plover_current?: string;
  actor?: unknown;
  recipient?: unknown;
}

/** A gold actor after normalisation: an exact id, or a class of ids, or anything. */
type GoldActor = { id: string } | { anyOf: 'igo' | 'org' | 'unknown' | 'un' | 'any' };

interface GoldTriple {
  source: GoldActor;
  target: GoldActor;
  code: string;
}

interface PredictedTriple {
  source: string | null;
  target: string | null;
  code: string;
}

const IGO_IDS = new Set([
  'UN',
  'UNSC',
  'UNHRC',
  'UNHCR',
  'UNICEF',
  'WHO',
  'WFP',
  'IAEA',
  'ICC',
  'ICJ',
  'IMF',
  'WORLD_BANK',
  'EU',
  'NATO',
  'AU',
  'ASEAN',
  'OAS',
  'ARAB_LEAGUE',
  'GCC',
  'OIC',
  'CELAC',
  'MERCOSUR',
  'ECOWAS',
  'SADC',
  'IGAD',
  'SCO',
  'BRICS',
  'G7',
  'G20',
  'OSCE',
  'COUNCIL_OF_EUROPE',
  'CARICOM',
  'CIS',
  'EAC',
  'QUAD',
  'OPEC',
  'RED_CROSS',
]);
const UN_FAMILY = new Set(['UN', 'UNSC', 'UNHRC', 'UNHCR', 'UNICEF', 'WHO', 'WFP', 'IAEA']);
/** Old CAMEO country codes that differ from ISO 3166-1 alpha-3. */
const OLD_COUNTRY_CODES: Record<string, string> = {
  JAP: 'JPN',
  ITL: 'ITA',
  VTN: 'VNM',
  ROM: 'ROU',
  ZAR: 'COD',
};

export function normaliseGoldActor(code: string): GoldActor {
  const upper = code.toUpperCase();
  if (upper.startsWith('---')) return { anyOf: 'unknown' };
  if (upper.startsWith('IGOUNO')) return { anyOf: 'un' };
  if (upper.startsWith('IGOEUREEC') || upper.startsWith('IGOEU')) return { id: 'EU' };
  if (upper.startsWith('IGONAT')) return { id: 'NATO' };
  if (upper.startsWith('IGO')) return upper === 'IGO' ? { anyOf: 'igo' } : { anyOf: 'org' };
  if (['NGO', 'IMG', 'ISM', 'MNC'].some((p) => upper.startsWith(p))) return { anyOf: 'org' };
  if (!/^[A-Z]{3}/.test(upper)) return { anyOf: 'any' };
  const country = upper.slice(0, 3);
  return { id: OLD_COUNTRY_CODES[country] ?? country };
}

function actorMatches(predicted: string | null, gold: GoldActor): boolean {
  if ('id' in gold) return predicted !== null && sameActorId(predicted, gold.id);
  switch (gold.anyOf) {
    case 'any':
      return true;
    case 'unknown':
      return predicted === null || /^(org|person):/.test(predicted);
    case 'org':
      return predicted?.startsWith('org:') === true;
    case 'igo':
      return predicted !== null && (IGO_IDS.has(predicted) || predicted.startsWith('org:'));
    case 'un':
      return predicted !== null && UN_FAMILY.has(predicted);
  }
}

function actorList(value: unknown): GoldActor[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list
    .map((item) => (typeof item === 'object' && item !== null ? (item as { code?: unknown }).code : item))
    .filter((code): code is string => typeof code === 'string' && code.length > 0)
    .map(normaliseGoldActor);
}

export function goldTriples(record: GoldRecord): GoldTriple[] {
  if (record.expected) {
    return record.expected.map((e) => ({
      source: normaliseGoldActor(e.source),
      target: normaliseGoldActor(e.target),
      code: e.code.slice(0, 2),
    }));
  }
  const code = record.event_plover_current;
  if (!code) return [];
  const actors = actorList(record.actor);
  const recipients = actorList(record.recipient);
  const any: GoldActor = { anyOf: 'any' };
  if (recipients.length > 0) {
    const sources = actors.length > 0 ? actors : [any];
    return sources.flatMap((source) => recipients.map((target) => ({ source, target, code })));
  }
  if (actors.length > 1) {
    return actors.flatMap((source, i) =>
      actors.filter((_, j) => j !== i).map((target) => ({ source, target, code })),
    );
  }
  return actors.map((source) => ({ source, target: any, code }));
}

export function scoreEvents(file: string, gold: unknown[], predicted: Analysis[]): EventReport {
  const records = gold as GoldRecord[];
  const plover = records.some((r) => r.event_plover_current !== undefined);
  const codeOf = (event: Analysis['events'][number]) => (plover ? event.plover : event.cameo.slice(0, 2));
  const triples = emptyCounts();
  const codes = emptyCounts();
  const pairs = emptyCounts();
  let invalidSpans = 0;
  let judged = 0;
  let rightRoot = 0;
  records.forEach((record, i) => {
    const analysis = predicted[i];
    if (!analysis) return;
    invalidSpans += countInvalidSpans(record.text, analysis);
    const expected = goldTriples(record);
    const seen = new Set<string>();
    const found: PredictedTriple[] = [];
    for (const event of analysis.events) {
      const triple = { source: event.source, target: event.target, code: codeOf(event) };
      const key = `${triple.source}|${triple.target}|${triple.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push(triple);
    }
    const sameActors = (p: PredictedTriple, g: GoldTriple) =>
      actorMatches(p.source, g.source) && actorMatches(p.target, g.target);
    addCounts(triples, matchSets(found, expected, (p, g) => p.code === g.code && sameActors(p, g)).counts);
    addCounts(pairs, matchSets(found, expected, sameActors).counts);
    const goldCodes = [...new Set(expected.map((g) => g.code))];
    const foundCodes = [...new Set(found.map((p) => p.code))];
    addCounts(codes, matchSets(foundCodes, goldCodes, (p, g) => p === g).counts);
    const top = analysis.events[0];
    if (expected.length > 0 && top) {
      judged++;
      if (goldCodes.includes(codeOf(top))) rightRoot++;
    }
  });
  return {
    suite: 'events',
    files: [
      {
        file,
        sentences: records.length,
        triples: prf(triples),
        rootAccuracy: judged === 0 ? 0 : rightRoot / judged,
        codes: prf(codes),
        pairs: prf(pairs),
      },
    ],
    invalidSpans,
  };
}
