// Test support: an invented sentence -> an EventDoc with tokens from the real text stage and mentions,
// quotes and a main event given by hand, so stage 6 is tested alone.
import { defaultContext } from '../../src/apps/context.js';
import type { Mention, Sector } from '../../src/model/actor.js';
import type { EventDoc } from '../../src/model/doc.js';
import type { Quote } from '../../src/model/quote.js';
import type { Reaction } from '../../src/model/reaction.js';
import { ingestArticle } from '../../src/stages/1-ingest/index.js';
import { splitText } from '../../src/stages/2-text/index.js';
import { codeReactions } from '../../src/stages/6-reactions/index.js';

export interface Fixture {
  /** surface form -> actor id; pronouns ("it", "they") give pronoun mentions */
  actors?: Record<string, string>;
  /** speaker of each quoted passage in order; by default the nearest named actor outside the marks */
  speakers?: (string | null)[];
  /** the main event as [source, target] */
  event?: [string, string];
  /** surface form -> CAMEO sector of its mentions ("Americans" -> CVL) */
  sectors?: Record<string, Sector>;
}

const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'its', 'their', 'his', 'her']);
const QUOTE_MARKS = /“([^”]*)”|"([^"]*)"/g;

export function buildTestDoc(text: string, fixture: Fixture = {}): EventDoc {
  // Only the stable stages 1-2 run here, so a half-built stage 3-5 elsewhere cannot break these tests.
  const ctx = defaultContext();
  const layout = ingestArticle({ id: 'test', text, origin: { file: 'test' } }, ctx).value;
  const base = {
    ...layout,
    ...splitText(layout, ctx).value,
    mentions: [],
    actors: [],
    quotes: [],
    events: [],
  };
  const mentions = findMentions(base, fixture.actors ?? {}).map((m) => {
    const sector = fixture.sectors?.[m.text];
    return sector ? { ...m, sector } : m;
  });
  const quotes = findQuotes(base.text, mentions, fixture.speakers);
  const events = fixture.event
    ? [
        {
          id: 'e1',
          cameo: '19',
          plover: 'ASSAULT',
          goldstein: -10,
          summary: 'test event',
          source: fixture.event[0],
          target: fixture.event[1],
          date: null,
          location: null,
          evidence: [],
          main: true,
        },
      ]
    : [];
  return { ...base, mentions, quotes, events };
}

export function reactionsOf(text: string, fixture: Fixture = {}): Reaction[] {
  return codeReactions(buildTestDoc(text, fixture), defaultContext()).value.reactions;
}

/** "RUS:CONDEMN" pairs, sorted, for compact table expectations. */
export function pairsOf(text: string, fixture: Fixture = {}): string[] {
  const pairs = new Set(reactionsOf(text, fixture).flatMap((r) => r.stances.map((s) => `${r.actor}:${s}`)));
  return [...pairs].sort();
}

function findMentions(doc: Pick<EventDoc, 'text' | 'sentences'>, actors: Record<string, string>): Mention[] {
  const taken: [number, number][] = [];
  const mentions: Mention[] = [];
  const surfaces = Object.keys(actors).sort((a, b) => b.length - a.length);
  for (const surface of surfaces) {
    const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of doc.text.matchAll(pattern)) {
      const start = match.index;
      const end = start + surface.length;
      if (taken.some(([s, e]) => start < e && s < end)) continue;
      taken.push([start, end]);
      const sentence = doc.sentences.findIndex((s) => s.start <= start && end <= s.end);
      mentions.push({
        text: surface,
        start,
        end,
        actor: actors[surface] as string,
        kind: PRONOUNS.has(surface.toLowerCase()) ? 'pronoun' : 'name',
        sentence,
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  // A pronoun's antecedent: the nearest earlier named mention of the same actor.
  mentions.forEach((mention, index) => {
    if (mention.kind !== 'pronoun') return;
    for (let j = index - 1; j >= 0; j--) {
      const before = mentions[j] as Mention;
      if (before.kind !== 'pronoun' && before.actor === mention.actor) {
        mention.antecedent = j;
        return;
      }
    }
  });
  return mentions;
}

function findQuotes(text: string, mentions: readonly Mention[], speakers?: (string | null)[]): Quote[] {
  const quotes: Quote[] = [];
  let index = 0;
  for (const match of text.matchAll(QUOTE_MARKS)) {
    const start = match.index + 1;
    const end = match.index + match[0].length - 1;
    const given = speakers?.[index++];
    const outside = mentions.filter((m) => m.end <= match.index || m.start >= end + 1);
    const after = outside.find((m) => m.start >= end + 1);
    const before = [...outside].reverse().find((m) => m.end <= match.index);
    const nearest = given === undefined ? (after ?? before) : mentions.find((m) => m.actor === given);
    const speaker = given === null || !nearest ? null : { name: nearest.text, actor: given ?? nearest.actor };
    quotes.push({ text: text.slice(start, end), start, end, kind: 'direct', speaker, cue: null });
  }
  return quotes;
}
