// Tokens -> the same tokens, with the verb forms the tagger misreads read as verbs: an irregular form
// with a prefix ("retook", "overthrew", "re-took") and a bare irregular form that is also a noun, where
// only a verb fits ("police shot two men", "the town was split").
import type { IrregularVerbs } from '../../model/lexicons/events.js';
import type { Token } from '../../model/text.js';

/** Prefixes that make a verb of a verb: "retake", "overthrow", "undergo", "outbid", "mislead". */
const PREFIXES = ['re-', 're', 'over', 'under', 'out', 'mis'];
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
    const token = tokens[k] as Token;
    if (token.pos === 'VERB' && token.lemma !== token.lower) continue;
    const lemma = prefixedLemma(token.lower, irregular) ?? bareLemma(k, tokens, irregular);
    if (!lemma) continue;
    read ??= [...tokens];
    read[k] = { ...token, pos: 'VERB', lemma };
  }
  return read ?? tokens;
}

/** "retook" -> "retake", "overthrew" -> "overthrow", "re-took" -> "retake"; "resent", "outcome": none. */
function prefixedLemma(word: string, irregular: IrregularVerbs): string | null {
  if (irregular.ownWords.has(word)) return null;
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const base = irregular.forms.get(word.slice(prefix.length));
    if (base) return `${prefix.replace('-', '')}${base}`;
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
