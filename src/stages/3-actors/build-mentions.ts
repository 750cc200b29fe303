// Tokens + phrase matches -> drafts: affiliations joined with bodies, titles and names ("Russian foreign
// ministry", "Brazilian Foreign Minister Ana Duarte"), appositions, people learned from the article, surnames.
import type { Sector } from '../../model/actor.js';
import type { TextDoc } from '../../model/doc.js';
import type { ActorInfo, ActorLexicon, PersonRecord, PhraseEntry } from '../../model/lexicons/actors.js';
import type { Token } from '../../model/text.js';
import { type Draft, type LearnedPerson, newDraft } from './draft.js';
import type { PhraseMatch } from './match-phrases.js';
import {
  mayOpenOrganisation,
  NAMING_NOUNS,
  type OrgContext,
  type OrgRun,
  readOrganisation,
} from './name-organisations.js';
import {
  CAPITAL,
  HYPHEN,
  hasClass,
  NAME_SHAPE,
  NAME_TAG,
  NOT_NAME,
  PARTICLE,
  STARTER,
  SURNAME,
  type TokenClasses,
} from './word-classes.js';

const DETERMINERS = new Set(['the', 'a', 'an']);
/** Words that may stand between a determiner or affiliation and a body: "a senior U.S. official". */
const MODIFIERS = new Set([
  'senior',
  'top',
  'former',
  'deputy',
  'acting',
  'interim',
  'outgoing',
  'incoming',
  'then',
  'current',
  'new',
  'longtime',
  'veteran',
  'leading',
  'highranking',
  'ranking',
  'other',
  'two',
  'three',
  'several',
  'many',
  'some',
  'unnamed',
  'anonymous',
  'local',
  'regional',
  'provincial',
  'federal',
  'caretaker',
  'transitional',
  'ousted',
  'exiled',
  'elected',
  'newly',
  'sitting',
  'embattled',
  'visiting',
  'powerful',
  'hardline',
  'moderate',
  'pro',
  // "Tanzania's main opposition party"
  'main',
  'largest',
  'biggest',
]);
/** Lower-case parts of names: "Abdel Fattah al-Sisi", "Ursula von der Leyen", "Mohammed bin Salman". */
export const PARTICLES = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'von',
  'van',
  'der',
  'den',
  'de',
  'da',
  'di',
  'du',
  'la',
  'le',
  'dos',
  'del',
  'ul',
]);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'dame',
  'lord',
  'lady',
  'sheikh',
  'prince',
  'princess',
  'ayatollah',
  'pope',
]);
/** Heads that make a capitalised run a place or an organisation, not a person: "Columbia University". */
const NON_PERSON_HEADS = new Set([
  // portfolios and offices after a title: "High Representative for Foreign Affairs", "Minister of Defence"
  'affairs',
  'relations',
  'policy',
  'security',
  'defence',
  'defense',
  'cooperation',
  'development',
  'finance',
  'justice',
  'interior',
  'rights',
  'forces',
  'office',
  'department',
  'commission',
  'authority',
  'university',
  'institute',
  'party',
  'council',
  'committee',
  'ministry',
  'agency',
  'bank',
  'company',
  'corp',
  'inc',
  'group',
  'association',
  'foundation',
  'news',
  'times',
  'post',
  'airport',
  'hospital',
  'school',
  'college',
  'church',
  'mosque',
  'court',
  'street',
  'square',
  'city',
  'river',
  'sea',
  'ocean',
  'province',
  'region',
  'county',
  'district',
  'airlines',
  'airways',
  'league',
  'club',
  'forces',
  'army',
  'front',
  'movement',
  'brigade',
  'brigades',
  'center',
  'centre',
  'office',
  'house',
  'palace',
  'hall',
  'programme',
  'program',
  'fund',
  'organization',
  'organisation',
  'network',
  'media',
  'tv',
  'radio',
  'journal',
  'daily',
  'agreement',
  'treaty',
  'accord',
  'act',
  'bill',
  'summit',
  'conference',
  'forum',
  'games',
  'cup',
  'war',
  'crisis',
  'strait',
  'gulf',
  'bay',
  'island',
  'islands',
  'valley',
  'mountains',
  'desert',
  'peninsula',
  'corridor',
  'border',
  'camp',
  'prison',
  'port',
  'station',
  'stadium',
  'bridge',
  'road',
  'avenue',
  'park',
  'museum',
  'channel',
  'magazine',
  'service',
  'services',
  'department',
  'authority',
  'commission',
  'day',
  'partnership',
  'strategy',
  'plan',
  'initiative',
  'declaration',
  'charter',
  'convention',
  'protocol',
  'framework',
  'deal',
  'pact',
  'resolution',
  'law',
  'doctrine',
]);
/** Words of ministers' portfolios: "Minister for Interior", "Minister of Information and Broadcasting". */
const PORTFOLIOS = new Set([
  'interior',
  'information',
  'broadcasting',
  'finance',
  'foreign',
  'affairs',
  'home',
  'external',
  'defence',
  'defense',
  'health',
  'education',
  'trade',
  'industry',
  'commerce',
  'energy',
  'mines',
  'petroleum',
  'oil',
  'justice',
  'agriculture',
  'environment',
  'labour',
  'labor',
  'transport',
  'communications',
  'culture',
  'tourism',
  'planning',
  'economy',
  'economic',
  'development',
  'security',
  'national',
  'public',
  'works',
  'water',
  'resources',
  'immigration',
  'women',
  'youth',
  'sports',
  'religious',
  'local',
  'government',
  'state',
  'internal',
  'investment',
  'cooperation',
  'international',
]);
/** Lower-case words that may start a mention: "the", "a senior …", "mr …". */
export const STARTERS = new Set([...DETERMINERS, ...MODIFIERS, ...HONORIFICS]);
/** East Asian names put the family name first: "Wang Yi" is later "Wang". */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'KOR', 'PRK', 'VNM', 'HKG', 'MAC', 'KHM']);
/** Posts whose holder is sent to another actor: "Russia's ambassador to the UN". */
const ENVOY_HEADS = new Set([
  'ambassador',
  'envoy',
  'special envoy',
  'mission',
  'permanent mission',
  'representative',
  'permanent representative',
  'delegation',
  'consul',
  'embassy',
  'consulate',
]);
/** Nouns of a reaction that name who gave it after "from": "criticism from Beijing", "a warning from Moscow". */
const REACTION_NOUNS = new Set([
  'criticism',
  'condemnation',
  'protest',
  'protests',
  'support',
  'backing',
  'praise',
  'pressure',
  'warning',
  'warnings',
  'response',
  'reaction',
  'rebuke',
  'objection',
  'objections',
  'complaint',
  'complaints',
  'demand',
  'demands',
  'threat',
  'threats',
  'appeal',
  'approval',
]);
/** Words that make the capital after them a place whatever follows: "talks in Moscow ended". */
const PLACE_BEFORE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'inside',
  'around',
  'across',
  'through',
  'throughout',
  'within',
  'into',
  'downtown',
  'suburbs',
]);
/** Posts a state sends to an international body: "British Deputy U.N. Ambassador", "Iran's U.N. mission". */
const POSTED_HEADS = new Set([
  'ambassador',
  'deputy ambassador',
  'mission',
  'permanent mission',
  'representative',
  'permanent representative',
  'delegation',
  'delegate',
]);
/** Groups that states send to an international body: "diplomats at the UN" are not the UN. */
const POSTED_GROUPS = new Set(['diplomats', 'delegates', 'delegations', 'envoys', 'ambassadors']);
/** Heads that say who speaks, not what kind of body: "rebel leaders" are rebels, "Hamas officials" Hamas. */
const GENERIC_HEADS = new Set([
  'leader',
  'leaders',
  'leadership',
  'official',
  'officials',
  'senior official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokespeople',
  'chief',
  'head',
  'representative',
]);
/** Sectors of a state's own people: a person with one of these posts and no named state speaks for the state in focus. */
const STATE_POST_SECTORS = new Set<Sector>(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY']);
/** Words after "said" that introduce the speaker: "…, said Jane Doe". */
const SPEECH_BEFORE = new Set([
  'said',
  'says',
  'told',
  'added',
  'according',
  'wrote',
  'stated',
  'explained',
  'noted',
  'warned',
  'asked',
]);

type UnitKind = 'aff' | 'body' | 'person' | 'outlet' | 'blocker';

export interface Unit {
  kind: UnitKind;
  match: PhraseMatch;
  entry: PhraseEntry;
}

/** A phrase's unit alone and after an affiliation (where a phrase that is both a body and a name is a body). */
export interface PhraseUnits {
  alone: Unit | undefined;
  afterAffiliation: Unit | undefined;
}

interface NameRun {
  start: number;
  end: number;
  /** a known office holder named by this run */
  record: PersonRecord | undefined;
  /** a person the article named before */
  learned: LearnedPerson | undefined;
}

interface Chunk {
  draft: Draft | null;
  end: number;
}

export interface BuildResult {
  drafts: Draft[];
  people: Map<string, LearnedPerson>;
}

/**
 * What follows a text's last white space ('' when it ends with white space), as the last item of
 * `text.split(/\s+/)`, without splitting: ASCII is read by code, other characters by the same `\s`.
 */
function lastWordOf(text: string): string {
  let k = text.length;
  while (k > 0) {
    const c = text.charCodeAt(k - 1);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text.charAt(k - 1));
    if (space) break;
    k--;
  }
  return text.slice(k);
}

