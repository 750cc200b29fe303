// Drafts in text order + tokens -> the same drafts with pronouns and definite descriptions resolved to an
// antecedent ("the bloc" -> EU, "he" -> the last person named); unresolvable descriptions are left out.
import type { ActorType, Sector } from '../../model/actor.js';
import type { TextDoc } from '../../model/doc.js';
import { type ActorLexicon, type DescriptionRule, stateOfPlace } from '../../model/lexicons/actors.js';
import { ADDRESSING_VERBS } from '../../model/speech.js';
import type { Sentence } from '../../model/text.js';
import { isCapitalised } from '../../model/word-shape.js';
import { type Draft, newDraft, redraft } from './draft.js';
import {
  DESCRIPTION_WORD,
  HYPHEN,
  hasClass,
  QUOTE_MARK,
  REFERENCE,
  type TokenClasses,
} from './word-classes.js';

const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);
const GROUP_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const THING_PRONOUNS = new Set(['it', 'its', 'itself']);
const PRONOUNS = new Set([...PERSON_PRONOUNS, ...GROUP_PRONOUNS, ...THING_PRONOUNS]);
/** Only "the" and pronouns start a reference. */
export const REFERENCE_STARTS = new Set(['the', ...PRONOUNS]);
/** "It is unclear", "it was not immediately known": an expletive "it" refers to nothing. */
const EXPLETIVE_AFTER = new Set([
  'is',
  "'s",
  'was',
  'seems',
  'seemed',
  'appears',
  'appeared',
  'remains',
  'remained',
  'would',
  'could',
  'might',
  'may',
  'has',
  'had',
  'will',
  'takes',
  'took',
  'means',
  'meant',
]);
/** Words before "it" that make it the subject of reported speech: "said it was", "warned that it had". */
const REPORTING_BEFORE = new Set([
  'said',
  'says',
  'added',
  'warned',
  'stated',
  'insisted',
  'announced',
  'claimed',
  'argued',
  'noted',
  'confirmed',
  'denied',
  'that',
]);
/** Sectors whose unnamed bodies ("officials said", "troops fired") belong to the state in focus. */
const STATE_SECTORS = new Set<Sector>(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY']);
const PRONOUN_WINDOW = 2;
const DESCRIPTION_WINDOW = 4;

export function resolveReferences(
  doc: TextDoc,
  classes: TokenClasses,
  drafts: readonly Draft[],
  lex: ActorLexicon,
): { resolved: Draft[]; headings: readonly (Draft | undefined)[] } {
  const { keys } = classes;
  const out: Draft[] = [];
  // The searches below ask the type of the same few actors again and again: each is looked up in the lexicon's
  // large map once per article, then in a map of the article's own actors.
  const types = new Map<string, ActorType | 'person'>();
  const typeOf = (actor: string): ActorType | 'person' => {
    let type = types.get(actor);
    if (type === undefined) {
      type = actor.startsWith('person:') ? 'person' : (lex.actors.get(actor)?.type ?? 'org');
      types.set(actor, type);
    }
    return type;
  };
  const headings = findHeadings(doc, drafts, typeOf);
  const dateline = addDatelineHeading(doc, lex, headings);
  // What "he" and "she" taught about the people they referred to: "Ana Ruiz … She said" -> Ana Ruiz is "she".
  const genders = new Map<Draft | string, Gender>();
  // what each kind of pronoun may refer to, made at the article's first pronoun
  let pronounTests: PronounTests | undefined;
  // A speaker's state never comes from the words they are quoted saying.
  let quoted: number[] | undefined;
  const spoken = (h: Draft) => {
    quoted ??= markQuoted(doc, classes.classes);
    return !isQuoted(quoted, h.start);
  };
  // Each round-up heading's section of `out`, kept as `out` grows (sectionHistory).
  const sections = new Map<Draft, SectionHistory>();
  // People named with a state post and no state, once the context gave them one: person id -> state.
  const stateOf = new Map<string, Draft>();
  const place = (draft: Draft, index: number): Draft => {
    if (!draft.actor.startsWith('person:')) return draft;
    const known = stateOf.get(draft.actor);
    if (known) return redraft(draft, known.actor);
    if (!draft.needsState) {
      // "A ministry spokesman, Nguyen Van Duc, said": a name set beside a title whose body is known speaks for it
      const title = findApposed(draft, out, keys);
      if (title?.bodyRole !== 'title' || title.person) return draft;
      stateOf.set(draft.actor, title);
      return redraft(draft, title.actor);
    }
    const state =
      findApposed(draft, out, keys) ??
      findSameBody(draft, out) ??
      headings[draft.sentence] ??
      findNamedStateBefore(draft, out, typeOf, spoken) ??
      findSubjectBefore(draft, out, typeOf, spoken) ??
      findStateAhead(draft, drafts, index, typeOf, spoken);
    if (!state) return draft;
    stateOf.set(draft.actor, state);
    return redraft(draft, state.actor);
  };
  // A body or description with no actor of its own: the sayer's, else its antecedent in its section, unless
  // that would make an actor act on itself.
  const resolveBody = (draft: Draft): Draft | null => {
    const resolved =
      findSayersBody(draft, keys, doc, out, lex, typeOf) ??
      resolveDescription(
        draft,
        sectionHistory(out, headings, draft.sentence, sections),
        lex,
        typeOf,
        headingFor(draft, headings, doc, out),
      );
    return resolved && !actsOnItself(resolved, out, headings, doc) ? resolved : null;
  };
  let d = 0;
  // the sentence of token t, followed as t moves on (t only grows): no token is read for it
  let s = 0;
  for (let t = 0; t < doc.tokens.length; t++) {
    const draft = drafts[d];
    if (draft && draft.start === t) {
      d++;
      const owner = ownerNamedBefore(draft, doc, out, typeOf);
      if (owner && (!draft.actor || draft.actor.startsWith('person:'))) {
        const owned = redraft(draft, owner.actor, draft.actor ? draft.kind : 'description');
        if (!draft.actor) owned.antecedent = owner.antecedent ?? owner;
        owned.start = draft.start - 1;
        out.push(owned);
      } else if (draft.actor) {
        const focus = headings[draft.sentence]?.actor ?? dateline;
        out.push(place(focus ? ownBody(draft, keys, lex, focus) : draft, d));
      } else if (ownedByUnknown(draft, doc, out) || isAdjectiveUse(draft, doc) || isGenericBody(draft, doc)) {
        // "Central Asian ministers", "Western diplomats": someone named owns them, but no actor we know;
        // "a general strike": a title's word used as an adjective
      } else {
        const resolved = resolveBody(draft);
        if (resolved) out.push(resolved);
      }
      // Skip the tokens the draft covers, and any draft nested in it.
      t = draft.end - 1;
      while ((drafts[d]?.start ?? Number.POSITIVE_INFINITY) < draft.end) {
        const inner = drafts[d];
        d++;
        if (inner?.actor) out.push(place(inner, d));
      }
      continue;
    }
    // "Council members condemned …": a capitalised description before "members", with no article (the class
    // first: comparing the next key reads a string, a likely cache miss, for every token)
    if (
      hasClass(classes.classes, t, DESCRIPTION_WORD) &&
      keys[t + 1] === 'members' &&
      isBareDescription(t, classes, doc, lex)
    ) {
      const description = newDraft(t, t + 1, '', 'description', doc.tokens[t]?.sentence ?? 0);
      description.head = keys[t] ?? '';
      const resolved = resolveBody(description);
      if (resolved) out.push(resolved);
      continue;
    }
    // Only "the" and pronouns start a reference: look at nothing else.
    if (!hasClass(classes.classes, t, REFERENCE)) continue;
    const key = keys[t] ?? '';
    while (s + 1 < doc.sentences.length && (doc.sentences[s] as Sentence).tokenEnd <= t) s++;
    const sentence = s;
    if (key === 'the') {
      const nextDraft = drafts[d]?.start ?? doc.tokens.length;
      const description =
        readDescription(t, classes, nextDraft, sentence, lex) ??
        readModifiedDescription(t, classes, doc, nextDraft, lex);
      // "the official results": a one-word description tagged as an adjective before a noun is no reference
      const adjective =
        description !== null &&
        description.end === description.start + 1 &&
        doc.tokens[t + 1]?.pos === 'ADJ' &&
        doc.tokens[t + 2]?.pos === 'NOUN' &&
        doc.tokens[t + 2]?.sentence === sentence;
      if (description && !adjective) {
        const resolved = resolveBody(description);
        if (resolved) out.push(resolved);
        t = description.end - 1;
      }
      continue;
    }
    pronounTests ??= pronounTestsOf(keys, typeOf, genders);
    const pronoun = resolvePronoun(t, sentence, key, keys, doc, out, pronounTests, genders);
    if (pronoun) out.push(pronoun);
  }
  return { resolved: out, headings };
}

/** A capitalised one-word description of an organisation, with no determiner before it ("Council members"). */
function isBareDescription(
  t: number,
  { keys, classes }: TokenClasses,
  doc: TextDoc,
  lex: ActorLexicon,
): boolean {
  if (!hasClass(classes, t, DESCRIPTION_WORD)) return false;
  const token = doc.tokens[t];
  if (!token || !isCapitalised(token.text) || doc.tokens[t - 1]?.pos === 'DET') return false;
  const rule = lex.descriptions.get(keys[t] ?? '');
  return rule !== undefined && !rule.person && !rule.types.includes('state');
}

/** "the bloc", "the alliance", "the organisation": a description the body list does not hold. */
function readDescription(
  t: number,
  { keys, classes }: TokenClasses,
  nextDraft: number,
  sentence: number,
  lex: ActorLexicon,
): Draft | null {
  // "the" is the commonest word: build no strings unless the next word can start a description.
  if (t + 2 <= nextDraft && !hasClass(classes, t + 1, DESCRIPTION_WORD)) return null;
  const first = keys[t + 1] ?? '';
  // the head of two words first ("the foreign ministry"), then of one ("the ministry")
  if (t + 3 <= nextDraft) {
    const head = `${first} ${keys[t + 2] ?? ''}`;
    if (lex.descriptions.has(head)) return newDescription(t + 1, t + 3, head, sentence);
  }
  if (t + 2 <= nextDraft && lex.descriptions.has(first)) return newDescription(t + 1, t + 2, first, sentence);
  return null;
}

function newDescription(start: number, end: number, head: string, sentence: number): Draft {
  const description = newDraft(start, end, '', 'description', sentence);
  description.head = head;
  return description;
}

const DESCRIPTION_MODIFIERS = 3;

/**
 * "the regional bloc", "the 15-member bloc", "the Western alliance", "the UN-backed body": modifiers
 * before a one-word description of an organisation (never of a state: "the regional government" is
 * another one).
 */
function readModifiedDescription(
  t: number,
  { keys, classes }: TokenClasses,
  doc: TextDoc,
  nextDraft: number,
  lex: ActorLexicon,
): Draft | null {
  let k = t + 1;
  while (k < nextDraft && k - t <= DESCRIPTION_MODIFIERS + 2) {
    const token = doc.tokens[k];
    if (!token) break;
    // "27-nation": the words a hyphen joins are one modifier
    const joined = hasClass(classes, k, HYPHEN) || hasClass(classes, k - 1, HYPHEN);
    if (!joined && token.pos !== 'ADJ' && token.pos !== 'NUM' && token.pos !== 'PROPN') break;
    k++;
  }
  if (k === t + 1 || k >= nextDraft) return null;
  const head = keys[k] ?? '';
  const rule = lex.descriptions.get(head);
  if (!rule || rule.person || rule.types.includes('state')) return null;
  const description = newDraft(t + 1, k + 1, '', 'description', doc.tokens[t]?.sentence ?? 0);
  description.head = head;
  return description;
}

/**
 * The round-up heading that speaks through a description, unless the description is what someone acts on:
 * under "Germany", "the foreign office said" is Germany's, but in "urged the government to" or "called on
 * security forces" the government and the forces are the story's, not Germany's.
 */
function headingFor(
  draft: Draft,
  headings: readonly (Draft | undefined)[],
  doc: TextDoc,
  history: readonly Draft[],
): Draft | undefined {
  const heading = headings[draft.sentence];
  if (!heading) return undefined;
  const at = indexBefore(draft, doc);
  const before = doc.tokens[at];
  // "the chairperson of the commission" is the heading's; "in the courts", "on security forces" are not, nor is
  // what an act is done to ("called for the release of the president": the one named before, not the heading's)
  const owned = before?.lower === 'of' && history[history.length - 1]?.end === at;
  const acted =
    !!before && (before.pos === 'VERB' || (before.pos === 'ADP' && (before.lower !== 'of' || !owned)));
  return acted ? undefined : heading;
}

const SEIZED_POWER = new Set(['junta', 'military junta', 'military rulers', 'coup leaders', 'putschists']);
const OF_MANY_STATES = new Set([
  'world',
  'global',
  'international',
  'regional',
  'neighbouring',
  'neighboring',
]);
const AGAINST_THE_STATE = new Set([
  'rebel',
  'rebels',
  'opposition',
  'insurgent',
  'militant',
  'separatist',
  'jihadist',
  'guerrilla',
  'guerilla',
  'paramilitary',
  'mutinous',
  'breakaway',
]);

/**
 * A bare body or group right after a capitalised word that is no actor: "Central Asian ministers", "Western
 * diplomats", "Arab ministers". The words name an owner the gazetteer does not know (a region, a bloc of
 * states), so the body is not the state in focus. A capital at the start of the sentence tells nothing.
 * Nor is a body the state's when it is against the state: "rebel forces", "opposition lawmakers".
 */
function ownedByUnknown(draft: Draft, doc: TextDoc, history: readonly Draft[]): boolean {
  // "Diplomats said no statement was agreed", "Western diplomats at the United Nations said": unnamed diplomats
  // are of many states, not the one in focus
  const before = draft.start > 0 ? doc.tokens[draft.start - 1] : undefined;
  if (draft.head === 'diplomats' || draft.head === 'envoys') {
    const determiner = before?.lower;
    const bare = determiner !== 'the' && determiner !== 'these' && determiner !== 'those';
    const link = doc.tokens[draft.start + 1]?.lower;
    const alone = draft.end - draft.start === 1 || link === 'at' || link === 'to';
    if (bare && alone) return true;
  }
  if (!before || before.sentence !== draft.sentence) return false;
  // "the junta": the rulers of whichever state had the coup, which the last state named need not be
  // and so are its spokesman and its leader: "the junta's spokesman"
  if (SEIZED_POWER.has(draft.head ?? '') || SEIZED_POWER.has(draft.bodyHead ?? '')) return true;
  // "rebel forces", "opposition lawmakers", "separatist fighters": not the state's own
  if (AGAINST_THE_STATE.has(before.lower) || AGAINST_THE_STATE.has(doc.tokens[draft.start]?.lower ?? ''))
    return true;
  // "world leaders", "international donors", "regional governments": of many states, not the one in focus
  if (OF_MANY_STATES.has(before.lower)) return true;
  const sentenceStart = doc.sentences[draft.sentence]?.tokenStart ?? 0;
  if (draft.start - 1 === sentenceStart) return false;
  if (!startsWithUpper(before.text) || (before.pos !== 'ADJ' && before.pos !== 'PROPN')) return false;
  const last = history[history.length - 1];
  return !(last && last.end === draft.start);
}

/** `/^\p{Lu}/u`: the word starts with an upper-case letter (ASCII read without the expression). */
function startsWithUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

/** `/^\p{Lu}\p{Ll}+$/u`: a capital, then lower-case letters only ("Commission"); ASCII read without the expression. */
function isTitleWord(text: string): boolean {
  if (text.length < 2) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return /^\p{Lu}\p{Ll}+$/u.test(text);
    if (k === 0 ? c < 65 || c > 90 : c < 97 || c > 122) return false;
  }
  return true;
}

