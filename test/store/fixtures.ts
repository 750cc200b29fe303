// Hand-built analyses of invented news: states reacting to an invented drone strike over four days, a wire copy, and a second event.
import type { ArticleRecord } from '../../src/aggregate/types.js';
import type { Actor } from '../../src/model/actor.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { ArticleInput } from '../../src/model/article.js';
import type { Event } from '../../src/model/event.js';
import type { Quote } from '../../src/model/quote.js';
import type { Position, Reaction, Stance } from '../../src/model/reaction.js';
import type { Evidence } from '../../src/model/span.js';

export interface FixtureArticle {
  input: ArticleInput;
  analysis: Analysis;
  outlet: string;
}

/** The span of the first occurrence of `phrase` in `text`; fails loudly so that a fixture can never drift. */
export function spanOf(text: string, phrase: string): Evidence {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not found: ${phrase}`);
  return { text: phrase, start, end: start + phrase.length };
}

interface ReactionSpec {
  actor: string;
  speaker: string;
  stances: Stance[];
  position: Position;
  words: string;
  event?: string;
}

interface ArticleSpec {
  id: string;
  date: string;
  outlet: string;
  title: string;
  text: string;
  actors: [id: string, name: string, type: Actor['type'], phrase: string][];
  event: Omit<Event, 'evidence' | 'main'> & { words: string };
  reactions: ReactionSpec[];
  quotes: [words: string, speaker: string, actor: string][];
}

function buildArticle(spec: ArticleSpec): FixtureArticle {
  const { text } = spec;
  const actors: Actor[] = spec.actors.map(([id, name, type, phrase]) => ({
    id,
    name,
    type,
    mentions: [spanOf(text, phrase)],
  }));
  const { words, ...event } = spec.event;
  const events: Event[] = [{ ...event, main: true, evidence: [spanOf(text, words)] }];
  const reactions: Reaction[] = spec.reactions.map((r) => ({
    actor: r.actor,
    speaker: r.speaker,
    stances: r.stances,
    target: { event: r.event ?? event.id },
    position: r.position,
    attribution: 'quote',
    evidence: [spanOf(text, r.words)],
    confidence: 0.9,
  }));
  const quotes: Quote[] = spec.quotes.map(([quoteWords, speaker, actor]) => ({
    ...spanOf(text, quoteWords),
    kind: 'direct',
    speaker: { name: speaker, actor },
    cue: null,
  }));
  return {
    outlet: spec.outlet,
    input: {
      id: spec.id,
      text,
      date: spec.date,
      title: spec.title,
      source: spec.outlet,
      origin: { file: `${spec.id}.jsonl` },
    },
    analysis: {
      article: { id: spec.id, date: spec.date, title: spec.title, source: spec.outlet },
      actors,
      quotes,
      events,
      reactions,
      issues: [],
    },
  };
}

const STRIKE = {
  cameo: '195',
  plover: 'ASSAULT',
  goldstein: -10,
  source: 'ETH',
  target: 'ERI',
  location: 'Assab',
  sentence: 0,
};

const DAY1_TEXT = `Ethiopian drones struck the Eritrean port of Assab on Monday, killing at least twelve dock workers, officials in Asmara said.

Egypt's foreign ministry said the drone strike was "a flagrant violation of international law" and condemned the attack on Assab.

The European Union said it was "deeply concerned" by the strike and urged both sides to exercise restraint.

The United States said it was closely monitoring the situation around the port.`;

const DAY2_TEXT = `A day after Ethiopian drones hit the port of Assab, pressure grew on Addis Ababa over the strike on Eritrea.

US Secretary of State Mark Delaney said Washington "condemns this reckless attack" and demanded that Ethiopia halt further strikes.

Russia's foreign ministry called on Ethiopia and Eritrea to settle their dispute through dialogue.

Egypt announced it was recalling its ambassador from Addis Ababa in protest at the port strike.`;

const DAY3_TEXT = `Ethiopia defended Monday's drone strike on the Eritrean port of Assab, saying it targeted weapons depots.

Hungary's foreign minister said Ethiopia had "every right to defend itself" against attacks launched from the port.

China called for calm and said it was ready to help mediate between Ethiopia and Eritrea after the strike on Assab.

UN Secretary-General Maria Okonjo said she was "alarmed by the loss of civilian life" in the Assab strike.`;

const DAY5_TEXT = `Four days after the Ethiopian drone strike on Assab port, the African Union offered to host talks between Ethiopia and Eritrea.

Hungary said it "supports Ethiopia's right to self-defence" and welcomed Addis Ababa's pledge of an inquiry.

Egyptian officials said the strike on the Eritrean port was "an act of aggression" that Cairo would not accept.

The United States said it "condemns the strike on Assab" and sent condolences to the families of the dock workers.`;

// A wire copy of day 1 as republished by another outlet: same words, a new headline and a trailing credit line.
const DAY1_WIRE_TEXT = `${DAY1_TEXT}

(Reporting by the Horn Desk; editing by staff)`;

const TALKS_TEXT = `India and Pakistan held talks in Muscat on Thursday on restoring flights suspended since the border clash.

Britain welcomed the talks in Muscat and said it "supports every step towards normal ties" between the neighbours.

Russia said it welcomed the resumption of contacts between New Delhi and Islamabad.

The United States said it backed the talks and hoped for "a durable agreement on flights".`;

export const ARTICLES: FixtureArticle[] = [
  buildArticle({
    id: 'horn-2026-03-02-strike',
    date: '2026-03-02',
    outlet: 'Horn Daily',
    title: 'Ethiopian drones strike Eritrean port of Assab',
    text: DAY1_TEXT,
    actors: [
      ['ETH', 'Ethiopia', 'state', 'Ethiopian'],
      ['ERI', 'Eritrea', 'state', 'Eritrean'],
      ['EGY', 'Egypt', 'state', "Egypt's foreign ministry"],
      ['EU', 'European Union', 'igo', 'The European Union'],
      ['USA', 'United States', 'state', 'The United States'],
    ],
    event: {
      ...STRIKE,
      id: 'e1',
      summary: 'Ethiopian drone strike on Assab port',
      date: '2026-03-02',
      words: 'Ethiopian drones struck the Eritrean port of Assab',
    },
    reactions: [
      {
        actor: 'EGY',
        speaker: "Egypt's foreign ministry",
        stances: ['CONDEMN'],
        position: 'opposed',
        words: 'a flagrant violation of international law',
      },
      {
        actor: 'EU',
        speaker: 'The European Union',
        stances: ['CONCERN', 'CALL_FOR_RESTRAINT'],
        position: 'neutral',
        words: 'deeply concerned',
      },
      {
        actor: 'USA',
        speaker: 'The United States',
        stances: ['NEUTRAL_MONITORING'],
        position: 'neutral',
        words: 'closely monitoring the situation',
      },
    ],
    quotes: [['a flagrant violation of international law', "Egypt's foreign ministry", 'EGY']],
  }),
  buildArticle({
    id: 'wire-2026-03-02-assab',
    date: '2026-03-02',
    outlet: 'Continental Wire',
    title: 'Drone strike hits Eritrea port, 12 dead',
    text: DAY1_WIRE_TEXT,
    actors: [
      ['ETH', 'Ethiopia', 'state', 'Ethiopian'],
      ['EGY', 'Egypt', 'state', "Egypt's foreign ministry"],
    ],
    event: {
      ...STRIKE,
      id: 'e1',
      summary: 'Ethiopian drone strike on Assab port',
      date: '2026-03-02',
      words: 'Ethiopian drones struck the Eritrean port of Assab',
    },
    reactions: [
      {
        actor: 'EGY',
        speaker: "Egypt's foreign ministry",
        stances: ['CONDEMN'],
        position: 'opposed',
        words: 'a flagrant violation of international law',
      },
    ],
    quotes: [],
  }),
  buildArticle({
    id: 'capital-2026-03-03-pressure',
    date: '2026-03-03',
    outlet: 'Capital Times',
    title: 'Pressure mounts on Ethiopia over Assab drone strike',
    text: DAY2_TEXT,
    actors: [
      ['ETH', 'Ethiopia', 'state', 'Ethiopian'],
      ['USA', 'United States', 'state', 'US Secretary of State Mark Delaney'],
      ['RUS', 'Russia', 'state', "Russia's foreign ministry"],
      ['EGY', 'Egypt', 'state', 'Egypt'],
    ],
    event: {
      ...STRIKE,
      id: 'e1',
      summary: 'drone strike on the port of Assab',
      date: '2026-03-02',
      words: 'Ethiopian drones hit the port of Assab',
    },
    reactions: [
      {
        actor: 'USA',
        speaker: 'Mark Delaney',
        stances: ['CONDEMN', 'DEMAND'],
        position: 'opposed',
        words: 'condemns this reckless attack',
      },
      {
        actor: 'RUS',
        speaker: "Russia's foreign ministry",
        stances: ['CALL_FOR_DIALOGUE'],
        position: 'neutral',
        words: 'settle their dispute through dialogue',
      },
      {
        actor: 'EGY',
        speaker: 'Egypt',
        stances: ['THREATEN_PUNISH'],
        position: 'opposed',
        words: 'recalling its ambassador',
      },
    ],
    quotes: [['condemns this reckless attack', 'Mark Delaney', 'USA']],
  }),
  buildArticle({
    id: 'horn-2026-03-04-defends',
    date: '2026-03-04',
    outlet: 'Horn Daily',
    title: 'Ethiopia defends Assab drone strike as China offers mediation',
    text: DAY3_TEXT,
    actors: [
      ['ETH', 'Ethiopia', 'state', 'Ethiopia'],
      ['HUN', 'Hungary', 'state', "Hungary's foreign minister"],
      ['CHN', 'China', 'state', 'China'],
      ['UN', 'United Nations', 'igo', 'UN Secretary-General Maria Okonjo'],
    ],
    event: {
      ...STRIKE,
      id: 'e1',
      summary: 'drone strike on the Eritrean port of Assab',
      date: '2026-03-02',
      words: "Monday's drone strike on the Eritrean port of Assab",
    },
    reactions: [
      {
        actor: 'HUN',
        speaker: "Hungary's foreign minister",
        stances: ['SUPPORT'],
        position: 'supportive',
        words: 'every right to defend itself',
      },
      {
        actor: 'CHN',
        speaker: 'China',
        stances: ['CALL_FOR_RESTRAINT', 'CALL_FOR_DIALOGUE'],
        position: 'neutral',
        words: 'ready to help mediate',
      },
      {
        actor: 'UN',
        speaker: 'Maria Okonjo',
        stances: ['CONCERN'],
        position: 'neutral',
        words: 'alarmed by the loss of civilian life',
      },
    ],
    quotes: [
      ['every right to defend itself', "Hungary's foreign minister", 'HUN'],
      ['alarmed by the loss of civilian life', 'Maria Okonjo', 'UN'],
    ],
  }),
  buildArticle({
    id: 'capital-2026-03-06-talks-offer',
    date: '2026-03-06',
    outlet: 'Capital Times',
    title: 'African Union offers talks four days after Assab strike',
    text: DAY5_TEXT,
    actors: [
      ['AU', 'African Union', 'igo', 'the African Union'],
      ['HUN', 'Hungary', 'state', 'Hungary'],
      ['EGY', 'Egypt', 'state', 'Egyptian officials'],
      ['USA', 'United States', 'state', 'The United States'],
    ],
    event: {
      ...STRIKE,
      id: 'e1',
      summary: 'Ethiopian drone strike on Assab port',
      date: '2026-03-02',
      words: 'the Ethiopian drone strike on Assab port',
    },
    reactions: [
      {
        actor: 'AU',
        speaker: 'the African Union',
        stances: ['CALL_FOR_DIALOGUE'],
        position: 'neutral',
        words: 'offered to host talks',
      },
      {
        actor: 'HUN',
        speaker: 'Hungary',
        stances: ['SUPPORT'],
        position: 'supportive',
        words: "supports Ethiopia's right to self-defence",
      },
      {
        actor: 'EGY',
        speaker: 'Egyptian officials',
        stances: ['CONDEMN'],
        position: 'opposed',
        words: 'an act of aggression',
      },
      {
        actor: 'USA',
        speaker: 'The United States',
        stances: ['CONDEMN', 'SOLIDARITY_AID'],
        position: 'opposed',
        words: 'condemns the strike on Assab',
      },
    ],
    quotes: [['condemns the strike on Assab', 'The United States', 'USA']],
  }),
  buildArticle({
    id: 'gulf-2026-05-14-muscat-talks',
    date: '2026-05-14',
    outlet: 'Gulf Ledger',
    title: 'India and Pakistan hold talks in Muscat on flights',
    text: TALKS_TEXT,
    actors: [
      ['IND', 'India', 'state', 'India'],
      ['PAK', 'Pakistan', 'state', 'Pakistan'],
      ['GBR', 'United Kingdom', 'state', 'Britain'],
      ['RUS', 'Russia', 'state', 'Russia'],
      ['USA', 'United States', 'state', 'The United States'],
    ],
    event: {
      id: 'e1',
      cameo: '040',
      plover: 'CONSULT',
      goldstein: 1,
      summary: 'India-Pakistan talks in Muscat',
      source: 'IND',
      target: 'PAK',
      date: '2026-05-14',
      location: 'Muscat',
      words: 'India and Pakistan held talks in Muscat',
    },
    reactions: [
      {
        actor: 'GBR',
        speaker: 'Britain',
        stances: ['SUPPORT'],
        position: 'supportive',
        words: 'supports every step towards normal ties',
      },
      {
        actor: 'RUS',
        speaker: 'Russia',
        stances: ['SUPPORT'],
        position: 'supportive',
        words: 'welcomed the resumption of contacts',
      },
      {
        actor: 'USA',
        speaker: 'The United States',
        stances: ['SUPPORT'],
        position: 'supportive',
        words: 'backed the talks',
      },
    ],
    quotes: [['a durable agreement on flights', 'The United States', 'USA']],
  }),
];

/** The wire copy is stored as a duplicate of the first report. */
export const WIRE_COPY_ID = 'wire-2026-03-02-assab';
export const FIRST_REPORT_ID = 'horn-2026-03-02-strike';

export function toRecords(articles: FixtureArticle[] = ARTICLES): ArticleRecord[] {
  return articles.map((article) => ({
    analysis: article.analysis,
    outlet: article.outlet,
    duplicateOf: article.input.id === WIRE_COPY_ID ? FIRST_REPORT_ID : null,
  }));
}

/** An analyser for the store that returns the hand-built analysis of a fixture article. */
export function analyzeFixture(input: ArticleInput): Analysis {
  const found = ARTICLES.find((article) => article.input.id === input.id);
  if (!found) throw new Error(`no fixture analysis for ${input.id}`);
  return found.analysis;
}