export function buildMentions(
  doc: TextDoc,
  classes: TokenClasses,
  matches: readonly PhraseMatch[],
  lex: ActorLexicon,
): BuildResult {
  const builder = new MentionBuilder(doc, classes, matches, lex);
  for (const sentence of doc.sentences) builder.readSentence(sentence.tokenStart, sentence.tokenEnd);
  return { drafts: builder.drafts, people: builder.people };
}

/** A capital letter, then letters, apostrophes or dots: "Kallas", "O'Neill", "St."; ASCII read without a regex. */
export function isNameShape(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 128) {
    if (first < 65 || first > 90) return false;
    let k = 1;
    for (; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46) continue;
      if (c < 128) return false;
      break;
    }
    if (k === text.length) return true;
  }
  return /^[\p{Lu}][\p{L}'’.]*$/u.test(text);
}

class MentionBuilder {
  readonly drafts: Draft[] = [];
  readonly people = new Map<string, LearnedPerson>();
  private readonly tokens: readonly Token[];
  private readonly matchAt: (PhraseMatch | undefined)[];
  private readonly date: string | null;
  /** the actors that govern a state from a date (`governingOf`) */
  private readonly governing: ReadonlyMap<string, Governs>;
  private readonly orgContext: OrgContext;
  /** organisations read from the text, by their first word: words, id, sector */
  private readonly orgNames = new Map<string, { words: string[]; id: string; sector?: Sector }[]>();
  private sentenceStart = 0;
  private sentenceEnd = 0;

  private readonly keys: readonly string[];
  /** the tokens' word classes (`hasClass`) */
  private readonly classes: readonly number[];

  constructor(
    private readonly doc: TextDoc,
    classes: TokenClasses,
    matches: readonly PhraseMatch[],
    private readonly lex: ActorLexicon,
  ) {
    const keys = classes.keys;
    this.keys = keys;
    this.classes = classes.classes;
    this.tokens = doc.tokens;
    this.matchAt = new Array(doc.tokens.length);
    for (const m of matches) this.matchAt[m.start] = m;
    this.date = doc.meta.date;
    this.governing = governingOf(lex);
    this.orgContext = {
      tokens: this.tokens,
      classes: this.classes,
      keys,
      matchAt: this.matchAt,
      lex,
      sentenceEnd: 0,
    };
  }

  readSentence(start: number, end: number): void {
    this.sentenceStart = start;
    this.sentenceEnd = end;
    let i = start;
    while (i < end) {
      // Most words start nothing: lower case, no gazetteer phrase, not a determiner or modifier.
      if (!this.capital(i) && !this.matchAt[i] && !this.starter(i)) {
        i++;
        continue;
      }
      // "But", "In", "He" at a sentence start: capitalised words of other classes start nothing.
      if (!this.matchAt[i] && !hasClass(this.classes, i, NAME_TAG) && !this.starter(i)) {
        i++;
        continue;
      }
      // "the economy", "a new plan": determiners and modifiers before words that start nothing.
      if (!this.matchAt[i] && (!this.capital(i) || this.starter(i))) {
        let k = i + 1;
        while (k < end && !this.capital(k) && !this.matchAt[k] && this.starter(k)) k++;
        if (k >= end || (!this.capital(k) && !this.matchAt[k])) {
          i = k;
          continue;
        }
      }
      const next = this.readAt(i);
      i = next > i ? next : i + 1;
    }
  }

  /** Reads whatever starts at token i; returns the index after it (i when nothing starts there). */
  private readAt(i: number): number {
    const unit = this.unitAt(i, false);
    if (unit?.kind === 'blocker') return unit.match.end;
    if (unit?.kind === 'outlet') return this.readOutlet(unit);
    if (unit?.kind === 'aff' && unit.match.end === i + 1 && this.people.has(this.key(i))) {
      const end = this.readPersonAt(i);
      if (end > i) return end;
    }
    // "ethnic Albanians in southern Serbia": an ethnic group, not the state its name comes from.
    if (unit?.kind === 'aff' && unit.entry.kind === 'demonym' && this.key(i - 1) === 'ethnic')
      return this.readEthnicGroup(unit);
    // "a UK-based monitoring group": a place of registration, not an actor.
    const lead = this.startsAs(i, DETERMINERS) ? i + 1 : i;
    const leadUnit = lead === i ? unit : this.unitAt(lead, false);
    if (leadUnit?.kind === 'aff' && this.isBased(leadUnit.match.end)) return leadUnit.match.end + 2;
    // (the naming noun before a word is looked up only where an organisation's name may start)
    const org =
      this.knownOrgAt(lead) ??
      (this.capital(lead) && mayOpenOrganisation(this.orgContext, lead)
        ? this.orgAt(lead, NAMING_NOUNS.has(this.key(lead - 1)))
        : null);
    if (org) return this.pushOrg(org);
    // A capitalised word that is no phrase and no determiner or modifier starts no chunk.
    if (this.matchAt[i] || this.starter(i)) {
      const chunk = this.readChunk(i);
      if (chunk.end > i) return chunk.end;
    }
    return this.readPersonAt(i);
  }