/**
 * "The European Commission said … A Commission spokesperson said", "the Security Council … Council
 * diplomats": a lone capitalised word before a body or title that is a word of an organisation named
 * earlier in the article names that organisation as the owner.
 */
function ownerNamedBefore(
  draft: Draft,
  doc: TextDoc,
  history: readonly Draft[],
  typeOf: (actor: string) => ActorType | 'person',
): Draft | undefined {
  if (draft.bodyRole === undefined && draft.kind !== 'person') return undefined;
  const before = doc.tokens[draft.start - 1];
  if (!before || before.sentence !== draft.sentence || before.pos !== 'PROPN') return undefined;
  if (!isTitleWord(before.text)) return undefined;
  // "the Electoral Commission spokesman": a longer name of its own, not the one named before
  const earlier = doc.tokens[draft.start - 2];
  if (earlier?.sentence === draft.sentence && earlier.pos === 'PROPN') return undefined;
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k] as Draft;
    if (h.end - h.start < 2 || h.sentence >= draft.sentence || !hasWord(doc, h, before.text)) continue;
    const type = typeOf(h.actor);
    if (type === 'igo' || type === 'org') return h;
  }
  return undefined;
}

/** Whether one of the draft's words is written `text`. */
function hasWord(doc: TextDoc, draft: Draft, text: string): boolean {
  for (let t = draft.start; t < draft.end; t++) if (doc.tokens[t]?.text === text) return true;
  return false;
}

