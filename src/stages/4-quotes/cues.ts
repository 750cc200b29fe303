// Tokens of one sentence -> cues: reporting verbs in any tense ("said", "has called", "saying") and source phrases ("according to").
import type { CuePhrase, QuoteLexicon, ReportingVerb } from '../../model/lexicons/quotes.js';
import type { Sentence, Token } from '../../model/text.js';
import { makeSieve, mayBeIn } from '../../model/word-sieve.js';
import { CUE, cueWordAt, hasClass, PHRASE_OPENER } from './word-classes.js';

export interface Cue {
  /** first and last token of the cue's words ("has called", "according to") */
  first: number;
  last: number;
  verb: ReportingVerb | null;
  phrase: CuePhrase | null;
  /** "…, saying Maduro lacked legitimacy": a participle whose speaker is the clause's subject */
  participle: boolean;
  /** "Trump is expected to win": an expectation with no one named as holding it */
  passive: boolean;
  /** "Army accused of shelling camp": a passive whose subject is spoken about; its content has no speaker named */
  agentless: boolean;
}

const NO_CUES: readonly Cue[] = [];

/** A cue, every field written in one order: all cues share one shape (V8 reads their fields fastest so). */
export function cueOf(
  first: number,
  last: number,
  verb: ReportingVerb | null,
  phrase: CuePhrase | null,
  participle = false,
  passive = false,
  agentless = false,
): Cue {
  return { first, last, verb, phrase, participle, passive, agentless };
}

// "has said", "will tell", "had warned": auxiliaries that belong to the cue's words
const CUE_AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'are', 'was', 'were']);
const VERB_POS = new Set(['VERB', 'AUX']);
// "the claims", "a warning", "his thoughts": a determiner before the word makes it a noun
const NOUN_MARKERS = new Set(['DET', 'ADJ', 'NUM']);
// "is expected", "was told": the auxiliaries of a passive
const BE_FORMS = new Set(['is', 'are', 'was', 'were']);
// "polls show that …", "26 percent say the …": what opens the clause after a verb tagged as a noun
const CLAUSE_OPENING = new Set(['that', 'DET', 'PRON', 'PROPN', 'NUM']);

/**
 * Finds the cues of one sentence; `classes` are the tokens' word classes (word-classes.ts), `inside(i)` says
 * whether token i is inside quotation marks (asked in text order, for some tokens only).
 */
export function findCues(
  tokens: readonly Token[],
  classes: readonly number[],
  sentence: Sentence,
  lexicon: QuoteLexicon,
  inside: (index: number) => boolean,
): readonly Cue[] {
  // Most words can neither open a phrase nor be a reporting verb, and need not be placed against the
  // quotation marks; their class says so without reading the token. Many sentences have none.
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd && ((classes[i] as number) & CUE) === 0) i++;
  if (i === sentence.tokenEnd) return NO_CUES;
  const cues: Cue[] = [];
  for (; i < sentence.tokenEnd; i++) {
    if (((classes[i] as number) & CUE) === 0) continue;
    const token = tokens[i] as Token;
    const word = cueWordAt(token, lexicon);
    if (word === undefined || inside(i)) continue;
    const phrase = word.phrases ? longestPhrase(word.phrases, tokens, i, sentence.tokenEnd) : null;
    if (phrase?.kind === 'source') {
      cues.push(cueOf(i, i + phrase.words.length - 1, null, phrase));
      i += phrase.words.length - 1;
      continue;
    }
    // "The firm is reportedly planning 300 job cuts": a report with no one named as its source
    if (token.lower === 'reportedly') {
      cues.push(cueOf(i, i, null, null, false, true));
      continue;
    }
    const verb = word.verb;
    if (!verb || !isVerbUse(tokens, i, sentence, verb)) continue;
    let first = i;
    while (first > sentence.tokenStart && CUE_AUXILIARIES.has(tokens[first - 1]?.lower ?? '')) first--;
    // "is expected", "was told": a passive is not its subject's own statement
    if (first < i && BE_FORMS.has(tokens[first]?.lower ?? '') && token.lower.endsWith('ed')) {
      if (verb.lemma === 'expect' && tokens[i + 1]?.lower === 'to') {
        cues.push(cueOf(first, i, verb, null, false, true));
      }
      continue;
    }
    // "Army accused of shelling camp": a verb that never leaves out its object, with none before "of", is a
    // headline's passive; the army accuses no one (the word's own ending first: most cues, "said" first of all,
    // end otherwise, and the verb's frames are lexicon memory the stage has not read lately)
    const agentless =
      token.lower.endsWith('ed') &&
      PASSIVE_LINKS.has(tokens[i + 1]?.lower ?? '') &&
      verb.frames.has('transitive');
    cues.push(cueOf(first, i, verb, null, token.lower.endsWith('ing') && first === i, false, agentless));
  }
  // "Vietnam reportedly voiced concern, diplomats said": a source named in the sentence is the report's (asked only
  // of a sentence with such a report: the verbs' categories are lexicon memory the stage has not read lately)
  if (!cues.some((cue) => isReportedly(cue, tokens))) return cues;
  const named = cues.some((cue) => cue.phrase?.kind === 'source' || cue.verb?.category === 'speech');
  return named ? cues.filter((cue) => !isReportedly(cue, tokens)) : cues;
}