  // ---- affiliations, bodies, titles ------------------------------------------------------------

  /** [the|a] [modifiers] AFFILIATION* ['s] [modifiers] BODY* [of|in|for|to X] [NAME] */
  private readChunk(i: number): Chunk {
    const end = this.sentenceEnd;
    // The chunk's affiliations and bodies, as the few of them the rules read (no lists, one pair per chunk read):
    // the first and the last affiliation, the first, the last and the one before the last body, and how many.
    let aff: Unit | undefined;
    let ownAff: Unit | undefined;
    let affCount = 0;
    let firstBodyUnit: Unit | undefined;
    let earlierBody: Unit | undefined;
    let lastBody: Unit | undefined;
    let bodyCount = 0;
    let cursor = this.skipModifiers(i, true);
    let j = i;
    for (;;) {
      // A chunk never runs into the next sentence ("Germany" heading, then "Chancellor … said").
      if (cursor >= end) break;
      const unit = this.unitAt(cursor, affCount > 0 || bodyCount > 0);
      if (!unit) break;
      if (unit.kind === 'aff' && bodyCount === 0) {
        const last = ownAff;
        // "U.S. State Department", "Israel's Knesset": one actor named twice is one mention.
        if (
          last &&
          !(unit.entry.kind === 'body' && unit.entry.actor === last.entry.actor) &&
          !this.isPosting(unit)
        )
          break;
        aff ??= unit;
        ownAff = unit;
        affCount++;
      } else if (unit.kind === 'body') {
        firstBodyUnit ??= unit;
        earlierBody = lastBody;
        lastBody = unit;
        bodyCount++;
      } else {
        break;
      }
      j = unit.match.end;
      cursor = j;
      if (this.isPossessive(cursor)) {
        // "Russia's foreign ministry", "the ministry's spokesman" go on; "Russia's decision" stops.
        const after = this.skipModifiers(cursor + 1, false);
        const next = this.unitAt(after, true);
        // "Iran's U.N. ambassador": the state's post at an international body.
        if (
          next &&
          (next.kind === 'body' ||
            (next.kind === 'aff' && (next.entry.kind === 'body' || this.isPosting(next))))
        ) {
          cursor = after;
          continue;
        }
        break;
      }
      cursor = this.skipModifiers(cursor, false);
    }
    const first = aff ?? firstBodyUnit;
    if (!first) return { draft: null, end: i };
    const startToken = first.match.start;
    const head = lastBody ? this.headKey(lastBody.match) : undefined;
    const firstBody = bodyCount > 1 && firstBodyUnit ? this.headKey(firstBodyUnit.match) : undefined;

    // "all official contact with", "an official visit": the adjective before a common noun is no actor.
    if (head === 'official' && affCount === 0 && bodyCount === 1 && this.isCommonNoun(j))
      return { draft: null, end: j };

    let actor: string | undefined;
    let sector: Sector | undefined;
    let kind: Draft['kind'] = 'body';
    if (aff) {
      const resolved = this.actorOf(aff.entry);
      actor = resolved.actor;
      sector = resolved.sector;
      kind = aff.entry.kind ?? 'name';
      const own = ownAff;
      if (own && own !== aff) {
        sector = own.entry.sector ?? sector;
        kind = 'body';
      }
    }
    // "Minister for Interior Aftab Sherpao", "Minister of Information Jane Doe": the portfolio is part of the post.
    if (lastBody?.entry.bodyRole === 'title' && (this.key(j) === 'for' || this.key(j) === 'of')) {
      const after = this.portfolioEnd(j + 1);
      if (after > j + 1) j = after;
    }
    // Post-modifiers: "the foreign ministry of Iran", "police in Kenya", "a spokesperson for Human Rights Watch".
    if (lastBody && head && j < end) {
      const link = this.key(j);
      let k = j + 1;
      if (this.startsAs(k, DETERMINERS)) k++;
      // "director of the Nairobi-based group Lake Basin Forum".
      if (this.unitAt(k, false)?.kind === 'aff' && this.isBased(this.matchAt[k]?.end ?? k)) {
        k = (this.matchAt[k]?.end ?? k) + 2;
      }
      // "the group Somali Public Agenda", not "the Group of Seven".
      const named = !this.matchAt[k] && !this.capital(k) && NAMING_NOUNS.has(this.key(k));
      if (named) k++;
      const org = !aff && (link === 'of' || link === 'for' || link === 'at') ? this.orgAt(k, named) : null;
      const target = org ? undefined : this.unitAt(k, false);
      if (org) {
        actor = org.state ?? this.orgId(org);
        sector = org.sector;
        j = org.end;
      } else if (target?.kind === 'aff') {
        const isEnvoy = ENVOY_HEADS.has(head);
        if (
          !aff &&
          (link === 'of' ||
            link === 'for' ||
            ((link === 'in' || link === 'from') && !isEnvoy) ||
            (link === 'at' && lastBody.entry.bodyRole === 'title'))
        ) {
          const resolved = this.actorOf(target.entry);
          actor = resolved.actor;
          j = target.match.end;
        } else if (aff && isEnvoy && (link === 'to' || link === 'at' || link === 'in')) {
          j = target.match.end;
        } else if (
          (link === 'at' || link === 'to') &&
          POSTED_GROUPS.has(head) &&
          this.typeOf(target.entry) === 'igo'
        ) {
          // "Western diplomats at the United Nations", "European delegates to the WHO": states' people posted
          // there, not the organisation; they keep the state their words name, if any
          j = target.match.end;
        }
      }
    }
    if (lastBody) {
      // "rebel leaders" -> REB, "Hamas officials" -> REB, "the foreign ministry" -> GOV.
      const earlier = bodyCount > 1 ? earlierBody?.entry.sector : ownAff?.entry.sector;
      const generic =
        earlier !== undefined && earlier !== 'IGO' && head !== undefined && GENERIC_HEADS.has(head);
      sector = generic ? earlier : (lastBody.entry.sector ?? sector);
    }
    // "his U.N. mission", "a U.N. ambassador": a state's post at the body; the state comes from the context.
    if (
      aff &&
      affCount === 1 &&
      head &&
      this.isPostedHead(head, startToken) &&
      this.typeOf(aff.entry) === 'igo'
    ) {
      actor = undefined;
      kind = 'body';
    }
    // "Amnesty International's Kenya director", "UNICEF's Yemen representative": an organisation's post for a
    // country is the organisation's.
    const owner = lastOf(this.drafts);
    if (
      aff &&
      lastBody?.entry.bodyRole === 'title' &&
      this.isPossessive(startToken - 1) &&
      owner?.end === startToken - 1 &&
      (owner.actor.startsWith('org:') || this.lex.actors.get(owner.actor)?.type === 'igo')
    ) {
      actor = owner.actor;
      sector = owner.sector;
      kind = 'body';
    }
    // "Palestinians", "Syrians": the people, CAMEO's civilians.
    if (aff && !lastBody && affCount === 1 && aff.entry.plural && aff.entry.kind === 'demonym')
      sector = 'CVL';

    // A capital alone is the government only when it acts: "Moscow said", not "talks in Moscow".
    if (aff && !lastBody && affCount === 1) {
      // "Talks in Moscow ended": after a place preposition a capital is a place even before a verb.
      const placed = PLACE_BEFORE.has(this.key(aff.match.start - 1));
      if (aff.entry.capital && (placed || (!this.actsAfter(j) && !this.isAddressed(aff.match.start))))
        return { draft: null, end: j };
      // "Rebels shelled Juba": a city, region or people alone is its state only when acted on.
      if (aff.entry.place) {
        // "Rosario Mendoza said": a city that is also a name, before another name, starts a person.
        if (aff.entry.personish && !this.isStateUse(aff.match)) return { draft: null, end: aff.match.start };
        if (placed || !this.isAddressed(aff.match.start)) return { draft: null, end: j };
      }
      if (aff.entry.personish && !this.isStateUse(aff.match)) return { draft: null, end: aff.match.start };
    }

    // A name after a title or an affiliation: "President Emmanuel Macron", "Turkey's Erdogan".
    let name: NameRun | null = null;
    const titled = lastBody?.entry.bodyRole === 'title';
    const possessive = this.isPossessive(j) && aff !== undefined && !lastBody;
    // "the rebel Revolutionary United Front": an organisation's name, not a person's, follows the title.
    if (j < end && (titled || aff) && !this.orgAt(possessive ? j + 1 : j, false)) {
      let run = this.nameAt(possessive ? j + 1 : j);
      if (run && titled && !possessive) run = this.withPlaceSurname(run);
      // "House Speaker Paul Ryan": a post named as one state's body works as a title before a full name.
      const post = aff?.entry.kind === 'body' && !possessive && run !== null && run.end - run.start >= 2;
      if (run && ((titled && !possessive) || post || run.record || run.learned)) name = run;
    }
    if (name) {
      j = name.end;
      // "King Abdullah of Jordan", "Foreign Minister Wang Yi of China".
      if (!actor && titled && this.key(j) === 'of') {
        const at = this.startsAs(j + 1, DETERMINERS) ? j + 2 : j + 1;
        // "Professor Lina Marsh of the London School of Economics": an organisation, not "London"
        const org = this.orgAt(at, false);
        const target = org ? undefined : this.unitAt(at, false);
        if (org) {
          actor = org.state ?? this.orgId(org);
          sector = org.sector ?? sector;
          j = org.end;
        } else if (target?.kind === 'aff') {
          actor = this.actorOf(target.entry).actor;
          j = target.match.end;
        }
      }
      const person = this.personOf(name, actor, sector);
      const draft = this.push(
        newDraft(startToken, name.end, person.actor, 'person', this.sentenceOf(startToken)),
      );
      draft.person = person.name;
      if (head) draft.head = head;
      const personSector = person.sector ?? sector;
      if (personSector) draft.sector = personSector;
      if (firstBody) draft.bodyHead = firstBody;
      if (titled && !actor && this.needsState(person, sector)) draft.needsState = true;
      return { draft, end: j };
    }

    const draft = newDraft(
      startToken,
      j,
      actor ?? '',
      actor ? kind : 'description',
      this.sentenceOf(startToken),
    );
    if (sector) draft.sector = sector;
    if (head) draft.head = head;
    if (firstBody) draft.bodyHead = firstBody;
    if (lastBody?.entry.bodyRole) draft.bodyRole = lastBody.entry.bodyRole;
    if (lastBody?.entry.bodyRole === 'group' || (!lastBody && aff?.entry.plural)) draft.plural = true;
    if (aff && !lastBody) draft.affiliationOnly = true;
    this.push(draft);
    this.shareSectorBack(draft, aff);
    // "Russia's ambassador to the UN, Vasily Nebenzya, said": the title before the name.
    if (titled && draft.actor && this.key(j) === ',') {
      const run = this.nameAt(j + 1);
      if (run && (run.record || run.end - run.start > 1) && this.closesApposition(run.end)) {
        const person = this.personOf(run, draft.actor, draft.sector);
        const named = this.push(newDraft(run.start, run.end, person.actor, 'person', draft.sentence));
        named.person = person.name;
        if (person.sector) named.sector = person.sector;
        if (head) named.head = head;
        return { draft, end: run.end };
      }
    }
    return { draft, end: j };
  }