/**
 * "return power to a civilian government", "unconstitutional changes of government": a body named with
 * "a" or, for a government, with no determiner after "of", is a kind of body, not one named before.
 */
function isGenericBody(draft: Draft, doc: TextDoc): boolean {
  if (draft.bodyRole !== 'body') return false;
  const before = doc.tokens[draft.start - 1];
  if (!before || before.sentence !== draft.sentence) return false;
  if (before.lower === 'a' || before.lower === 'an') return true;
  return before.lower === 'of' && draft.head === 'government' && draft.end - draft.start === 1;
}

/** A one-word title tagged as an adjective before a common noun: "a general strike", "the chief concern". */
function isAdjectiveUse(draft: Draft, doc: TextDoc): boolean {
  if (draft.end - draft.start !== 1 || draft.bodyRole !== 'title') return false;
  const token = doc.tokens[draft.start];
  const next = doc.tokens[draft.end];
  return token?.pos === 'ADJ' && next?.pos === 'NOUN' && next.sentence === token.sentence;
}

/** The word before a draft in its sentence, past determiners and possessives ("urged [the] government"). */
function wordBefore(draft: Draft, doc: TextDoc): TextDoc['tokens'][number] | undefined {
  return doc.tokens[indexBefore(draft, doc)];
}

/** The index of the word before a draft past its determiners and pronouns, or -1 outside its sentence. */
function indexBefore(draft: Draft, doc: TextDoc): number {
  let k = draft.start - 1;
  while (k >= 0 && (doc.tokens[k]?.pos === 'DET' || doc.tokens[k]?.pos === 'PRON')) k--;
  return doc.tokens[k]?.sentence === draft.sentence ? k : -1;
}

/** A description right after a verb or a preposition: what the sentence acts on ("urged the government to"). */
function isObject(draft: Draft, doc: TextDoc): boolean {
  const before = wordBefore(draft, doc);
  if (!before) return false;
  // "said the bloc would respond": the subject of a reported clause, not an object
  const after = doc.tokens[draft.end];
  if (after?.sentence === draft.sentence && (after.pos === 'AUX' || after.pos === 'VERB')) return false;
  return before.pos === 'VERB' || (before.pos === 'ADP' && OBJECT_PREPOSITIONS.has(before.lower));
}

