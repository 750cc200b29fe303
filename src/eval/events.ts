// `chorus eval events`: gold event sentences + predicted analyses -> (source, target, code) triple P/R/F1 per file.
//
// petrarch-gsr.jsonl: `expected: [{source, target, code}]`, every event of the sentence; codes are
// compared by CAMEO root (first two digits) and all predicted events are scored.
// plover-gsr.jsonl: `event_plover_current` (PLOVER 0.8 name) with `actor`/`recipient` lists, ONE event
// per record (the sentence's main event; other events in the sentence are not annotated), so the
// predicted main event is scored: `events[0]` with the events that share its code (its coordinated
// actors). Scoring every predicted event against one gold event would count correct secondary events
// as errors; that figure is kept as `allEvents`. Codes are compared as PLOVER categories (the
// predicted event's `plover`), because one PLOVER type spans several CAMEO roots.
// Gold actor codes are CAMEO actor codes, normalised to contract ids: "USAGOV" -> USA (country part;
// old codes JAP, ITL, VTN -> JPN, ITA, VNM), "IGOUNO…" -> the UN family, "IGOEUREEC" -> EU, bare "IGO"
// -> any intergovernmental id or `org:`, NGO/IMG/ISM -> any `org:`, "---…" (unknown) -> any
// `org:`/`person:` id or none. A country with a non-state sector ("EGYOPPMUS", "NGAREB", PLOVER
// sector REB/OPP/PTY…) is a domestic group the contract names `org:…`: the country or any `org:` id;
// a PLOVER actor also matches the `org:` id whose name words agree with its text ("Hamas" -> org:hamas).
// Triples without a gold recipient (PLOVER, one actor) accept any predicted target; coordinated gold
// actors with no recipient act on each other.

import { isIgoId } from '../model/actor.js';
import type { Analysis } from '../model/analysis.js';
import {
  addCounts,
  countInvalidSpans,
  emptyCounts,
  matchSets,
  type Prf,
  prf,
  sameActorId,
  UN_FAMILY_IDS,
} from './common.js';

export interface EventFileReport {
  file: string;
  sentences: number;
  /** (source, target, code) triples, matched one to one per sentence */
  triples: Prf;
  /** sentences with gold events and a prediction whose main event (`events[0]`) has a gold root code */
  rootAccuracy: Accuracy;
  /** plover only: every predicted event scored against the one annotated event */
  allEvents?: Prf;
  /** diagnostics: the code alone per sentence, and the (source, target) pair alone */
  codes: Prf;
  pairs: Prf;
}

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
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

/**
 * A gold actor after normalisation: an exact id (or, for a domestic group, also any `org:` id; for a
 * PLOVER actor with its text, also the `org:` id the contract gives a group of that name), or a class.
 */
type GoldActor =
  | { id: string; orOrg?: boolean; org?: string }
  | { anyOf: 'igo' | 'org' | 'unknown' | 'un' | 'any' };

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

/** Old CAMEO country codes that differ from ISO 3166-1 alpha-3. */
const OLD_COUNTRY_CODES: Record<string, string> = {
  JAP: 'JPN',
  ITL: 'ITA',
  VTN: 'VNM',
  ROM: 'ROU',
  ZAR: 'COD',
};

/**
 * CAMEO sectors of domestic non-state groups (rebels, opposition, parties, religious and civil
 * society groups, media, companies): the contract codes a named one as `org:…`.
 */
const NON_STATE_SECTORS = /^(REB|OPP|PTY|INS|SEP|RAD|MUS|MOS|CHR|JEW|HRI|NGO|LAB|BUS|JRN|MED|UAF|CRM|IMG)/;

export function normaliseGoldActor(code: string, sector = ''): GoldActor {
  const upper = code.toUpperCase();
  if (upper.startsWith('---')) return { anyOf: 'unknown' };
  if (upper.startsWith('IGOUNO')) return { anyOf: 'un' };
  if (upper.startsWith('IGOEUREEC') || upper.startsWith('IGOEU')) return { id: 'EU' };
  if (upper.startsWith('IGONAT')) return { id: 'NATO' };
  if (upper.startsWith('IGO')) return upper === 'IGO' ? { anyOf: 'igo' } : { anyOf: 'org' };
  if (['NGO', 'IMG', 'ISM', 'MNC'].some((p) => upper.startsWith(p))) return { anyOf: 'org' };
  if (!/^[A-Z]{3}/.test(upper)) return { anyOf: 'any' };
  const country = upper.slice(0, 3);
  const id = OLD_COUNTRY_CODES[country] ?? country;
  const sectors = `${upper.slice(3)}${sector.toUpperCase()}`;
  return NON_STATE_SECTORS.test(sectors) ? { id, orOrg: true } : { id };
}

