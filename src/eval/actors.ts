// `chorus eval actors`: PLOVER gold sentences (source and recipient actors with CAMEO codes and sectors) +
// the actor stage's mentions -> accuracy of the actor id and of the sector, for sources and recipients.
//
// Each gold actor has the words that name it (`actorText`); the predicted mention is the one that overlaps
// those words most. Codes are normalised as in the events scorer (`USAGOV` -> USA, `JAP` -> JPN, `IGO` ->
// any intergovernmental id, `NGO` -> any `org:`); actors with unknown codes ("---") are not scored. Sectors
// are compared on their first three letters (`CVLalb` -> CVL) for state actors, where the gold sector is one
// our actor model has; the gold's ethnic, religious and elite codes (ELI, MOS, UAF…) are counted as unscored.
// A domestic group with a non-state sector (REB, OPP…) may be the state or any `org:` id, as in events.
import type { Mention, Sector } from '../model/actor.js';
import { isIgoId } from '../model/actor.js';
import { overlaps, type Span } from '../model/span.js';
import { sameActorId, UN_FAMILY_IDS } from './common.js';
import { normaliseGoldActor } from './events.js';

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export interface ActorRoleReport {
  /** the mention's actor id matches the gold code (states by ISO-3, IGOs and orgs by class) */
  code: Accuracy;
  /** the mention's sector matches a gold sector we model (GOV, MIL, REB, …) */
  sector: Accuracy;
  /** the gold code is among the actor ids of any mention in the sentence (a looser check) */
  codeInSentence: Accuracy;
}

export interface ActorReport {
  suite: 'actors';
  sentences: number;
  source: ActorRoleReport;
  recipient: ActorRoleReport;
  /** gold actors not scored: unknown codes, text not found, or a sector outside the model */
  unscored: { code: number; sector: number };
  invalidSpans: number;
  details: ActorMiss[];
}

export interface ActorMiss {
  id: string;
  role: 'source' | 'recipient';
  text: string;
  gold: string;
  goldSector: string | null;
  predicted: string | null;
  predictedSector: string | null;
}

export interface GoldActorRecord {
  id: string;
  text: string;
  actor?: unknown;
  recipient?: unknown;
}

/** The predicted side: the text and the actor stage's mentions for one gold record. */
export interface PredictedMentions {
  text: string;
  mentions: readonly Mention[];
}

const SCORED_SECTORS = new Set<string>([
  'GOV',
  'MIL',
  'LEG',
  'OPP',
  'REB',
  'COP',
  'JUD',
  'MED',
  'NGO',
  'BUS',
  'CVL',
  'REF',
  'EDU',
  'HLH',
  'SPY',
]);
/** CAMEO synonyms of our sectors. */
const SECTOR_ALIASES: Record<string, Sector> = { JRN: 'MED', CIV: 'CVL' };

interface GoldActor {
  text: string;
  code: string;
  sector: string | null;
}

interface Tally {
  code: [number, number];
  sector: [number, number];
  inSentence: [number, number];
}