/** Prepositions that introduce what an act is aimed at ("called on", "appealed to"), not "of" or "in". */
const OBJECT_PREPOSITIONS = new Set(['on', 'upon', 'to', 'against', 'at', 'toward', 'towards']);

/**
 * A description that would make an actor act on itself: "The State Department said Washington was troubled
 * and urged the government to …" is the story's government, not the United States' own. Under a round-up's
 * heading, no object is the heading's actor; elsewhere, not the same actor and sector as a mention before it
 * in the sentence ("the Iraqi government urged the parliament" keeps Iraq's parliament). Left unresolved.
 */
function actsOnItself(
  resolved: Draft,
  history: readonly Draft[],
  headings: readonly (Draft | undefined)[],
  doc: TextDoc,
): boolean {
  if (resolved.person || !isObject(resolved, doc)) return false;
  if (headings[resolved.sentence]?.actor === resolved.actor) return true;
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k];
    if (!h || h.sentence !== resolved.sentence) break;
    if (h.actor === resolved.actor && (h.sector ?? 'GOV') === (resolved.sector ?? 'GOV')) return true;
  }
  return false;
}

/** What a description may refer to: the rule for its whole head ("foreign ministry"), else for its last word. */
function ruleOf(lex: ActorLexicon, head: string): DescriptionRule | undefined {
  return lex.descriptions.get(head) ?? lex.descriptions.get(head.slice(head.lastIndexOf(' ') + 1));
}

/** Heads that name the governments of several states: without their states named they are no state's. */
const SEVERAL_STATES: ReadonlySet<string> = new Set(['governments', 'administrations', 'regimes']);

function resolveDescription(
  draft: Draft,
  history: readonly Draft[],
  lex: ActorLexicon,
  typeOf: (actor: string) => ActorType | 'person',
  heading: Draft | undefined,
): Draft | null {
  const head = draft.head ?? '';
  const rule = ruleOf(lex, head);
  // "Russia to withdraw its forces": the body belongs to the possessive's referent.
  const before = history[history.length - 1];
  const owner = before?.kind === 'pronoun' && before.end === draft.start ? before.antecedent : undefined;
  // "The Philippine coast guard said … Coast guard spokesperson …": the institution named before.
  let antecedent = owner ?? findSameBody(draft, history);
  // A round-up's "France" heading: its paragraphs' "the ministry", "the government" are France's.
  const fitsHeading =
    heading &&
    (rule
      ? rule.types.includes(typeOf(heading.actor) as ActorType)
      : !!draft.sector && STATE_SECTORS.has(draft.sector));
  if (!antecedent && heading && fitsHeading) {
    antecedent =
      findBack(history, heading.sentence, (h) => !h.person && !!h.head && h.head === head) ?? heading;
  }
  if (!antecedent && rule) {
    antecedent = findForRule(rule, head, draft.sentence, history, typeOf);
  } else if (!antecedent) {
    // "G7 foreign ministers … the foreign ministers said": the body named before with the same head.
    const last = head.slice(head.lastIndexOf(' ') + 1);
    antecedent = findBack(
      history,
      draft.sentence - DESCRIPTION_WINDOW,
      (h) =>
        draft.sentence - h.sentence <= DESCRIPTION_WINDOW &&
        !!h.head &&
        !h.person &&
        (h.head === head || h.head.endsWith(` ${last}`) || h.head === last),
    );
    // "mediate between the two governments": the governments of several states are not the one in focus
    if (!antecedent && draft.sector && STATE_SECTORS.has(draft.sector) && !SEVERAL_STATES.has(last)) {
      antecedent = findStateInFocus(draft.sentence, history, typeOf);
    }
  }
  if (!antecedent && rule?.fallback) {
    const fallback = redraft(draft, rule.fallback, 'description');
    if (rule.sector) fallback.sector = rule.sector;
    return fallback;
  }
  if (!antecedent) return null;
  const base = antecedent.antecedent ?? antecedent;
  // "Donald Trump spoke. The judge ruled …": a role takes the state in focus but is not another person.
  const otherPerson = !!base.person && !(rule?.person && (base.head ?? '').includes(head));
  const resolved = redraft(draft, antecedent.actor, 'description');
  if (!otherPerson) resolved.antecedent = base;
  const sector = draft.sector ?? rule?.sector ?? antecedent.sector;
  if (sector) resolved.sector = sector;
  if (rule?.person && antecedent.person && antecedent.kind !== 'description' && !otherPerson)
    resolved.person = antecedent.person;
  return resolved;
}

/**
 * "Venezuela's foreign minister said the government regretted …": a state's body named right after a reporting
 * verb is the sayer's own, whatever state the article was about before. Not "said the government in Kabul"
 * (another's, named by what follows) nor "said the minister" (a person other than the sayer).
 */
function findSayersBody(
  draft: Draft,
  keys: readonly string[],
  doc: TextDoc,
  history: readonly Draft[],
  lex: ActorLexicon,
  typeOf: (actor: string) => ActorType | 'person',
): Draft | null {
  const rule = ruleOf(lex, draft.head ?? '');
  if (!rule || rule.person || !rule.types.includes('state') || rule.ids.length > 0) return null;
  if (QUALIFIERS.has(keys[draft.end] ?? '')) return null;
  // findSpeaker reads from the word the description follows: "said the government" (draft.start is after "the")
  const sayer = findSpeaker(draft.start - 1, keys, doc, history, (h) => typeOf(h.actor) === 'state');
  if (!sayer) return null;
  const resolved = redraft(draft, sayer.actor, 'description');
  resolved.antecedent = sayer.antecedent ?? sayer;
  const sector = draft.sector ?? rule.sector;
  if (sector) resolved.sector = sector;
  return resolved;
}

/** Words after a description that name whose it is: "the government in Kabul", "the army of Chad". */
const QUALIFIERS = new Set(['in', 'of', 'at', 'from']);

