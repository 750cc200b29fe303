// Tokens -> the same tokens, with the verb forms the tagger misreads read as verbs: an irregular form
// with a prefix ("retook", "overthrew", "re-took"), a bare irregular form that is also a noun, where
// only a verb fits ("police shot two men", "the town was split"), a headline's present tense between
// a named subject and its object ("Israel bombs Gaza", "Kenya reimposes curfew") and a past tense read
// as an adjective before its object ("Ghana relaxed the curfew").
import type { EventLexicon, IrregularVerbs, PredicateEntry } from '../../model/lexicons/events.js';
import type { Token } from '../../model/text.js';
import type { TokenView } from './sentence-view.js';
import { ADJ, candidatesFor, ENDS_ED, ENDS_S, HEAD, NOUN, TAG, VERB } from './token-classes.js';

/** Prefixes that make a verb of a verb: "retake", "overthrow", "undergo", "outbid", "mislead". */
const PREFIXES = ['re-', 're', 'over', 'under', 'out', 'mis'];
/** The first letters of the prefixes, as character codes. */
const PREFIX_STARTS = new Set(PREFIXES.map((prefix) => prefix.charCodeAt(0)));
/** Subject pronouns: "they shot", "he retook". */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'who']);
/** Tags of a word that can begin the object after a verb: "shot two men", "shot the driver". */
const OBJECT_START = new Set(['DET', 'NUM', 'PROPN', 'PRON', 'ADJ']);

/**
 * Returns `tokens` itself when no form is misread, else a copy with those tokens read as verbs
 * (`pos` VERB, `lemma` the verb's own lemma: "retook" -> "retake").
 */
export function readVerbForms(tokens: readonly Token[], irregular: IrregularVerbs): readonly Token[] {
  let read: Token[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const lemma = verbFormAt(k, tokens, irregular);
    if (!lemma) continue;
    read ??= [...tokens];
    read[k] = { ...(tokens[k] as Token), pos: 'VERB', lemma };
  }
  return read ?? tokens;
}

/**
 * The lemma of the verb that token `k` is when the tagger misread it, or null. `sentence-view.ts` asks only for
 * tokens whose word form is `PREFIXED` or `IRREGULAR` (token-classes.ts): no other token is one.
 */
export function verbFormAt(k: number, tokens: readonly Token[], irregular: IrregularVerbs): string | null {
  const token = tokens[k] as Token;
  if (token.pos === 'PUNCT' || (token.pos === 'VERB' && token.lemma !== token.lower)) return null;
  return prefixedLemma(token.lower, irregular) ?? bareLemma(k, tokens, irregular);
}

/** "retook" -> "retake", "overthrew" -> "overthrow", "re-took" -> "retake"; "resent", "outcome": none. */
export function prefixedLemma(word: string, irregular: IrregularVerbs): string | null {
  // most words begin with no prefix's letter: one test before the prefixes
  if (word.length < 5 || !PREFIX_STARTS.has(word.charCodeAt(0))) return null;
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const base = irregular.forms.get(word.slice(prefix.length));
    if (base) return irregular.ownWords.has(word) ? null : `${prefix.replace('-', '')}${base}`;
  }
  return null;
}

/**
 * "Police shot two men", "they had shot him", "the town was split": an irregular form the tagger reads as
 * a noun or an adjective is the verb after "have" or "be", or between a subject and its object.
 */
function bareLemma(k: number, tokens: readonly Token[], irregular: IrregularVerbs): string | null {
  const token = tokens[k] as Token;
  if (token.pos !== 'NOUN' && token.pos !== 'ADJ') return null;
  const base = irregular.forms.get(token.lower);
  if (!base) return null;
  let before = k - 1;
  while (before >= 0 && tokens[before]?.pos === 'ADV') before--;
  const previous = tokens[before];
  if (!previous || previous.sentence !== token.sentence) return null;
  if (previous.pos === 'AUX' && (previous.lemma === 'have' || previous.lemma === 'be')) return base;
  const subject =
    previous.pos === 'PROPN' ||
    (previous.pos === 'NOUN' && k === before + 1) ||
    (previous.pos === 'PRON' && SUBJECT_PRONOUNS.has(previous.lower));
  const next = tokens[k + 1];
  if (!subject || next?.sentence !== token.sentence) return null;
  // "shot protesters": a plural noun begins an object too ("a warning shot fired" is no verb)
  const plural = next.pos === 'NOUN' && next.lemma !== next.lower && next.lower.endsWith('s');
  return OBJECT_START.has(next.pos) || plural ? base : null;
}

/** Kinds of mention that can be a headline's subject: "Israel bombs", "Putin visits", "Kremlin warns". */
const SUBJECT_KINDS = new Set(['name', 'metonym', 'person', 'body']);