  /**
   * "ethnic Albanian guerrillas attacked Macedonian police": an armed group of an ethnic minority belongs to
   * the state the sentence names besides the group's namesake (MKD, REB); with none, the group is no actor.
   */
  private readEthnicGroup(unit: Unit): number {
    const at = unit.match.end;
    const body = this.unitAt(at, true);
    if (body?.kind !== 'body' || body.entry.sector !== 'REB') return at;
    const own = unit.entry.actor;
    for (let k = this.sentenceStart; k < this.sentenceEnd; k++) {
      if (k >= unit.match.start && k < body.match.end) continue;
      const other = this.unitAt(k, false);
      if (other?.kind !== 'aff' || other.entry.actor === own || other.entry.place) continue;
      if (this.typeOf(other.entry) !== 'state') continue;
      const group = this.push(
        newDraft(
          unit.match.start,
          body.match.end,
          other.entry.actor ?? '',
          'body',
          this.sentenceOf(unit.match.start),
        ),
      );
      group.sector = 'REB';
      group.plural = true;
      return body.match.end;
    }
    return at;
  }

  /** A lower-case noun or adjective that is no gazetteer phrase: "contact" in "official contact". */
  private isCommonNoun(k: number): boolean {
    const token = this.tokens[k];
    if (!token || k >= this.sentenceEnd || this.matchAt[k] || this.capital(k)) return false;
    return token.pos === 'NOUN' || token.pos === 'ADJ';
  }