function findForRule(
  rule: DescriptionRule,
  head: string,
  sentence: number,
  history: readonly Draft[],
  typeOf: (actor: string) => ActorType | 'person',
): Draft | undefined {
  const fits = (h: Draft) => {
    const type = typeOf(h.actor);
    if (type === 'person') return false;
    if (!rule.types.includes(type)) return false;
    return rule.ids.length === 0 || rule.ids.includes(h.actor) || type !== 'igo';
  };
  const recent = (h: Draft) => sentence - h.sentence <= DESCRIPTION_WINDOW;
  const floor = sentence - DESCRIPTION_WINDOW;
  if (rule.person) {
    // "the minister" -> the last person with that post, named or not ("Ethiopia's foreign minister"); else the
    // last person of a fitting actor.
    const sameHead = findBack(
      history,
      floor,
      (h) => recent(h) && (!!h.person || h.bodyRole === 'title') && (h.head ?? '').includes(head) && fits(h),
    );
    if (sameHead) return sameHead;
    const person = findBack(history, floor, (h) => recent(h) && h.kind === 'person' && fits(h));
    if (person) return findOpenerAfter(history, person.sentence, fits) ?? person;
  }
  // "the ministry" -> the last ministry; "the bloc" -> the last bloc among the rule's ids.
  const sameHead = findBack(
    history,
    floor,
    (h) => recent(h) && !h.person && (h.head ?? '') === head && fits(h),
  );
  if (sameHead) return sameHead;
  if (rule.ids.length > 0) {
    const preferred = findBack(history, floor, (h) => recent(h) && rule.ids.includes(h.actor));
    if (preferred) return preferred;
    if (rule.types.every((t) => t === 'igo')) return undefined;
  }
  // "Peru recalled its envoy to Ecuador. The foreign ministry said …": the subject of the last sentence that
  // names a fitting actor, not its last one (in the sentence itself, the last one before)
  const last = findBack(history, floor, (h) => recent(h) && !h.person && fits(h));
  if (!last || last.sentence === sentence) return last;
  return findFirstOfLastSentence(history, floor, (h) => recent(h) && !h.person && fits(h));
}

/**
 * "Minister Ana Ruiz spoke first. Chile's army declined to comment. A spokesman said …": an actor that opened a
 * sentence after the last person named is whom the unnamed spokesman or official speaks for.
 */
function findOpenerAfter(
  history: readonly Draft[],
  sentence: number,
  fits: (h: Draft) => boolean,
): Draft | undefined {
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k] as Draft;
    if (h.sentence <= sentence) return undefined;
    if (k > 0 && history[k - 1]?.sentence === h.sentence) continue;
    if (!h.person && fits(h)) return h;
  }
  return undefined;
}

/** "Officials said", "the foreign ministry said": the state the last sentences talk about. */
function findStateInFocus(
  sentence: number,
  history: readonly Draft[],
  typeOf: (actor: string) => ActorType | 'person',
): Draft | undefined {
  return findBack(history, sentence - PRONOUN_WINDOW, (h) => typeOf(h.actor) === 'state');
}

/**
 * The stretches of tokens inside quotation marks ("…", “…”), counted afresh in each paragraph: [from, to) pairs in
 * text order, in one flat list (`isQuoted` reads it), where a flag per token would make a list as long as the text.
 */
function markQuoted(doc: TextDoc, classes: readonly number[]): number[] {
  const stretches: number[] = [];
  let open = false;
  let paragraph = -1;
  for (const sentence of doc.sentences) {
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      open = false;
    }
    let from = sentence.tokenStart;
    for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
      // Only at a quotation mark is the token itself read.
      if (!hasClass(classes, t, QUOTE_MARK)) continue;
      const text = doc.tokens[t]?.text ?? '';
      const opens: boolean = text === '“' || (text === '"' && !open);
      if (!opens && text !== '”' && text !== '"') continue;
      // the words since the last mark, and not the mark itself
      if (open && t > from) stretches.push(from, t);
      open = opens;
      from = t + 1;
    }
    if (open && sentence.tokenEnd > from) stretches.push(from, sentence.tokenEnd);
  }
  return stretches;
}

/** Whether token t is inside one of the stretches `markQuoted` found (a binary search of their starts). */
function isQuoted(stretches: readonly number[], t: number): boolean {
  let low = 0;
  let high = stretches.length / 2;
  // the first stretch that starts after t
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((stretches[2 * middle] as number) <= t) low = middle + 1;
    else high = middle;
  }
  return low > 0 && t < (stretches[2 * low - 1] as number);
}

/**
 * Round-ups list reactions under actor headings: "France" alone in its paragraph, then paragraphs that
 * never name France again. Returns, per sentence, the heading whose section holds it.
 */
function findHeadings(
  doc: TextDoc,
  drafts: readonly Draft[],
  typeOf: (actor: string) => ActorType | 'person',
): (Draft | undefined)[] {
  const out: (Draft | undefined)[] = new Array(doc.sentences.length);
  const alone = (index: number) => {
    const paragraph = doc.sentences[index]?.paragraph;
    // no read at index -1 (a property look-up for V8, not an element read)
    const before = index > 0 ? doc.sentences[index - 1]?.paragraph : undefined;
    return before !== paragraph && doc.sentences[index + 1]?.paragraph !== paragraph;
  };
  // only the one-sentence paragraphs' drafts are asked for below: per such sentence, its one draft, or null when
  // it has several
  const onlyDraft: (Draft | null | undefined)[] = new Array(doc.sentences.length);
  let found = false;
  for (const draft of drafts) {
    if (!alone(draft.sentence)) continue;
    onlyDraft[draft.sentence] = onlyDraft[draft.sentence] === undefined ? draft : null;
    found = true;
  }
  // Most articles have no one-sentence paragraph that is only a name: nothing to do.
  if (!found) return out;
  let current: Draft | undefined;
  doc.sentences.forEach((sentence, index) => {
    const only = onlyDraft[index] ?? undefined;
    if (alone(index) && only?.actor && typeOf(only.actor) !== 'person' && coversWords(doc, sentence, only)) {
      current = only;
      return;
    }
    out[index] = current;
  });
  return out;
}

// Datelines of cities that host international organisations: "GENEVA (AP) — Officials said" are rarely Swiss.
const HOST_CITIES = new Set([
  'geneva',
  'new york',
  'united nations',
  'brussels',
  'vienna',
  'the hague',
  'strasbourg',
]);

/**
 * "NAIROBI, Kenya (AP) — Officials said the government had recalled its ambassador": in the paragraph after a
 * dateline, unnamed officials and bodies are the dateline state's, as under a round-up's heading. Only a
 * place the gazetteer gives a state, and not a city that hosts international organisations.
 */
/**
 * "Congress" in an article datelined in Lima or under the heading "Peru" is Peru's: a body name that several
 * states' bodies share is the state's in focus when it is one of them, its listed state's otherwise.
 */