/**
 * "Israel bombs Gaza", "Russia shells Ukrainian town", "Kenya reimposes curfew": a present tense the
 * tagger reads as a plural noun is the verb of a dictionary entry (or its "re-" form) right after a
 * named subject that opens its phrase and right before an object; so is a past tense read as an
 * adjective (`pastTenseAt`). Returns the view with those tokens read as verbs.
 */
export function readTaggedVerbs(view: TokenView, lexicon: EventLexicon): TokenView {
  const byHead = lexicon.byHead;
  let read: Token[] | null = null;
  const { tokens, classes, mentionAt, placed } = view;
  for (let k = 1; k < tokens.length - 1; k++) {
    // the tag and word classes first: most tokens are none of these, and their objects are not read
    const bits = classes[k] as number;
    const tag = bits & TAG;
    if (tag === ADJ && bits & ENDS_ED) {
      const lemma = pastTenseAt(k, view, byHead);
      if (lemma) {
        read ??= [...tokens];
        read[k] = readAsVerb(k, tokens[k] as Token, lemma, view, lexicon);
      }
      continue;
    }
    if (tag !== NOUN || mentionAt[k - 1] === -1 || mentionAt[k] !== -1) continue;
    if ((bits & ENDS_S) === 0) continue;
    const token = tokens[k] as Token;
    const subject = placed[mentionAt[k - 1] as number];
    if (!subject || subject.last !== k - 1 || !SUBJECT_KINDS.has(subject.mention.kind)) continue;
    // "the Gaza strikes", "in Iran talks": a name inside a larger phrase is no subject
    const opener = tokens[subject.first - 1];
    if (opener && opener.sentence === token.sentence && ['DET', 'ADP', 'ADJ', 'NOUN'].includes(opener.pos))
      continue;
    const next = tokens[k + 1] as Token;
    const object = mentionAt[k + 1] !== -1 || ['DET', 'NUM', 'PROPN', 'ADJ', 'NOUN'].includes(next.pos);
    if (!object || next.sentence !== token.sentence) continue;
    const lemma = verbLemma(token.lower, byHead);
    if (!lemma) continue;
    read ??= [...tokens];
    read[k] = readAsVerb(k, token, lemma, view, lexicon);
  }
  return read ? { ...view, tokens: read } : view;
}

/**
 * The token at `k` read as the verb `lemma`, its tag and head bit in the view changed to match (the later
 * tokens' tests read only their own).
 */
function readAsVerb(k: number, token: Token, lemma: string, view: TokenView, lexicon: EventLexicon): Token {
  const verb = { ...token, pos: 'VERB', lemma };
  const bits = ((view.classes[k] as number) & ~(HEAD | TAG)) | VERB;
  view.classes[k] = candidatesFor(verb, lexicon) === undefined ? bits : bits | HEAD;
  return verb;
}

/**
 * "Ghana relaxed the curfew", "police eased the restrictions": a past tense the tagger reads as an
 * adjective is the verb of a dictionary entry between a subject and a determiner. Returns its lemma.
 */
function pastTenseAt(
  k: number,
  view: TokenView,
  byHead: ReadonlyMap<string, readonly PredicateEntry[]>,
): string | null {
  const { tokens, mentionAt, placed } = view;
  const token = tokens[k] as Token;
  const previous = tokens[k - 1];
  const next = tokens[k + 1];
  if (!previous || !next || previous.sentence !== token.sentence || next.sentence !== token.sentence)
    return null;
  // a read at index -1 would leave V8's fast path for arrays (see \`placedAt\`)
  const at = mentionAt[k - 1] ?? -1;
  const named = at < 0 ? undefined : placed[at];
  const subject = named
    ? named.mention.kind !== 'demonym'
    : previous.pos === 'NOUN' || (previous.pos === 'PRON' && SUBJECT_PRONOUNS.has(previous.lower));
  const object = next.pos === 'DET' || (next.pos === 'PRON' && POSSESSIVES.has(next.lower));
  if (!subject || !object || mentionAt[k] !== -1) return null;
  return verbLemma(token.lower, byHead);
}

/** Possessive determiners, which begin an object: "eased its restrictions". */
/** Possessive determiners: "its forces", "their camps". */
export const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** "bombs" -> "bomb", "reimposes" -> "reimpose", "relaxed" -> "relax": the lemma of a verb entry's form. */
function verbLemma(word: string, byHead: ReadonlyMap<string, readonly PredicateEntry[]>): string | null {
  const verb = (form: string) => byHead.get(form)?.find((entry) => entry.headClass !== 'noun')?.head;
  const own = verb(word);
  if (own) return own;
  const stem = /^re-?(.{3,})$/.exec(word)?.[1];
  const base = stem ? verb(stem) : undefined;
  return base ? `re${base}` : null;
}