  /** "Hungarian and Romanian officials": the first demonym shares the officials' sector. */
  private shareSectorBack(draft: Draft, aff: Unit | undefined): void {
    if (!aff || draft.affiliationOnly || !draft.sector) return;
    let k = aff.match.start - 1;
    const link = this.key(k);
    if (link !== 'and' && link !== 'or' && link !== ',') return;
    k--;
    for (let n = this.drafts.length - 2; n >= 0; n--) {
      const prev = this.drafts[n];
      if (!prev || prev.end <= k - 1) break;
      if (prev.end === k + 1 && prev.affiliationOnly && prev.kind === 'demonym') {
        prev.sector = draft.sector;
        if (draft.plural) prev.plural = true;
        return;
      }
    }
  }

  // ---- people ------------------------------------------------------------------------------------

  /** A person without a title: a known office holder, a surname the article named, "Mr X", or a new name. */
  private readPersonAt(i: number): number {
    const honorific = this.startsAs(i, HONORIFICS);
    // "The", "He", "But": a capitalised word of another class starts no name.
    if (!honorific && !hasClass(this.classes, i, NAME_TAG)) return i;
    // "Pope Leo": an office holder the lexicon knows with the honorific as part of the name
    const known = honorific && this.unitAt(i, false)?.kind === 'person';
    const run = this.nameAt(honorific && !known ? i + 1 : i);
    if (!run) return i;
    // A lone capitalised word is a person only if the article or the lexicon knows the name.
    if (!honorific && !run.record && !run.learned) {
      if (run.end - run.start === 1) return i;
      const speechBefore =
        SPEECH_BEFORE.has(this.key(i - 1)) || (this.key(i - 1) === 'to' && this.key(i - 2) === 'according');
      if (!(this.actsAfter(run.end) || this.key(run.end) === ',' || speechBefore || this.isCopula(run.end)))
        return run.end;
      if (this.capital(i - 1) && this.tokens[i - 1]?.pos === 'PROPN' && i > this.sentenceStart)
        return run.end;
      // "the Indo-Pacific", "the Grand Bazaar": a person is not "the …".
      if (this.key(i - 1) === 'the') return run.end;
    }
    let actor: string | undefined;
    let sector: Sector | undefined;
    let statePost = false;
    let end = run.end;
    // "Hugh Hill, a doctor at the hospital, said" / "Kaja Kallas, the EU's foreign policy chief".
    if (!run.record && !run.learned) {
      // "Hugh Hill, a doctor …" / "Tomas Ferro is the chief economist of …".
      const appositionStart =
        this.key(run.end) === ','
          ? run.end + 1
          : this.key(run.end) === 'the'
            ? run.end
            : this.isCopula(run.end)
              ? run.end + 1
              : -1;
      if (appositionStart > 0) {
        const chunk = this.readChunk(appositionStart);
        if (chunk.draft?.actor && !chunk.draft.actor.startsWith('person:')) {
          actor = chunk.draft.actor;
          sector = chunk.draft.sector;
          end = Math.max(end, chunk.end);
        } else if (chunk.end > appositionStart) {
          end = chunk.end;
          // "Irma Solis, a member of the lower house, warned": a state post without its state.
          sector = chunk.draft?.sector;
          statePost = chunk.draft?.bodyRole === 'title' && !!sector && STATE_POST_SECTORS.has(sector);
        }
      }
    }
    const person = this.personOf(run, actor, sector);
    const draft = newDraft(
      honorific ? i : run.start,
      run.end,
      person.actor,
      'person',
      this.sentenceOf(run.start),
    );
    draft.person = person.name;
    const personSector = person.sector ?? (statePost ? sector : undefined);
    if (personSector) draft.sector = personSector;
    if (statePost && this.needsState(person, sector)) draft.needsState = true;
    this.insertBefore(draft);
    return end;
  }

  /** The person a name refers to: the article's earlier naming, a known office holder, or a new person. */
  private personOf(run: NameRun, actor: string | undefined, sector: Sector | undefined): LearnedPerson {
    if (run.learned && (!actor || run.learned.actor === actor)) return run.learned;
    let person: LearnedPerson;
    if (actor) {
      person = {
        name: run.learned?.name ?? run.record?.name ?? this.textOf(run.start, run.end),
        actor,
        ...(sector ? { sector } : {}),
      };
    } else if (run.record) {
      const resolved = this.resolveRecord(run.record);
      person = { name: run.record.name, actor: resolved.actor, sector: resolved.sector };
    } else {
      const text = this.textOf(run.start, run.end);
      person = { name: text, actor: `person:${slugOf(text)}` };
    }
    this.learn(run, person);
    return person;
  }

  private learn(run: NameRun, person: LearnedPerson): void {
    const words: string[] = [];
    for (let k = run.start; k < run.end; k++) {
      const key = this.key(k);
      if (key !== '-' && !hasClass(this.classes, k, PARTICLE)) words.push(key);
    }
    const joined = words.join(' ');
    // "Trump … Trump … Trump": a name learned once for this person needs no second learning.
    if (this.people.get(joined) === person) return;
    // the forms in turn, with no set of them: a form taught twice is taught once (the second finds it known)
    this.teach(joined, person);
    let last: string | undefined;
    for (let k = words.length - 1; k >= 0 && last === undefined; k--) {
      if (!SUFFIXES.has(words[k] as string)) last = words[k];
    }
    if (last) this.teach(last, person);
    const recordLast = lastWordOf(person.name).toLowerCase();
    if (recordLast) this.teach(keyText(recordLast), person);
    if (words[0] && FAMILY_NAME_FIRST.has(person.actor)) this.teach(words[0], person);
  }

  /** The article names `person` by `form` from now on, unless it named another by it first. */
  private teach(form: string, person: LearnedPerson): void {
    const known = this.people.get(form);
    // An affiliation learned later ("…, the minister") replaces a bare person id.
    if (!known || (known.actor.startsWith('person:') && !person.actor.startsWith('person:'))) {
      this.people.set(form, person);
    }
  }

  /** The name word after the particles and dashes starting at j ("al-", "van der"), or j when none follows. */
  private afterParticles(j: number): number {
    let k = j;
    while (k < this.sentenceEnd && k < j + 3) {
      const token = this.tokens[k];
      if (!token || !hasClass(this.classes, k, HYPHEN | PARTICLE)) break;
      k++;
    }
    return this.isNameWord(k) ? k : j;
  }