function ownBody(draft: Draft, keys: readonly string[], lex: ActorLexicon, focus: string): Draft {
  if (draft.kind !== 'body' || focus === draft.actor || lex.sharedBodies.size === 0) return draft;
  const states = lex.sharedBodies.get(keys.slice(draft.start, draft.end).join(' '));
  return states?.has(focus) ? redraft(draft, focus) : draft;
}

/**
 * A dateline's state ("LIMA, March 2 (Wire) -") is the first paragraph's heading, as a round-up heading is for
 * its section; returned, as the state the article is set in, or undefined.
 */
function addDatelineHeading(
  doc: TextDoc,
  lex: ActorLexicon,
  headings: (Draft | undefined)[],
): string | undefined {
  const body = doc.paragraphs.findIndex((p) => p.kind === 'body');
  // (no read at index -1 or -2: a property look-up for V8, not an element read)
  const dateline = body > 0 ? doc.paragraphs[body - 1] : undefined;
  const first = doc.paragraphs[body];
  if (!dateline || !first || (dateline.kind !== 'meta' && dateline.kind !== 'heading')) return undefined;
  const line = doc.text.slice(dateline.start, dateline.end);
  const place = /^[^,(—–-]+/.exec(line)?.[0].trim() ?? '';
  // a line of its own is a dateline only in a dateline's capitals, with more after them ("LIMA, March 2
  // (Wire)"); a heading must look like one
  const ownLine = doc.text.slice(dateline.end, first.start).includes('\n');
  const capitals = place === place.toUpperCase() && /\p{Lu}/u.test(place) && line.length > place.length;
  if ((ownLine || dateline.kind === 'heading') && !capitals) return undefined;
  if (place.includes('/') || HOST_CITIES.has(place.toLowerCase())) return undefined;
  const state = stateOfPlace(lex, place);
  if (!state) return undefined;
  const heading = newDraft(-1, -1, state, 'metonym', -1);
  doc.sentences.forEach((sentence, index) => {
    if (sentence.paragraph === body) headings[index] ??= heading;
  });
  return state;
}

/**
 * What a description under a round-up heading may refer back to: its own section and the lead before the
 * first heading, not another heading's section ("Portugal … Economic Community of West African States:
 * The bloc suspended the country" is not Portugal).
 */
function sectionHistory(
  history: readonly Draft[],
  headings: readonly (Draft | undefined)[],
  sentence: number,
  sections: Map<Draft, SectionHistory>,
): readonly Draft[] {
  const current = headings[sentence];
  if (!current || current.sentence < 0) return history;
  // the history only grows: each heading's section takes the drafts added since it was last asked for
  let section = sections.get(current);
  if (!section) {
    section = { drafts: [], read: 0 };
    sections.set(current, section);
  }
  for (; section.read < history.length; section.read++) {
    const h = history[section.read] as Draft;
    if (inSection(h, current, headings)) section.drafts.push(h);
  }
  return section.drafts;
}

/** A heading's drafts so far, and how many drafts of the history were read for it. */
interface SectionHistory {
  drafts: Draft[];
  read: number;
}

function inSection(h: Draft, current: Draft, headings: readonly (Draft | undefined)[]): boolean {
  if (h.sentence === current.sentence) return true;
  const section = headings[h.sentence];
  if (section) return section === current;
  // the lead, but not another heading's own line
  return headings[h.sentence + 1]?.sentence !== h.sentence;
}

/** The draft covers every word of the sentence ("France", "United States:"). */
function coversWords(doc: TextDoc, sentence: TextDoc['sentences'][number], draft: Draft): boolean {
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const token = doc.tokens[t];
    if (token && token.pos !== 'PUNCT' && (t < draft.start || t >= draft.end)) return false;
  }
  return true;
}

/** "The Swedish commander in Mali, General Anna Berg, …": the title phrase just before the comma. */
function findApposed(draft: Draft, history: readonly Draft[], keys: readonly string[]): Draft | undefined {
  let before = history[history.length - 1];
  if (!before || before.person || !before.actor || before.sentence !== draft.sentence) return undefined;
  if (before.end !== draft.start - 1) return undefined;
  const separator = keys[draft.start - 1] ?? '';
  // "* Organization of American States – Secretary General Ana Ruiz condemned …": a round-up line's lead
  const lead = LEAD_SEPARATORS.has(separator) && history[history.length - 2]?.sentence !== draft.sentence;
  if (separator !== ',' && !lead) return undefined;
  // "the Swedish commander in Mali, General …": the title phrase, not the place after it.
  const title = history[history.length - 2];
  if (title?.actor && !title.person && title.head && title.end === before.start - 1) {
    if (PLACE_LINKS.has(keys[before.start - 1] ?? '')) before = title;
  }
  return before;
}

const PLACE_LINKS = new Set(['in', 'to', 'at', 'for', 'from']);
const LEAD_SEPARATORS = new Set(['–', '—', '-', ':']);

/** The last mention of the same institution ("coast guard") with an actor, a few sentences back at most. */
function findSameBody(draft: Draft, history: readonly Draft[]): Draft | undefined {
  const body = draft.bodyHead;
  if (!body) return undefined;
  return findBack(
    history,
    draft.sentence - DESCRIPTION_WINDOW,
    (h) => !h.person && !!h.actor && h.head === body,
  );
}

/**
 * "The Swedish commander in Mali, …, met President Ibrahim Keita": a state named earlier in the sentence,
 * not the affiliation of another official or body there.
 */
function findNamedStateBefore(
  draft: Draft,
  history: readonly Draft[],
  typeOf: (actor: string) => ActorType | 'person',
  spoken: (h: Draft) => boolean,
): Draft | undefined {
  return findBack(
    history,
    draft.sentence,
    (h) =>
      spoken(h) &&
      !h.person &&
      (h.kind === 'name' || h.kind === 'metonym' || (h.kind === 'demonym' && h.affiliationOnly === true)) &&
      typeOf(h.actor) === 'state',
  );
}

/**
 * "Laos's envoy praised Vientiane and Hanoi's accord. … Ambassador Vong Sith said": the first state
 * in the last sentence before that names one, which is usually its subject.
 */
function findSubjectBefore(
  draft: Draft,
  history: readonly Draft[],
  typeOf: (actor: string) => ActorType | 'person',
  spoken: (h: Draft) => boolean,
): Draft | undefined {
  return findFirstOfLastSentence(
    history,
    draft.sentence - PRONOUN_WINDOW,
    (h) => h.sentence < draft.sentence && spoken(h) && typeOf(h.actor) === 'state',
  );
}