export function scoreActors(
  gold: readonly GoldActorRecord[],
  predicted: readonly PredictedMentions[],
): ActorReport {
  const tallies = { source: newTally(), recipient: newTally() };
  const unscored = { code: 0, sector: 0 };
  const details: ActorMiss[] = [];
  let invalidSpans = 0;
  gold.forEach((record, index) => {
    const doc = predicted[index];
    if (!doc) return;
    for (const m of doc.mentions) if (doc.text.slice(m.start, m.end) !== m.text) invalidSpans++;
    for (const role of ['source', 'recipient'] as const) {
      const tally = tallies[role];
      for (const actor of goldActors(role === 'source' ? record.actor : record.recipient)) {
        const span = locate(record.text, actor.text);
        const expected = normaliseGoldActor(actor.code, actor.sector ?? '');
        if (!span || ('anyOf' in expected && (expected.anyOf === 'unknown' || expected.anyOf === 'any'))) {
          unscored.code++;
          if (actor.sector) unscored.sector++;
          continue;
        }
        const mention = bestMention(doc.mentions, span);
        const codeOk = mention !== undefined && matchesCode(mention.actor, expected);
        count(tally.code, codeOk);
        count(
          tally.inSentence,
          doc.mentions.some((m) => matchesCode(m.actor, expected)),
        );
        // Sectors are scored for states only: CAMEO gives IGOs and groups sectors our ids do not carry.
        const goldSector = 'id' in expected && /^[A-Z]{3}$/.test(expected.id) ? sectorOf(actor.sector) : null;
        let sectorOk = true;
        if (goldSector) {
          sectorOk = mention?.sector === goldSector;
          count(tally.sector, sectorOk);
        } else if (actor.sector) {
          unscored.sector++;
        }
        if (!codeOk || !sectorOk) {
          details.push({
            id: record.id,
            role,
            text: actor.text,
            gold: actor.code,
            goldSector: actor.sector,
            predicted: mention?.actor ?? null,
            predictedSector: mention?.sector ?? null,
          });
        }
      }
    }
  });
  return {
    suite: 'actors',
    sentences: gold.length,
    source: toRoleReport(tallies.source),
    recipient: toRoleReport(tallies.recipient),
    unscored,
    invalidSpans,
    details,
  };
}

function goldActors(value: unknown): GoldActor[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const out: GoldActor[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const { actorText, code, sector } = item as { actorText?: unknown; code?: unknown; sector?: unknown };
    if (typeof actorText !== 'string' || typeof code !== 'string' || code === '') continue;
    out.push({ text: actorText, code, sector: typeof sector === 'string' && sector !== '' ? sector : null });
  }
  return out;
}

/** The gold words in the sentence: an exact match first, then one ignoring case. */
function locate(text: string, words: string): Span | null {
  if (words.trim() === '') return null;
  let at = text.indexOf(words);
  if (at < 0) at = text.toLowerCase().indexOf(words.toLowerCase());
  return at < 0 ? null : { start: at, end: at + words.length };
}

function bestMention(mentions: readonly Mention[], span: Span): Mention | undefined {
  let best: Mention | undefined;
  let bestOverlap = 0;
  for (const m of mentions) {
    if (!overlaps(m, span)) continue;
    const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
    if (overlap > bestOverlap) {
      best = m;
      bestOverlap = overlap;
    }
  }
  return best;
}

function matchesCode(actor: string, expected: ReturnType<typeof normaliseGoldActor>): boolean {
  if ('id' in expected) {
    // "Hamas" (PSE, REB): a named domestic group is `org:…` in the contract.
    return sameActorId(actor, expected.id) || (expected.orOrg === true && actor.startsWith('org:'));
  }
  switch (expected.anyOf) {
    case 'igo':
      return isIgoId(actor);
    case 'un':
      return UN_FAMILY_IDS.has(actor);
    case 'org':
      return actor.startsWith('org:');
    default:
      return false;
  }
}

function sectorOf(sector: string | null): Sector | null {
  if (!sector) return null;
  const head = sector.slice(0, 3).toUpperCase();
  const alias = SECTOR_ALIASES[head];
  if (alias) return alias;
  return SCORED_SECTORS.has(head) ? (head as Sector) : null;
}

function newTally(): Tally {
  return { code: [0, 0], sector: [0, 0], inSentence: [0, 0] };
}

function count(pair: [number, number], ok: boolean): void {
  if (ok) pair[0]++;
  pair[1]++;
}

function accuracy([correct, total]: [number, number]): Accuracy {
  return { correct, total, accuracy: total === 0 ? 0 : correct / total };
}

function toRoleReport(tally: Tally): ActorRoleReport {
  return {
    code: accuracy(tally.code),
    sector: accuracy(tally.sector),
    codeInSentence: accuracy(tally.inSentence),
  };
}