function isReportedly(cue: Cue, tokens: readonly Token[]): boolean {
  return cue.first === cue.last && cue.verb === null && tokens[cue.first]?.lower === 'reportedly';
}

/** What a passive's participle is followed by when its object is missing: "accused of", "praised for". */
const PASSIVE_LINKS = new Set(['of', 'for', 'over', 'with']);

/** Reporting verb forms that are also common nouns after a name: "Baltic states", "Russian state media". */
const NOUN_FORMS = new Set(['states', 'state']);

function isVerbUse(tokens: readonly Token[], i: number, sentence: Sentence, verb: ReportingVerb): boolean {
  const token = tokens[i] as Token;
  const before = i > sentence.tokenStart ? tokens[i - 1] : undefined;
  // a capitalised "adjective" before the verb is a name: "Josh Earnest said"
  const named = before !== undefined && before.pos === 'ADJ' && /^\p{Lu}/u.test(before.text);
  if (before && NOUN_MARKERS.has(before.pos) && before.lower !== 'that' && !named) return false;
  if (VERB_POS.has(token.pos)) return true;
  // wink-nlp sometimes tags "says" after a name as a noun: "Trump says"; and "say", "show" after a
  // noun: "polls show", "26 percent say"
  if (token.pos !== 'NOUN' || before === undefined) return false;
  const next = tokens[i + 1];
  const opensClause = next !== undefined && CLAUSE_OPENING.has(next.lower === 'that' ? 'that' : next.pos);
  // but "states" after a name is a verb only when a clause follows: "Baltic states demand answers",
  // "Gulf states" and "Venezuelan state television" are noun phrases
  if (before.pos === 'PROPN' || before.pos === 'PRON') return !NOUN_FORMS.has(token.lower) || opensClause;
  return (before.pos === 'NOUN' || before.pos === 'NUM') && token.lower === verb.lemma && opensClause;
}

/** The longest lexicon phrase that starts at token i, if any. */
export function matchPhrase(
  tokens: readonly Token[],
  classes: readonly number[],
  i: number,
  end: number,
  lexicon: QuoteLexicon,
): CuePhrase | null {
  // most words open no phrase: their class says so without a look-up
  if (!hasClass(classes, i, PHRASE_OPENER)) return null;
  const candidates = lexicon.phrasesByFirstWord.get(tokens[i]?.lower ?? '');
  return candidates ? longestPhrase(candidates, tokens, i, end) : null;
}

/** The first of `candidates` (longest first) whose words follow from token i, if any. */
function longestPhrase(
  candidates: readonly CuePhrase[],
  tokens: readonly Token[],
  i: number,
  end: number,
): CuePhrase | null {
  for (const phrase of candidates) {
    if (i + phrase.words.length > end) continue;
    if (followsFrom(phrase.words, tokens, i)) return phrase;
  }
  return null;
}

/** Whether `words` are the lower-case forms of the tokens from i on (no closure: this runs for every candidate). */
function followsFrom(words: readonly string[], tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false;
  return true;
}

/** What one lower-case word can be in a cue: the first word of phrases (one a source), a reporting verb's form, or both. */
export interface CueWord {
  phrases?: readonly CuePhrase[];
  verb?: ReportingVerb;
}

interface CueWords {
  words: ReadonlyMap<string, CueWord>;
  /** the sieve of the words (model/word-sieve.ts) */
  sieve: Uint8Array;
}

const cueWords = new WeakMap<QuoteLexicon, CueWords>();

/** What a lower-case word is in a cue, if it is a cue word (it opens a source phrase, is a reporting verb's form, or "reportedly"). */
export function cueWordOf(lexicon: QuoteLexicon, lower: string): CueWord | undefined {
  const { words, sieve } = cueWordsOf(lexicon);
  return mayBeIn(sieve, lower) ? words.get(lower) : undefined;
}

/** The lexicon's source-phrase openers, verb forms and "reportedly" in one map, built once per lexicon. */
function cueWordsOf(lexicon: QuoteLexicon): CueWords {
  let found = cueWords.get(lexicon);
  if (found === undefined) {
    const map = new Map<string, CueWord>([['reportedly', {}]]);
    const entry = (word: string): CueWord => {
      let known = map.get(word);
      if (known === undefined) {
        known = {};
        map.set(word, known);
      }
      return known;
    };
    // A cue phrase names a source ("according to"); a channel ("in a statement") is read after a cue, never as
    // one: a word that opens channels only is left out, and "in", "on", "to" are no cue words.
    for (const [word, phrases] of lexicon.phrasesByFirstWord) {
      if (phrases.some((phrase) => phrase.kind === 'source')) entry(word).phrases = phrases;
    }
    for (const [form, verb] of lexicon.verbForms) entry(form).verb = verb;
    found = { words: map, sieve: makeSieve(map.keys()) };
    cueWords.set(lexicon, found);
  }
  return found;
}