  /** A run of capitalised name words at i (1–5 words, particles and dashes inside). */
  private nameAt(i: number): NameRun | null {
    const unit = this.unitAt(i, false);
    // "Prime Minister Luis Montenegro … Montenegro said": a place name the article learned as a surname
    if (unit?.kind === 'aff' && unit.match.end === i + 1) {
      const learned = this.people.get(this.key(i));
      if (learned) return { start: i, end: i + 1, record: undefined, learned };
    }
    if (unit?.kind === 'person') {
      const record = this.pickRecord(unit.entry.people ?? []);
      const end = unit.match.end;
      const run: NameRun = { start: i, end, record, learned: undefined };
      const learned = this.people.get(this.keysOf(i, unit.match.end));
      if (learned) run.learned = learned;
      return run;
    }
    let j = i;
    let words = 0;
    // (the words are read by their classes and keys: a token itself only for a capital tagged as a verb)
    while (j < this.sentenceEnd && j < this.tokens.length && words < 5) {
      const key = this.key(j);
      if (words > 0 && hasClass(this.classes, j, HYPHEN | PARTICLE)) {
        // "al-Kaabi", "van der Berg": particles and dashes in a row, then a name word
        const next = this.afterParticles(j);
        if (next > j) {
          j = next;
          continue;
        }
      }
      if (words > 0 && this.capital(j) && SUFFIXES.has(key)) {
        j++;
        break;
      }
      // "Loretta Lynch said": a capitalised surname the tagger reads as a verb, inside a name.
      // "President Prosper Avril": a first name read as a verb, before a surname, after a title.
      const taggedVerb =
        (words > 0 || (this.capital(j - 1) && this.isNameWord(j + 1))) &&
        j > this.sentenceStart &&
        this.capital(j) &&
        this.tokens[j]?.pos === 'VERB' &&
        !this.matchAt[j];
      if (!this.isNameWord(j) && !taggedVerb) break;
      // A name stops where a known phrase starts: "Vasily Nebenzya said" vs "Chad Smith"; a city that is also
      // a name goes on ("Rosario Mendoza").
      if (words > 0 && this.matchAt[j] && !this.unitAt(j, false)?.entry.personish) break;
      if (words === 0 && this.matchAt[j] && this.unitAt(j, false)?.kind !== 'aff') break;
      words++;
      j++;
    }
    if (words === 0) return null;
    const lastKey = this.key(j - 1);
    if (NON_PERSON_HEADS.has(lastKey)) return null;
    const run: NameRun = { start: i, end: j, record: undefined, learned: undefined };
    // One word: its key is the name's key (no join); before the article names anyone, no key at all.
    const learned =
      this.people.size === 0 ? undefined : this.people.get(words === 1 ? this.key(i) : this.keysOf(i, j));
    if (learned) {
      run.learned = learned;
      return run;
    }
    if (words === 1) {
      const records = hasClass(this.classes, i, SURNAME) ? this.lex.surnames.get(this.key(i)) : undefined;
      const record = records ? this.pickRecord(records) : undefined;
      if (record) run.record = record;
    }
    return run;
  }

  /**
   * "Prime Minister Luis Montenegro said", "Senator Ana Lima": after a title, a lone first name the lexicon does
   * not know and a one-word state or place name that ends the name are one person (a surname that is a place).
   */
  private withPlaceSurname(run: NameRun): NameRun {
    if (run.end - run.start !== 1 || run.record || run.learned) return run;
    const unit = this.matchAt[run.end] ? this.unitAt(run.end, false) : undefined;
    if (unit?.kind !== 'aff' || unit.entry.kind !== 'name' || unit.match.end !== run.end + 1) return run;
    if (!hasClass(this.classes, run.end, CAPITAL) || this.isNameWord(unit.match.end)) return run;
    const end = unit.match.end;
    const surnamed: NameRun = {
      start: run.start,
      end,
      record: undefined,
      learned: undefined,
    };
    const learned = this.people.get(this.keysOf(run.start, end));
    if (learned) surnamed.learned = learned;
    return surnamed;
  }

  private isNameWord(j: number): boolean {
    const token = this.tokens[j];
    if (!token || !this.capital(j)) return false;
    if (!hasClass(this.classes, j, NAME_TAG)) return false;
    if (hasClass(this.classes, j, NOT_NAME) || this.startsAs(j, HONORIFICS)) return false;
    if (!hasClass(this.classes, j, NAME_SHAPE)) return false;
    // A state, organisation or body name is not part of a person's name ("Chad" only when personish).
    const unit = this.matchAt[j] ? this.unitAt(j, false) : undefined;
    if (unit && !(unit.kind === 'aff' && unit.entry.personish) && unit.kind !== 'person') return false;
    return true;
  }

  /** "…, Vasily Nebenzya, said" / "… Vasily Nebenzya said": the name ends an apposition or starts a clause. */
  private closesApposition(j: number): boolean {
    const key = this.key(j);
    return key === ',' || key === '.' || j >= this.sentenceEnd || this.actsAfter(j);
  }

  // ---- context -----------------------------------------------------------------------------------

  /** The words after a name make it a subject: "Moscow said", "Washington has repeatedly accused". */
  private actsAfter(j: number): boolean {
    let k = j;
    if (this.isPossessive(k)) return true;
    // "Washington and Moscow agreed": look past the coordinated name.
    if ((this.key(k) === 'and' || this.key(k) === 'or') && this.matchAt[k + 1])
      k = this.matchAt[k + 1]?.end ?? k;
    for (let steps = 0; k < this.sentenceEnd && steps < 4; steps++, k++) {
      const token = this.tokens[k];
      if (!token) return false;
      if (token.pos === 'VERB') return true;
      if (token.pos === 'AUX' || token.pos === 'ADV' || token.pos === 'PART') continue;
      return false;
    }
    return false;
  }

  /**
   * A capital as the one acted on or dealt with, or the one a reaction comes from: "warned Moscow", "talks with
   * Tehran", "sanctions on Beijing", "sharp criticism from Beijing" (but "flights from Beijing" is a place).
   */
  private isAddressed(k: number): boolean {
    const prev = this.key(k - 1);
    if (prev === 'from' && REACTION_NOUNS.has(this.key(k - 2))) return true;
    if (this.lex.placePrepositions.has(prev)) return false;
    if (prev === 'with' || prev === 'against' || prev === 'on' || prev === 'by') return true;
    return this.tokens[k - 1]?.pos === 'VERB' && k - 1 >= this.sentenceStart;
  }

  /** "Chad" the state, not "Chad Smith", "Michael Jordan", "Atlanta, Georgia" or "Washington state". */
  private isStateUse(match: PhraseMatch): boolean {
    const next = this.tokens[match.end];
    const nextNamed = !this.matchAt[match.end] || this.unitAt(match.end, false)?.entry.personish;
    if (next && this.capital(match.end) && next.pos === 'PROPN' && nextNamed) {
      if (!hasClass(this.classes, match.end, NOT_NAME)) return false;
    }
    const prev = this.tokens[match.start - 1];
    if (
      prev &&
      match.start - 1 >= this.sentenceStart &&
      prev.pos === 'PROPN' &&
      this.capital(match.start - 1) &&
      !hasClass(this.classes, match.start - 1, NOT_NAME) &&
      !this.coveredByMatch(match.start - 1)
    ) {
      return false;
    }
    if (this.lex.usPlaceWords.has(this.key(match.end))) return false;
    // "Atlanta, Georgia" names a place in a state; "Egypt, Jordan and Qatar" is a list of states
    if (
      this.key(match.start - 1) === ',' &&
      this.tokens[match.start - 2]?.pos === 'PROPN' &&
      !this.isStateNameEndingAt(match.start - 1)
    )
      return false;
    for (let k = this.sentenceStart; k < this.sentenceEnd; k++) {
      const key = this.key(k);
      if (this.lex.usPlaceWords.has(key) && key !== 'state' && key !== 'democratic') return false;
    }
    return true;
  }