/** The first draft passing `test` in the last sentence (from `floor` on) that has one: usually its subject. */
function findFirstOfLastSentence(
  history: readonly Draft[],
  floor: number,
  test: (h: Draft) => boolean,
): Draft | undefined {
  const last = findBack(history, floor, test);
  if (!last) return undefined;
  let first = last;
  for (let k = history.lastIndexOf(last) - 1; k >= 0; k--) {
    const h = history[k];
    if (!h || h.sentence !== last.sentence) break;
    if (test(h)) first = h;
  }
  return first;
}

/** "President Jane Doe said Ruritania would…": with no state before, the first one later in the sentence. */
function findStateAhead(
  draft: Draft,
  drafts: readonly Draft[],
  from: number,
  typeOf: (actor: string) => ActorType | 'person',
  spoken: (h: Draft) => boolean,
): Draft | undefined {
  for (let k = from; k < drafts.length; k++) {
    const next = drafts[k];
    if (!next || next.sentence !== draft.sentence) return undefined;
    if (next.actor && spoken(next) && typeOf(next.actor) === 'state') return next;
  }
  return undefined;
}

type Gender = 'm' | 'f';
const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
/** Words of a title or name that tell a person's gender: "spokeswoman", "Mr", "Queen". */
const GENDERED_WORDS = new Map<string, Gender>([
  ...[
    'mr',
    'mr.',
    'spokesman',
    'chairman',
    'congressman',
    'king',
    'prince',
    'emir',
    'sheikh',
    'sir',
    'lord',
  ].map((w) => [w, 'm'] as [string, Gender]),
  ...[
    'mrs',
    'mrs.',
    'ms',
    'ms.',
    'madam',
    'spokeswoman',
    'chairwoman',
    'congresswoman',
    'queen',
    'princess',
    'sheikha',
    'dame',
    'lady',
  ].map((w) => [w, 'f'] as [string, Gender]),
]);

/** The draft a pronoun stands for in the end: the name behind "he" behind "his". */
function baseOf(h: Draft): Draft {
  return h.kind === 'pronoun' && h.antecedent ? h.antecedent : h;
}

/** A person's gender as learned from earlier pronouns or told by a gendered word in the mention. */
function genderOf(
  h: Draft,
  keys: readonly string[],
  genders: ReadonlyMap<Draft | string, Gender>,
): Gender | undefined {
  const base = baseOf(h);
  const learned = genders.get(base.person ?? base);
  if (learned) return learned;
  for (let k = base.start; k < base.end; k++) {
    const gender = GENDERED_WORDS.get(keys[k] ?? '');
    if (gender) return gender;
  }
  return undefined;
}

/** The tests of one kind of pronoun: what it may refer to, and what the sayer right before it may be. */
interface PronounTest {
  fits: (h: Draft) => boolean;
  /** tried when no draft fits: an official named by title alone (he and she only) */
  fallback: ((h: Draft) => boolean) | undefined;
  sayerFits: (h: Draft) => boolean;
  /** tried first in the pronoun's own sentence, after its sayer (it only) */
  nearFits: ((h: Draft) => boolean) | undefined;
}

/** The tests of every kind of pronoun, made once per article: a pronoun made four closures of its own. */
interface PronounTests {
  male: PronounTest;
  female: PronounTest;
  group: PronounTest;
  thing: PronounTest;
}

function pronounTestsOf(
  keys: readonly string[],
  typeOf: (actor: string) => ActorType | 'person',
  genders: ReadonlyMap<Draft | string, Gender>,
): PronounTests {
  const group = (h: Draft) => {
    if (h.person) return false;
    if (h.plural === true) return true;
    const type = typeOf(h.actor);
    return type === 'org' || type === 'igo';
  };
  const thing = (h: Draft) => {
    if (h.person || h.plural) return false;
    const type = typeOf(h.actor);
    return type === 'state' || type === 'igo' || type === 'org';
  };
  // "Chile summoned Peru's ambassador to protest what it called …": in its own sentence "it" passes over an official
  // named by title for another state, body or organisation ("The Chilean envoy said it was concerned" is the
  // sayer's, and "the secretary general of the Council of Europe … The council said it" still finds the council)
  const untitled = (h: Draft) => h.bodyRole !== 'title' && thing(h);
  return {
    male: genderedTest('m', keys, genders),
    female: genderedTest('f', keys, genders),
    group: { fits: group, fallback: undefined, sayerFits: group, nearFits: undefined },
    thing: { fits: thing, fallback: undefined, sayerFits: thing, nearFits: untitled },
  };
}

/**
 * He or she: a named person first, then an official named by title alone ("Russia's deputy envoy … He said"); never
 * one whom an earlier pronoun or a gendered word showed to be of the other gender (`genders` as it stands then).
 */
function genderedTest(
  gender: Gender,
  keys: readonly string[],
  genders: ReadonlyMap<Draft | string, Gender>,
): PronounTest {
  const agrees = (h: Draft) => (genderOf(h, keys, genders) ?? gender) === gender;
  const fits = (h: Draft) => !!h.person && agrees(h);
  const fallback = (h: Draft) => !h.person && !h.plural && h.bodyRole === 'title' && agrees(h);
  // "The representative of Brazil said his country …": the sayer right before the pronoun may be an
  // official named by title alone, even when a named person stands further back.
  return { fits, fallback, sayerFits: (h) => fits(h) || fallback(h), nearFits: undefined };
}

/** The pronoun at token t (in sentence `sentence`) -> its draft, resolved to an antecedent, or null. */
function resolvePronoun(
  t: number,
  sentence: number,
  key: string,
  keys: readonly string[],
  doc: TextDoc,
  history: readonly Draft[],
  tests: PronounTests,
  genders: Map<Draft | string, Gender>,
): Draft | null {
  const gender: Gender | undefined = PERSON_PRONOUNS.has(key)
    ? MALE_PRONOUNS.has(key)
      ? 'm'
      : 'f'
    : undefined;
  let test: PronounTest | undefined;
  if (gender) test = gender === 'm' ? tests.male : tests.female;
  else if (GROUP_PRONOUNS.has(key)) test = tests.group;
  else if (THING_PRONOUNS.has(key)) {
    // "It is unclear…" refers to nothing; "Egypt said it was concerned" refers to Egypt.
    if (key === 'it' && EXPLETIVE_AFTER.has(keys[t + 1] ?? '') && !REPORTING_BEFORE.has(keys[t - 1] ?? ''))
      return null;
    test = tests.thing;
  }
  if (!test) return null;
  const { fits, fallback, sayerFits, nearFits } = test;
  const antecedent =
    findAntecedent(t, sentence, keys, doc, history, fits, sayerFits, nearFits) ??
    (fallback && findAntecedent(t, sentence, keys, doc, history, fallback, fallback, undefined));
  if (!antecedent) return null;
  const base = baseOf(antecedent);
  if (gender) genders.set(base.person ?? base, gender);
  const draft = newDraft(t, t + 1, base.actor, 'pronoun', sentence);
  draft.antecedent = base;
  if (base.sector) draft.sector = base.sector;
  if (base.person) draft.person = base.person;
  return draft;
}