function actorMatches(predicted: string | null, gold: GoldActor): boolean {
  if ('id' in gold) {
    if (predicted === null) return false;
    if (sameActorId(predicted, gold.id)) return true;
    if (!predicted.startsWith('org:')) return false;
    return gold.orOrg === true || (gold.org !== undefined && sameActorId(predicted, gold.org));
  }
  switch (gold.anyOf) {
    case 'any':
      return true;
    case 'unknown':
      return predicted === null || /^(org|person):/.test(predicted);
    case 'org':
      return predicted?.startsWith('org:') === true;
    case 'igo':
      return predicted !== null && isIgoId(predicted);
    case 'un':
      return predicted !== null && UN_FAMILY_IDS.has(predicted);
  }
}

function actorList(value: unknown): GoldActor[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const actors: GoldActor[] = [];
  for (const item of list) {
    const { code, sector, actorText } =
      typeof item === 'object' && item !== null
        ? (item as { code?: unknown; sector?: unknown; actorText?: unknown })
        : { code: item };
    // one record's recipient is the word "diplomatic" (a mode put in the wrong field): no actor
    if (typeof code !== 'string' || !/^[A-Z-]{3}/.test(code)) continue;
    const actor = normaliseGoldActor(code, typeof sector === 'string' ? sector : '');
    // "Hamas" coded PSE, "Revolutionary United Front (RUF" coded SLE: the contract names the group
    if ('id' in actor && typeof actorText === 'string') actor.org = orgIdOf(actorText);
    actors.push(actor);
  }
  return actors;
}

/** "rebel Kurdistan Workers' Party" -> "org:rebel-kurdistan-workers-party" (matched by name words). */
function orgIdOf(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return `org:${words.join('-')}`;
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
  const allEvents = emptyCounts();
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
    const all = distinctTriples(analysis.events, codeOf);
    const top = analysis.events[0];
    // One annotated event per PLOVER record: the main event and its coordinated actors are scored.
    const scored =
      plover && top
        ? distinctTriples(
            analysis.events.filter((event) => event.cameo === top.cameo),
            codeOf,
          )
        : all;
    const sameActors = (p: PredictedTriple, g: GoldTriple) =>
      actorMatches(p.source, g.source) && actorMatches(p.target, g.target);
    const sameTriple = (p: PredictedTriple, g: GoldTriple) => p.code === g.code && sameActors(p, g);
    addCounts(triples, matchSets(scored, expected, sameTriple).counts);
    addCounts(allEvents, matchSets(all, expected, sameTriple).counts);
    addCounts(pairs, matchSets(scored, expected, sameActors).counts);
    const goldCodes = [...new Set(expected.map((g) => g.code))];
    const foundCodes = [...new Set(scored.map((p) => p.code))];
    addCounts(codes, matchSets(foundCodes, goldCodes, (p, g) => p === g).counts);
    if (expected.length > 0 && top) {
      judged++;
      if (goldCodes.includes(codeOf(top))) rightRoot++;
    }
  });
  const report: EventFileReport = {
    file,
    sentences: records.length,
    triples: prf(triples),
    rootAccuracy: { correct: rightRoot, total: judged, accuracy: judged === 0 ? 0 : rightRoot / judged },
    codes: prf(codes),
    pairs: prf(pairs),
  };
  if (plover) report.allEvents = prf(allEvents);
  return { suite: 'events', files: [report], invalidSpans };
}

/** Events -> their distinct (source, target, code) triples, in order. */
function distinctTriples(
  events: Analysis['events'],
  codeOf: (event: Analysis['events'][number]) => string,
): PredictedTriple[] {
  const seen = new Set<string>();
  const found: PredictedTriple[] = [];
  for (const event of events) {
    const triple = { source: event.source, target: event.target, code: codeOf(event) };
    const key = `${triple.source}|${triple.target}|${triple.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push(triple);
  }
  return found;
}