  /** A state's own name (no capital, city or first name) ends right before token `end`: "Egypt" in "Egypt, Jordan". */
  private isStateNameEndingAt(end: number): boolean {
    for (let s = end - 1; s >= Math.max(this.sentenceStart, end - 6); s--) {
      const match = this.matchAt[s];
      if (!match || match.end !== end) continue;
      return match.entries.some(
        (e) =>
          e.role === 'actor' &&
          !e.capital &&
          !e.place &&
          !e.personish &&
          this.lex.actors.get(e.actor ?? '')?.type === 'state',
      );
    }
    return false;
  }

  private coveredByMatch(k: number): boolean {
    for (let s = k; s >= Math.max(this.sentenceStart, k - 6); s--) {
      const m = this.matchAt[s];
      if (m && m.end > k) return true;
    }
    return false;
  }

  /** A news outlet is a source ("according to Reuters", "Reuters reported"); it is an actor only when it acts. */
  private readOutlet(unit: Unit): number {
    const end = unit.match.end;
    const prev = this.key(unit.match.start - 1);
    const next = this.key(end);
    const sourceContext =
      this.lex.sourceVerbs.has(prev) ||
      prev === 'to' ||
      prev === 'with' ||
      prev === 'by' ||
      prev === '(' ||
      prev === 'in' ||
      prev === 'on' ||
      this.lex.sourceVerbs.has(next) ||
      this.isPossessive(end);
    const acts = this.actsAfter(end) || this.tokens[unit.match.start - 1]?.pos === 'VERB';
    if (sourceContext || !acts) return end;
    const outlet = this.push(
      newDraft(unit.match.start, end, unit.entry.actor ?? '', 'name', this.sentenceOf(unit.match.start)),
    );
    outlet.sector = 'MED';
    return end;
  }

  // ---- lexicon lookups ---------------------------------------------------------------------------

  /** The unit at token i: after an affiliation a phrase that is both a body and a name is a body. */
  private unitAt(i: number, afterAffiliation: boolean): Unit | undefined {
    const match = this.matchAt[i];
    if (!match) return undefined;
    // The steps ask about the same phrase several times: its units are worked out once.
    let units = match.units;
    if (!units) {
      units = unitsOf(match);
      match.units = units;
    }
    return afterAffiliation ? units.afterAffiliation : units.alone;
  }

  /** The end of a portfolio after "minister for|of" ("Interior", "Information and Broadcasting"), or k. */
  private portfolioEnd(k: number): number {
    let at = this.startsAs(k, DETERMINERS) ? k + 1 : k;
    let words = 0;
    while (at < this.sentenceEnd) {
      const key = this.key(at);
      if (this.capital(at) && PORTFOLIOS.has(key)) {
        at++;
        words++;
      } else if (words > 0 && (key === 'and' || key === '&') && PORTFOLIOS.has(this.key(at + 1))) {
        at++;
      } else {
        break;
      }
    }
    return words > 0 ? at : k;
  }

  /** "NAME is the …", "NAME was a …": a copular apposition. */
  private isCopula(j: number): boolean {
    const verb = this.key(j);
    return (verb === 'is' || verb === 'was') && this.startsAs(j + 1, DETERMINERS);
  }

  /** "UK-based", "Mogadishu-based": the name ends before a dash and "based". */
  private isBased(end: number): boolean {
    return this.key(end) === '-' && this.key(end + 1) === 'based';
  }

  private orgAt(i: number, named: boolean): OrgRun | null {
    if (!this.capital(i)) return null;
    this.orgContext.sentenceEnd = this.sentenceEnd;
    return readOrganisation(this.orgContext, i, named);
  }

  /** The organisation's id; its words are remembered so a later bare "Somali Public Agenda" is the same. */
  private orgId(org: OrgRun): string {
    const id = `org:${slugOf(this.textOf(org.start, org.nameEnd))}`;
    if (!org.state && org.nameEnd - org.start >= 2) {
      const words = this.keys.slice(org.start, org.nameEnd);
      const first = words[0] ?? '';
      const list = this.orgNames.get(first) ?? [];
      if (!list.some((known) => known.id === id))
        list.push({ words, id, ...(org.sector ? { sector: org.sector } : {}) });
      this.orgNames.set(first, list);
    }
    return id;
  }

  /** An organisation the article named before, by the same words. */
  private knownOrgAt(i: number): OrgRun | null {
    // most articles name no organisation the gazetteer lacks, or few: no look-up of the word then
    if (this.orgNames.size === 0) return null;
    const list = this.orgNames.get(this.key(i));
    if (!list) return null;
    for (const known of list) {
      const end = i + known.words.length;
      if (end > this.sentenceEnd) continue;
      if (known.words.every((w, k) => this.key(i + k) === w)) {
        return known.sector
          ? { start: i, end, nameEnd: end, sector: known.sector }
          : { start: i, end, nameEnd: end };
      }
    }
    return null;
  }

  /** A named organisation (or a state organ) the gazetteer does not hold. */
  private pushOrg(org: OrgRun): number {
    const draft = newDraft(
      org.start,
      org.nameEnd,
      org.state ?? this.orgId(org),
      org.state ? 'body' : 'name',
      this.sentenceOf(org.start),
    );
    draft.head = this.key(org.nameEnd - 1);
    if (org.sector) draft.sector = org.sector;
    this.push(draft);
    return org.end;
  }

  /** An international body followed by a state's post there: "U.N." in "British Deputy U.N. Ambassador". */
  private isPosting(unit: Unit): boolean {
    if (unit.kind !== 'aff' || this.typeOf(unit.entry) !== 'igo') return false;
    const next = this.unitAt(this.skipModifiers(unit.match.end, false), true);
    return next?.kind === 'body' && POSTED_HEADS.has(this.headKey(next.match));
  }

  /** "a U.N. ambassador" is a state's; "the UN mission in Mali" the UN's, "his U.N. mission" a state's. */
  private isPostedHead(head: string, start: number): boolean {
    if (!POSTED_HEADS.has(head)) return false;
    if (head !== 'mission' && head !== 'permanent mission' && head !== 'delegation') return true;
    const prev = this.key(start - 1);
    return prev === 'his' || prev === 'her' || prev === 'its' || prev === 'their';
  }

  private typeOf(entry: PhraseEntry): string | undefined {
    return this.lex.actors.get(entry.actor ?? '')?.type;
  }

  /** A new person with a state post and no state ("President Jane Doe"): the context will give the state. */
  private needsState(person: LearnedPerson, sector: Sector | undefined): boolean {
    return person.actor.startsWith('person:') && !!sector && STATE_POST_SECTORS.has(sector);
  }