function findAntecedent(
  t: number,
  sentence: number,
  keys: readonly string[],
  doc: TextDoc,
  history: readonly Draft[],
  test: (h: Draft) => boolean,
  sayerTest: (h: Draft) => boolean,
  nearTest: ((h: Draft) => boolean) | undefined,
): Draft | undefined {
  // "Egypt said it was concerned": the speaker; else the last fitting mention in the sentence; "Germany
  // criticised France. It said …": with none, the first fitting mention (the subject) of the last sentence
  // that has one. "Chile and Peru said they …" refers to both sayers at once: no single antecedent.
  const speaker = findSpeaker(t, keys, doc, history, sayerTest);
  if (speaker === null) return undefined;
  return (
    speaker ??
    (nearTest && findBack(history, sentence, nearTest)) ??
    findBack(history, sentence, test) ??
    findFirstOfLastSentence(history, sentence - PRONOUN_WINDOW, test)
  );
}

const COORDINATORS = new Set(['and', 'but']);
/** How far back a reporting verb may stand before "that": "said in a joint statement on Monday that" */
const ADJUNCT_REACH = 9;

/**
 * The subject of the reporting verb right before a pronoun, when it fits: "China, a close partner of Laos,
 * said it hoped …" and "Malaysia, which chairs the bloc, said it was troubled" are China's and Malaysia's
 * words, not those of the nearer name; "The ministry accused Ruritania of lying and said its forces …" are
 * the ministry's forces. Walking back from the verb, a stretch between two commas is an insertion and is
 * skipped, and a reporting verb coordinated with an earlier verb takes that verb's subject.
 */
function findSpeaker(
  t: number,
  keys: readonly string[],
  doc: TextDoc,
  history: readonly Draft[],
  test: (h: Draft) => boolean,
): Draft | null | undefined {
  let verb = reportingVerbBefore(t, keys, doc);
  if (verb < 0) return undefined;
  const sentence = doc.tokens[t]?.sentence;
  // the drafts of this sentence before the verb, by the token after their end
  const endingAt = new Map<number, Draft>();
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k];
    if (!h || h.sentence !== sentence) break;
    if (h.end <= verb && !endingAt.has(h.end)) endingAt.set(h.end, h);
  }
  if (endingAt.size === 0) return undefined;
  for (let k = verb - 1; k >= 0 && doc.tokens[k]?.sentence === sentence; k--) {
    const ending = endingAt.get(k + 1);
    if (ending) {
      if (test(ending)) return ending;
      if (GROUP_PRONOUNS.has(keys[t] ?? '') && isConjoined(ending, keys, endingAt)) return null;
      k = ending.start;
      continue;
    }
    const key = keys[k] ?? '';
    if (key === ',') {
      const opening = previousComma(keys, doc, k);
      if (opening < 0) return undefined; // "On Monday, …": nothing before the subject
      k = opening;
    } else if (COORDINATORS.has(key) && k === verb - 1) {
      // "… accused Ruritania of lying and said": the subject of the verb before the coordination
      const before = previousVerb(doc, k);
      if (before < 0) return undefined;
      verb = before;
      k = before;
    }
  }
  return undefined;
}

/** The last of two or more coordinated mentions: "Chile and Peru", "Chile, Peru and Bolivia". */
function isConjoined(draft: Draft, keys: readonly string[], endingAt: ReadonlyMap<number, Draft>): boolean {
  const before = keys[draft.start - 1] ?? '';
  return (before === 'and' || before === ',') && endingAt.has(draft.start - 1);
}

/**
 * The reporting verb a pronoun is the subject of the content of, or -1: "said it", "warned that it", and
 * with a short adjunct or an addressee before "that": "said in a joint statement that they", "added on
 * Monday that it", "told reporters that he".
 */
function reportingVerbBefore(t: number, keys: readonly string[], doc: TextDoc): number {
  const reporting = (k: number) => k >= 0 && keys[k] !== 'that' && REPORTING_BEFORE.has(keys[k] ?? '');
  if (keys[t - 1] !== 'that') return reporting(t - 1) ? t - 1 : -1;
  if (keys[t - 2] === 'that') return -1;
  if (reporting(t - 2)) return t - 2;
  const sentence = doc.tokens[t]?.sentence;
  for (let k = t - 3; k >= Math.max(0, t - ADJUNCT_REACH); k--) {
    const token = doc.tokens[k];
    if (!token || token.sentence !== sentence) return -1;
    // "told reporters that she", "assured the council that it": the words between are the addressee
    if (ADDRESSING_VERBS.has(token.lemma)) return k;
    if (reporting(k)) return doc.tokens[k + 1]?.pos === 'ADP' ? k : -1;
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return -1;
  }
  return -1;
}

function previousComma(keys: readonly string[], doc: TextDoc, from: number): number {
  const sentence = doc.tokens[from]?.sentence;
  for (let k = from - 1; k >= 0 && doc.tokens[k]?.sentence === sentence; k--) if (keys[k] === ',') return k;
  return -1;
}

/** The finite verb before `from`: not a gerund or infinitive ("accused India of shelling", "sought to end"). */
function previousVerb(doc: TextDoc, from: number): number {
  const sentence = doc.tokens[from]?.sentence;
  for (let k = from - 1; k >= 0 && doc.tokens[k]?.sentence === sentence; k--) {
    const token = doc.tokens[k];
    if (token?.pos !== 'VERB' || token.lower.endsWith('ing')) continue;
    const before = doc.tokens[k - 1];
    if (before?.pos === 'ADP' || before?.pos === 'PART') continue;
    return k;
  }
  return -1;
}

/** The last draft passing `test`, looking back no further than sentence `floor` (history is in text order). */
function findBack(history: readonly Draft[], floor: number, test: (h: Draft) => boolean): Draft | undefined {
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k];
    if (!h) continue;
    if (h.sentence < floor) return undefined;
    if (test(h)) return h;
  }
  return undefined;
}