  /** The Taliban are `org:taliban` before August 2021 and AFG after (the contract's rule). */
  private actorOf(entry: PhraseEntry): { actor: string; sector?: Sector } {
    const id = entry.actor ?? '';
    const governs = this.governing.get(id);
    if (governs && (this.date === null || this.date >= governs.from)) {
      return { actor: governs.state, sector: governs.sector };
    }
    return entry.sector ? { actor: id, sector: entry.sector } : { actor: id };
  }

  private resolveRecord(record: PersonRecord): { actor: string; sector: Sector } {
    const governs = this.governing.get(record.actor);
    if (governs && (this.date === null || this.date >= governs.from)) {
      return { actor: governs.state, sector: governs.sector };
    }
    return { actor: record.actor, sector: record.sector };
  }

  /** The office holder at the article's date; without a date, the one in office now (or last). */
  private pickRecord(records: readonly PersonRecord[]): PersonRecord | undefined {
    if (records.length <= 1) return records[0];
    const date = this.date;
    if (date) {
      const active = records.find((r) => r.from <= date && (r.to === null || date <= r.to));
      if (active) return active;
      const before = records.filter((r) => r.from <= date);
      if (before.length > 0) return before[before.length - 1];
      return records[0];
    }
    return records.find((r) => r.to === null) ?? records[records.length - 1];
  }

  private headKey(match: PhraseMatch): string {
    // most heads are one word: its key, with no array to join
    if (match.end - match.start === 1 && !hasClass(this.classes, match.start, HYPHEN))
      return this.key(match.start);
    const parts: string[] = [];
    for (let k = match.start; k < match.end; k++)
      if (!hasClass(this.classes, k, HYPHEN)) parts.push(this.key(k));
    return parts.join(' ');
  }

  // ---- small helpers -----------------------------------------------------------------------------

  private skipModifiers(k: number, determiners: boolean): number {
    let at = k;
    while (
      at < this.sentenceEnd &&
      !this.matchAt[at] &&
      this.starter(at) &&
      (MODIFIERS.has(this.key(at)) || (determiners && DETERMINERS.has(this.key(at))))
    ) {
      at++;
    }
    return at;
  }

  /** Whether the word at i is in `words`, one of the lists STARTERS joins: for most words the class says no. */
  private startsAs(i: number, words: ReadonlySet<string>): boolean {
    return this.starter(i) && words.has(this.key(i));
  }

  /** Token i starts with a capital letter. */
  private capital(i: number): boolean {
    return hasClass(this.classes, i, CAPITAL);
  }

  /** Token i is a determiner, modifier or honorific (STARTERS). */
  private starter(i: number): boolean {
    return hasClass(this.classes, i, STARTER);
  }

  private key(i: number): string {
    // index -1 is a property look-up for V8, not an element read (see hasClass)
    return i >= 0 ? (this.keys[i] ?? '') : '';
  }

  private keysOf(start: number, end: number): string {
    // joined as it goes: no list of the parts
    let keys = '';
    let first = true;
    for (let k = start; k < end; k++) {
      const key = this.key(k);
      if (key === '-' || hasClass(this.classes, k, PARTICLE)) continue;
      keys = first ? key : `${keys} ${key}`;
      first = false;
    }
    return keys;
  }

  private isPossessive(i: number): boolean {
    const key = this.key(i);
    return key === "'s" || key === "'";
  }

  private textOf(start: number, end: number): string {
    const first = this.tokens[start];
    const last = this.tokens[end - 1];
    return first && last ? this.doc.text.slice(first.start, last.end) : '';
  }

  private sentenceOf(i: number): number {
    return this.tokens[i]?.sentence ?? 0;
  }

  private push(draft: Draft): Draft {
    this.drafts.push(draft);
    return draft;
  }

  /** Apposition chunks are read before the name they describe; keep drafts in text order. */
  private insertBefore(draft: Draft): void {
    let at = this.drafts.length;
    while (at > 0 && (this.drafts[at - 1]?.start ?? 0) > draft.start) at--;
    this.drafts.splice(at, 0, draft);
  }
}

type Governs = NonNullable<ActorInfo['governs']>;

const governingByLexicon = new WeakMap<ActorLexicon, ReadonlyMap<string, Governs>>();

/**
 * The few actors that govern a state from a date (the Taliban), by id: asked about every affiliation, a map this
 * small stays in the processor's caches where the lexicon's map of all actors would not.
 */
function governingOf(lex: ActorLexicon): ReadonlyMap<string, Governs> {
  let governing = governingByLexicon.get(lex);
  if (!governing) {
    const found = new Map<string, Governs>();
    for (const [id, info] of lex.actors) if (info.governs) found.set(id, info.governs);
    governing = found;
    governingByLexicon.set(lex, governing);
  }
  return governing;
}

/** A list's last item; an empty list's is undefined, with no read at index -1 (a property look-up for V8). */
function lastOf<T>(list: readonly T[]): T | undefined {
  return list.length > 0 ? list[list.length - 1] : undefined;
}

/** What a phrase is, alone and after an affiliation, from the first entry of each role, in lexicon order. */
function unitsOf(match: PhraseMatch): PhraseUnits {
  let person: PhraseEntry | undefined;
  let body: PhraseEntry | undefined;
  let actor: PhraseEntry | undefined;
  let outlet: PhraseEntry | undefined;
  let blocker: PhraseEntry | undefined;
  for (const e of match.entries) {
    if (e.role === 'person') person ??= e;
    else if (e.role === 'body') body ??= e;
    else if (e.role === 'actor') actor ??= e;
    else if (e.role === 'outlet') outlet ??= e;
    else blocker ??= e;
  }
  let alone: Unit | undefined;
  if (person) alone = { kind: 'person', match, entry: person };
  else if (actor) alone = { kind: 'aff', match, entry: actor };
  else if (body) alone = { kind: 'body', match, entry: body };
  else if (outlet) alone = { kind: 'outlet', match, entry: outlet };
  else if (blocker) alone = { kind: 'blocker', match, entry: blocker };
  const afterAffiliation = !person && body ? { kind: 'body' as const, match, entry: body } : alone;
  return { alone, afterAffiliation };
}

function keyText(word: string): string {
  // Plain ASCII has no accents to take off: only the dots go.
  if (isAscii(word)) return word.includes('.') ? word.replace(/\./g, '') : word;
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\./g, '');
}

export function slugOf(name: string): string {
  const lower = name.toLowerCase();
  if (isAscii(lower)) return asciiSlugOf(lower);
  return keyText(lower)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `slugOf` for lower-case ASCII, in one pass: dots and apostrophes dropped, other runs of non-alphanumerics one dash. */
function asciiSlugOf(lower: string): string {
  let slug = '';
  let dash = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 46 || c === 39) continue;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (dash && slug !== '') slug += '-';
      dash = false;
      slug += lower[i];
    } else {
      dash = true;
    }
  }
  return slug;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
