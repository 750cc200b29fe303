// Tokens, cues and quotation-mark spans -> draft quotes: content span, kind, cue and the speaker's token run.

import { WEEKDAYS } from '../../model/calendar.js';
import { SUBORDINATORS } from '../../model/clauses.js';
import type { QuoteLexicon } from '../../model/lexicons/quotes.js';
import type { QuoteKind } from '../../model/quote.js';
import type { Span } from '../../model/span.js';
import type { Sentence, Token } from '../../model/text.js';
import { isCapitalised, isPossessiveMark } from '../../model/word-shape.js';
import { type Cue, cueOf, findCues, matchPhrase } from './cues.js';
import type { MarkSpan } from './marks.js';
import {
  isObjectPronoun,
  isSubjectPronoun,
  nameBeforeApposition,
  nounPhraseEndingAt,
  nounPhraseStartingAt,
  type TokenRun,
} from './phrases.js';
import {
  ATTRIBUTION_LINK,
  CLAUSE_MARK,
  CLAUSE_OPENER,
  COMMA,
  classifyTokens,
  FRONTING_WORD,
  hasClass,
  LEAD_IN,
  SEMICOLON,
  SUBORDINATOR,
  TIME_WORD,
} from './word-classes.js';

export interface Draft {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: Cue | null;
  speaker: TokenRun | null;
  /** true when the speaker is carried over from the previous quote ("…" alone in a paragraph) */
  carried: boolean;
  sentence: number;
  paragraph: number;
}

/**
 * Drafts of one cue and speaker in one sentence, each written out in one field order so that all drafts
 * share one shape (V8 builds spread copies slowly).
 */
function draftsOf(cue: Cue | null, speaker: TokenRun | null, sentence: number, paragraph: number) {
  return (start: number, end: number, kind: QuoteKind): Draft => ({
    start,
    end,
    kind,
    cue,
    speaker,
    carried: false,
    sentence,
    paragraph,
  });
}

const SKIPPED_BEFORE_CUE = new Set(['ADV', 'AUX', 'PART']);
export const TIME_WORDS = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tonight',
  'earlier',
  'later',
  'recently',
  'previously',
  'again',
  'also',
  'repeatedly',
  'publicly',
  'privately',
  'then',
  'now',
  'once',
  'too',
]);
// "on Thursday evening", "later Tuesday", "last week": words of a time adjunct before a verb
const TIME_ADJUNCT = new Set([
  'on',
  'in',
  'later',
  'earlier',
  'last',
  'this',
  'late',
  'early',
  ...WEEKDAYS,
  'today',
  'yesterday',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
]);
/** Subordinators that open a clause set before the main one: "When …, officials said", "If …, …", "As …". */
export const FRONTING: ReadonlySet<string> = new Set([...SUBORDINATORS, 'if', 'as']);

const VERB_TAGS = new Set(['VERB', 'AUX']);
const NEGATORS = new Set(['not', "n't", 'n’t', 'never']);
const COORDINATORS = new Set(['and', 'but']);
// "pointed out that", "spoke up about": a particle of the verb
const PARTICLES = new Set(['out', 'up']);
const PARTICLE_TAGS = new Set(['ADP', 'PART', 'ADV']);
// "in an interview with CNN", "in a post on X"
const CHANNEL_LINKS = new Set(['with', 'on', 'to']);
// "last week", "this month", "next year"
const RELATIVE_TIMES = new Set(['last', 'this', 'next']);
const TIME_UNITS = new Set(['week', 'month', 'year', 'night', 'weekend']);
// "her" before these is a possessive: "praised her record", "says her husband …"
const POSSESSED_TAGS = new Set(['NOUN', 'ADJ', 'PROPN']);
// what follows a verb's object before its content: "told reporters that", "called the vote a sham, …"
const AFTER_OBJECT = new Set(['that', ',', ':', 'to', 'of', 'as', 'for', 'about']);
// "said whether …", "asked how …": a question word opens the reported clause
const QUESTION_WORDS = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who']);
export const CLAUSE_OPENERS = new Set([',', ':', '—', '–', '-']);
export const CLAUSE_FINAL = new Set(['.', '!', '?', ',', ';', ':', '—', '–', '-']);
const CLAUSE_STARTERS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
// Word lists and tag lists read token by token, as sets (a set look-up costs a third of a regular expression's test).
// "his wife, Gabriela Lazar": the words of a role before a name
const ROLE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON']);
// "when asked", "after being asked"
const ASKED_OPENERS = new Set(['when', 'after', 'once', 'if']);
const QUESTION_STOPS = new Set([',', '.', ';', ':', '?', '!']);
// "its representative in Dhaka, …": the words of a title before the name
const TITLE_TAGS = new Set(['ADP', 'PROPN', 'NOUN', 'DET']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom']);
const SUBJECT_HEAD_TAGS = new Set(['PROPN', 'NOUN', 'PRON']);
// "in a radio interview that …", "at the June summit that …": the words of an adjunct
const ADJUNCT_TAGS = new Set(['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT']);
const ADJUNCT_STOPS = new Set(['.', ';', ':']);
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);
const QUANTIFIER_WORDS = new Set(['those', 'these', 'many', 'most', 'some', 'all', 'both']);
const TIME_ADJUNCT_TAGS = new Set(['ADP', 'NOUN', 'DET', 'PROPN', 'NUM']);
// "state television reported": the words of a source's short noun phrase
const SOURCE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
// the words between an inline quote and its subject's noun phrase
const INLINE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PUNCT', 'ADP', 'PRON']);
const INLINE_STOPS = new Set(['.', ';', ':', '!', '?']);

interface Context {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  lexicon: QuoteLexicon;
  /** the marks in text order (by opening offset) */
  marks: readonly MarkSpan[];
  markByOpen: Map<number, MarkSpan>;
  markByEnd: Map<number, MarkSpan>;
  used: Set<MarkSpan>;
  /** the tokens' word classes (word-classes.ts) */
  classes: readonly number[];
  /** stage-3 actor mentions: names the tagger reads as verbs ("Lynch said") */
  mentions: readonly Span[];
}

/** Reads every sentence's cues and the marks they introduce, then the quotes left without a cue. */
export function draftQuotes(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  marks: readonly MarkSpan[],
  lexicon: QuoteLexicon,
  mentions: readonly Span[] = [],
): Draft[] {
  const c: Context = {
    text,
    tokens,
    sentences,
    lexicon,
    mentions,
    marks: byOpening(marks),
    markByOpen: new Map(),
    markByEnd: new Map(),
    used: new Set(),
    classes: classifyTokens(tokens, lexicon),
  };
  // written out, without arrays of pairs (a later mark wins a shared offset, as in `new Map(pairs)`)
  for (const m of marks) {
    c.markByOpen.set(m.open, m);
    if (m.closed) c.markByEnd.set(m.end, m);
  }
  const inside = insideMarks(tokens, c.marks);
  const drafts: Draft[] = [];
  // each sentence's cues, by the sentence's index
  const cuesBySentence: (readonly Cue[])[] = [];
  sentences.forEach((sentence, index) => {
    let segmentStart = sentence.tokenStart;
    const cues = findCues(tokens, c.classes, sentence, lexicon, inside);
    cuesBySentence.push(cues);
    const headline = sentence.paragraph === 0 ? readHeadlineColon(c, sentence, index) : null;
    if (headline) {
      drafts.push(headline);
      return;
    }
    let previous: Draft | null = null;
    for (const cue of cues) {
      if (cue.first < segmentStart) continue;
      if (sentence.paragraph === 0 && isTopicNoun(tokens, cue, sentence)) continue;
      const draft = readCue(c, cue, sentence, index, segmentStart, previous);
      if (!draft) continue;
      drafts.push(draft);
      previous = draft;
      segmentStart = Math.max(segmentStart, tokenAfter(tokens, draft.end, sentence));
    }
  });
  addUncuedQuotes(c, marks, drafts, cuesBySentence);
  addSignedQuotes(c, drafts);
  return drafts.sort((a, b) => a.start - b.start);
}

/** Dashes that open a signature line: "— Ana Ruiz (@anaruiz) May 15, 2026". */
const SIGNATURE_DASHES = new Set(['—', '–', '―']);
/** A signature line is short: a name, a handle, a date. */
const SIGNATURE_MAX_TOKENS = 16;

/**
 * An embedded post or a letter: a paragraph signed by the next one, "— Ana Ruiz (@anaruiz) May 15, 2026", is the
 * signer's own words (a direct quote), when no cue or quotation mark has claimed it.
 */
function addSignedQuotes(c: Context, drafts: Draft[]): void {
  const { tokens, sentences } = c;
  for (let index = 1; index < sentences.length; index++) {
    const signature = sentences[index] as Sentence;
    const before = sentences[index - 1] as Sentence;
    const dash = signature.tokenStart;
    // (a sentence in the paragraph of the one before is no signature: its first token is not read)
    if (before.paragraph === signature.paragraph || !SIGNATURE_DASHES.has(tokens[dash]?.text ?? '')) continue;
    if (signature.tokenEnd - signature.tokenStart > SIGNATURE_MAX_TOKENS) continue;
    const name = nounPhraseStartingAt(tokens, dash + 1, signature.tokenEnd, 5);
    if (!name || !isNameRun(tokens, name) || !hasHandle(c, name, signature)) continue;
    // the signed paragraph: the sentences before the signature in the paragraph before it
    let first = index - 1;
    while (first > 0 && (sentences[first - 1] as Sentence).paragraph === before.paragraph) first--;
    const start = (sentences[first] as Sentence).start;
    const end = trimEnd(c.text, start, before.end);
    if (drafts.some((d) => d.start < end && d.end > start)) continue;
    drafts.push({
      start,
      end,
      kind: 'direct',
      cue: cueOf(dash, dash, null, null),
      speaker: name,
      carried: false,
      sentence: first,
      paragraph: before.paragraph,
    });
  }
}

/**
 * The name is followed by the account's handle, "(@anaruiz)", as an embedded post signs it: a dash line without one
 * is a byline ("— White House Correspondent Ana Ruiz.") or a subheading ("– Framing the battle ahead –").
 */
function hasHandle(c: Context, name: TokenRun, signature: Sentence): boolean {
  return /^\s*\(?@\w/.test(c.text.slice((c.tokens[name.last] as Token).end, signature.end));
}

/** Every token of the run a capitalised proper noun: a person's or a body's name. */
function isNameRun(tokens: readonly Token[], run: TokenRun): boolean {
  for (let k = run.first; k <= run.last; k++) {
    const token = tokens[k] as Token;
    if (token.pos !== 'PROPN' || !isCapitalised(token.text)) return false;
  }
  return true;
}

/** The marks in text order: as they come from `findQuoteMarks`, or else sorted (a copy). */
function byOpening(marks: readonly MarkSpan[]): readonly MarkSpan[] {
  for (let k = 1; k < marks.length; k++)
    if ((marks[k] as MarkSpan).open < (marks[k - 1] as MarkSpan).open)
      return [...marks].sort((a, b) => a.open - b.open);
  return marks;
}

/**
 * The start of the last span ending at offset `end`, if any: a scan from the end (an article asks two or three
 * times, where mapping every mention by its end cost more).
 */
function startOfSpanEndingAt(spans: readonly Span[], end: number): number | undefined {
  for (let k = spans.length - 1; k >= 0; k--)
    if ((spans[k] as Span).end === end) return (spans[k] as Span).start;
  return undefined;
}

/** The token run of a stage-3 mention that ends with token j (and starts at or after `floor`). */
function mentionEndingAt(c: Context, j: number, floor: number): TokenRun | null {
  const token = c.tokens[j];
  const start = token ? startOfSpanEndingAt(c.mentions, token.end) : undefined;
  if (start === undefined || start >= (token as Token).end) return null;
  // the mention's first token, found by walking back from its last: a mention is a few tokens long, and the
  // tokens near j are in the caches where a binary search over the article's tokens reads cold ones
  let first = j;
  while (first > 0 && (c.tokens[first - 1] as Token).end > start) first--;
  return first >= floor ? { first, last: j } : null;
}

/** News rubrics that head a headline before a colon ("Analysis: …", "Live: …"): a genre, not a source. */
const RUBRICS = new Set([
  'analysis',
  'breaking',
  'comment',
  'commentary',
  'editorial',
  'exclusive',
  'explainer',
  'factbox',
  'factcheck',
  'feature',
  'interview',
  'live',
  'obituary',
  'opinion',
  'profile',
  'review',
  'timeline',
  'update',
  'watch',
]);

/** Heads of a headline's topic before a colon ("Sudan war: …", "Peru protests: …"): events, not speakers. */
const TOPICS = new Set([
  'election',
  'elections',
  'vote',
  'polls',
  'referendum',
  'crisis',
  'war',
  'conflict',
  'protest',
  'protests',
  'unrest',
  'talks',
  'summit',
  'ceasefire',
  'truce',
  'coup',
  'deal',
  'budget',
  'trial',
  'inquiry',
  'attack',
  'attacks',
  'floods',
  'earthquake',
  'sanctions',
  'tariffs',
  'row',
  'dispute',
  'standoff',
  'tensions',
  'clashes',
  'violence',
]);

/** Words that open an explainer's headline: "Why …", "How …", "What … means". */
const EXPLAINER_OPENERS = new Set(['why', 'how', 'what', 'when', 'where', 'who', 'which']);

/**
 * A headline's cue word that is a topic noun: before the headline's colon ("Kenya protests: what we know") or in an
 * explainer's question ("Why the Red Sea attacks matter"). "Why Ghana says the deal is dead" still attributes.
 */
function isTopicNoun(tokens: readonly Token[], cue: Cue, sentence: Sentence): boolean {
  if (cue.first !== cue.last || !TOPICS.has(tokens[cue.first]?.lower ?? '')) return false;
  return (
    tokens[cue.last + 1]?.text === ':' || EXPLAINER_OPENERS.has(tokens[sentence.tokenStart]?.lower ?? '')
  );
}

/** "Kremlin: US strike a violation of international law": a headline's source before a colon. */
function readHeadlineColon(c: Context, sentence: Sentence, index: number): Draft | null {
  const { tokens } = c;
  let source = nounPhraseStartingAt(tokens, sentence.tokenStart, sentence.tokenEnd, 6);
  if (tokens[source ? source.last + 1 : -1]?.text !== ':') {
    // the sentence's first colon: looked for in the sentence only, not from the article's first token
    let colon = -1;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd && colon < 0; i++) {
      if (tokens[i]?.text === ':') colon = i;
    }
    source = colon > sentence.tokenStart ? mentionEndingAt(c, colon - 1, sentence.tokenStart) : null;
    if (source && source.first !== sentence.tokenStart) source = null;
  }
  const colon = source ? source.last + 1 : -1;
  if (!source || tokens[colon]?.text !== ':' || colon + 2 >= sentence.tokenEnd) return null;
  if (source.first === source.last && RUBRICS.has(tokens[source.first]?.lower ?? '')) return null;
  // "Tanzania election: opposition rejects results": a story's topic before the colon, not its source
  if (TOPICS.has(tokens[source.last]?.lower ?? '')) return null;
  // "Analysis: Will sanctions work?": a headline's question asks; it attributes nothing.
  if (tokens[sentence.tokenEnd - 1]?.text === '?') return null;
  if (
    tokens[source.last]?.pos !== 'PROPN' &&
    tokens[source.last]?.pos !== 'NOUN' &&
    !mentionEndingAt(c, source.last, source.first)
  )
    return null;
  const start = (tokens[colon + 1] as Token).start;
  const end = clauseEnd(c, colon + 1, sentence);
  if (end <= start) return null;
  const kind = absorbMarks(c, start, end) ? 'mixed' : 'indirect';
  const cue = cueOf(colon, colon, null, null);
  return {
    start,
    end,
    kind,
    cue,
    speaker: source,
    carried: false,
    sentence: index,
    paragraph: sentence.paragraph,
  };
}

/**
 * Whether token i is inside quotation marks, for tokens asked in text order (as the cue search asks):
 * one sweep over the marks in text order, and no pass of its own over the tokens.
 */
function insideMarks(tokens: readonly Token[], sorted: readonly MarkSpan[]): (i: number) => boolean {
  let m = 0;
  return (i) => {
    const token = tokens[i] as Token;
    while (m < sorted.length && (sorted[m] as MarkSpan).innerEnd <= token.start) m++;
    const mark = sorted[m];
    return mark !== undefined && mark.innerStart <= token.start && token.end <= mark.innerEnd;
  };
}

function tokenAfter(tokens: readonly Token[], offset: number, sentence: Sentence): number {
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd && (tokens[i] as Token).start < offset) i++;
  return i;
}

function readCue(
  c: Context,
  cue: Cue,
  sentence: Sentence,
  index: number,
  segmentStart: number,
  previous: Draft | null,
): Draft | null {
  if (cue.phrase) return readSourcePhrase(c, cue, sentence, index, segmentStart);
  const { tokens } = c;
  const asked = readAskedClause(c, cue, sentence, index, segmentStart);
  if (asked) return asked;
  // "The governor is expected to sign the bill on Friday": the whole clause is the expectation, held by no one named
  if (cue.passive) {
    const start = (tokens[segmentStart] as Token).start;
    const end = clauseEnd(c, segmentStart, sentence);
    if (cue.first === segmentStart || end <= start) return null;
    const kind = absorbMarks(c, start, end) ? 'mixed' : 'indirect';
    return {
      start,
      end,
      kind,
      cue,
      speaker: null,
      carried: false,
      sentence: index,
      paragraph: sentence.paragraph,
    };
  }
  let speaker: TokenRun | null = null;
  let inverted = false;
  const coordinated = COORDINATORS.has(tokens[cue.first - 1]?.lower ?? '');
  // "The ministry said the claims were false and warned that …": a verb joined to the cue whose
  // content ends at the "and" shares that cue's speaker, not the subject inside the content
  // "… said Lima had sent crews, adding: …": so does a participle right after that content
  const joined = coordinated ? cue.first - 1 : cue.first;
  if ((coordinated || cue.participle) && previous?.speaker && joinsContent(c, previous, joined, sentence))
    speaker = previous.speaker;
  // the participle's subject may sit before an earlier attribution of the same sentence:
  // "Ortiz criticised Blanco, saying she would …"
  else if (cue.participle || coordinated) speaker = mainSubject(tokens, cue.first - 2, sentence.tokenStart);
  else speaker = subjectBefore(tokens, cue.first - 1, segmentStart);
  speaker ??= cue.participle ? null : subjectBeforeClause(tokens, cue.first - 1, segmentStart);
  if (!speaker && !cue.participle && !coordinated)
    speaker = leadingSubject(tokens, cue.first - 1, segmentStart);
  // "Lynch said": a name stage 3 knows, which the tagger read as a verb
  if (!speaker && !cue.participle)
    speaker = mentionEndingAt(c, skipAdverbs(tokens, cue.first - 1, segmentStart), segmentStart);
  // "Ada Price, a fellow at the think tank Harbor Policy, said": the name that opens the sentence
  if (!speaker && !cue.participle && tokens[cue.first - 1]?.text === ',') {
    const opening = nounPhraseStartingAt(tokens, segmentStart, cue.first);
    if (opening && tokens[opening.last + 1]?.text === ',' && tokens[opening.last]?.pos === 'PROPN')
      speaker = opening;
  }
  let next = cue.last + 1;
  if (!speaker && !cue.participle) {
    // "“It is over,” said the minister."
    const run = nounPhraseStartingAt(tokens, next, sentence.tokenEnd);
    if (run && isBoundary(c, cue.first - 1)) {
      // "said its representative in Dhaka, Lucia Fernandes": the name after the title
      const named = nameAfterTitle(tokens, run, sentence.tokenEnd);
      speaker = named ?? run;
      inverted = true;
      next = speaker.last + 1;
    }
  }
  const forward = inverted ? next : skipComplementHead(c, cue, next, sentence.tokenEnd);
  // the subject of "accused of" is whom the words are about: the content is read, no speaker is named
  const draft = draftsOf(cue, cue.agentless ? null : speaker, index, sentence.paragraph);
  let boundary = inverted ? cue.first - 1 : speaker ? speaker.first - 1 : cue.first - 1;
  // "“…,” his wife, Gabriela Lazar, wrote": the quote closes before the role the name stands beside
  if (speaker && !inverted && !closingMarkAt(c, boundary) && tokens[boundary]?.text === ',') {
    for (let j = boundary - 1; j >= segmentStart && boundary - j < 6; j--) {
      if (closingMarkAt(c, j)) {
        boundary = j;
        break;
      }
      if (!ROLE_TAGS.has(tokens[j]?.pos ?? '')) break;
    }
  }
  const postposed = boundary >= segmentStart && isBoundary(c, boundary);
  // "“…,” the Russian foreign ministry said." / "“…,” said Hill." / "“…,” he said, “…”"
  if (postposed && closingMarkAt(c, boundary)) {
    const before = contentBefore(c, boundary, segmentStart, sentence);
    if (before) {
      const merged = mergeSplitQuote(c, before, forward, sentence);
      return draft(before.start, merged ?? before.end, merged ? 'direct' : before.kind);
    }
  }
  // "As a local reporter noted, she did not win the county": the content follows the comma
  if (speaker && !inverted && tokens[speaker.first - 1]?.lower === 'as' && tokens[forward]?.text === ',') {
    const after = forward + 1;
    const start = (tokens[after] as Token | undefined)?.start;
    const end = clauseEnd(c, after, sentence);
    if (
      start !== undefined &&
      after < sentence.tokenEnd &&
      end > start &&
      hasVerb(tokens, after, sentence.tokenEnd - 1)
    ) {
      return draft(start, end, absorbMarks(c, start, end) ? 'mixed' : 'indirect');
    }
  }
  // "The real danger, she said, is a run on the banks": the cue inside its own content
  if (speaker && !inverted && tokens[speaker.first - 1]?.text === ',' && tokens[forward]?.text === ',') {
    const inner = readParenthetical(c, speaker.first - 1, forward, segmentStart, sentence);
    if (inner) return draft(inner.start, inner.end, inner.kind);
  }
  // In a statement the ministry said, "…" / Trump tweeted: "…"
  let k = forward;
  while (k < sentence.tokenEnd && hasClass(c.classes, k, LEAD_IN)) k++;
  const opening = tokens[k] ? c.markByOpen.get((tokens[k] as Token).start) : undefined;
  if (opening && !c.used.has(opening) && !inverted) {
    c.used.add(opening);
    const after = tokenAfter(tokens, opening.end, sentence);
    if (opening.closed && !endsClause(c, after, sentence)) {
      const end = clauseEnd(c, after, sentence);
      absorbMarks(c, opening.open, end);
      return draft(opening.open, Math.max(end, opening.end), 'mixed');
    }
    return draft(opening.innerStart, trimEnd(c.text, opening.innerStart, opening.innerEnd), 'direct');
  }
  // "Some voters say: it is time to leave": a colon before an unquoted clause
  const from = tokens[forward]?.text === ':' ? forward + 1 : forward;
  if (speaker && !inverted && startsClause(c, cue, from, sentence)) {
    const end = clauseEnd(c, from, sentence);
    const start = (tokens[from] as Token).start;
    if (end > start) return draft(start, end, absorbMarks(c, start, end) ? 'mixed' : 'indirect');
  }
  // "Sanders endorsed Mrs. Clinton", "Rubio rejected the notion that …": the object is what is attributed
  // (negated too: "did not endorse Mrs. Clinton" is still her stance, as PolNeAR reads it)
  if (
    speaker &&
    !inverted &&
    cue.verb?.frames.has('content') &&
    forward < sentence.tokenEnd &&
    !isMaterialObject(c, cue, forward, sentence)
  ) {
    const head = tokens[forward] as Token;
    if (head.pos === 'PRON' || nounPhraseStartingAt(tokens, forward, sentence.tokenEnd)) {
      const end = objectEnd(c, forward, sentence);
      if (end > head.start)
        return draft(head.start, end, absorbMarks(c, head.start, end) ? 'mixed' : 'indirect');
    }
  }
  // "Moreau called the report “biased and careless.”": an object with quoted words; "Rome has not
  // commented publicly, but an aide said …" has none
  if (speaker && !inverted && !isNegated(tokens, cue) && forward < sentence.tokenEnd) {
    const start = (tokens[forward] as Token).start;
    const end = clauseEnd(c, forward, sentence);
    if (end > start && hasUnusedMark(c, start, end)) {
      absorbMarks(c, start, end);
      return draft(start, end, 'mixed');
    }
  }
  // "More than a million voters turned out, the minister said."
  if (postposed && endsClause(c, forward, sentence)) {
    const before = contentBefore(c, boundary, segmentStart, sentence);
    if (before) return draft(before.start, before.end, before.kind);
  }
  return null;
}

/** Whether only commas stand between the end of a draft's content and the conjunction at `conjunction`. */
function joinsContent(c: Context, draft: Draft, conjunction: number, sentence: Sentence): boolean {
  let k = tokenAfter(c.tokens, draft.end, sentence);
  while (k < conjunction && c.tokens[k]?.text === ',') k++;
  return k === conjunction && draft.cue !== null && draft.cue.last < conjunction;
}

/** "did not criticise", "has never publicly commented": a negator right before the cue, or before one adverb. */
function isNegated(tokens: readonly Token[], cue: Cue): boolean {
  const before = tokens[cue.first - 1];
  if (before === undefined) return false;
  if (NEGATORS.has(before.lower)) return true;
  return before.pos === 'ADV' && NEGATORS.has(tokens[cue.first - 2]?.lower ?? '');
}

/**
 * Whether the object of a verb with a concrete sense ("offered aid to the flood victims", "attacked a police
 * post") names a thing, place or force: its words up to a preposition or a comma.
 */
function isMaterialObject(c: Context, cue: Cue, forward: number, sentence: Sentence): boolean {
  if (!cue.verb?.frames.has('concrete')) return false;
  for (let i = forward; i < sentence.tokenEnd && i < forward + 6; i++) {
    const token = c.tokens[i] as Token;
    if (c.lexicon.concrete.has(token.lower)) return true;
    if (token.pos === 'ADP' || token.pos === 'PUNCT' || token.pos === 'VERB') return false;
  }
  return false;
}

/**
 * "Asked whether he would run, Diaz said …", "when asked about the plan, …": the question is the
 * content; its asker is named only after "by".
 */
function readAskedClause(
  c: Context,
  cue: Cue,
  sentence: Sentence,
  index: number,
  segmentStart: number,
): Draft | null {
  const { tokens } = c;
  if (cue.verb?.lemma !== 'ask' || tokens[cue.last]?.lower !== 'asked' || cue.first !== cue.last) return null;
  const before = tokens[cue.first - 1]?.lower ?? '';
  if (cue.first !== segmentStart && !ASKED_OPENERS.has(before)) return null;
  let k = cue.last + 1;
  let speaker: TokenRun | null = null;
  if (tokens[k]?.lower === 'by') {
    speaker = nounPhraseStartingAt(tokens, k + 1, sentence.tokenEnd);
    if (speaker) k = speaker.last + 1;
  }
  if (tokens[k]?.lower === 'about') k++;
  let end = k;
  while (end < sentence.tokenEnd && !QUESTION_STOPS.has(tokens[end]?.text ?? '')) end++;
  if (end === k || end >= sentence.tokenEnd) return null;
  const start = (tokens[k] as Token).start;
  const stop = (tokens[end - 1] as Token).end;
  const kind = absorbMarks(c, start, stop) ? 'mixed' : 'indirect';
  return {
    start,
    end: stop,
    kind,
    cue,
    speaker,
    carried: false,
    sentence: index,
    paragraph: sentence.paragraph,
  };
}

/** The whole sentence around a parenthetical cue, when words with a verb stand on both sides of it. */
function readParenthetical(
  c: Context,
  before: number,
  after: number,
  segmentStart: number,
  sentence: Sentence,
): { start: number; end: number; kind: QuoteKind } | null {
  const { tokens } = c;
  if (before - segmentStart < 1 || c.markByEnd.has((tokens[before - 1] as Token).end)) return null;
  // "Pressing the point, Moreau said, “When we …”": the cue introduces a quote, it is not inside one
  if (c.markByOpen.has((tokens[after + 1] as Token | undefined)?.start ?? -1)) return null;
  if (!hasVerb(tokens, after + 1, Math.min(after + 12, sentence.tokenEnd - 1))) return null;
  const start = (tokens[segmentStart] as Token).start;
  const end = clauseEnd(c, after + 1, sentence);
  if (end <= start) return null;
  return { start, end, kind: absorbMarks(c, start, end) ? 'mixed' : 'indirect' };
}

/** "its representative in Dhaka, Lucia Fernandes" -> Lucia Fernandes: a proper name set off by a comma after a title. */
function nameAfterTitle(tokens: readonly Token[], run: TokenRun, end: number): TokenRun | null {
  let k = run.last + 1;
  while (k < end && k - run.last < 6 && TITLE_TAGS.has(tokens[k]?.pos ?? '')) k++;
  if (tokens[k]?.text !== ',') return null;
  const named = nounPhraseStartingAt(tokens, k + 1, end);
  if (!named || !tokens.slice(named.first, named.last + 1).every((t) => t.pos === 'PROPN')) return null;
  return { first: named.first, last: named.last, role: run };
}

function closingMarkAt(c: Context, j: number): boolean {
  const token = c.tokens[j];
  if (!token) return false;
  if (c.markByEnd.has(token.end)) return true;
  const previous = c.tokens[j - 1];
  return token.text === ',' && previous !== undefined && c.markByEnd.has(previous.end);
}

/** "according to X, …" and "…, according to X." */
function readSourcePhrase(
  c: Context,
  cue: Cue,
  sentence: Sentence,
  index: number,
  segmentStart: number,
): Draft | null {
  const { tokens } = c;
  const speaker =
    nounPhraseStartingAt(tokens, cue.last + 1, sentence.tokenEnd, 16) ??
    wordsUntilPunctuation(tokens, cue.last + 1, sentence.tokenEnd);
  if (!speaker) return null;
  // the subject of "accused of" is whom the words are about: the content is read, no speaker is named
  const draft = draftsOf(cue, cue.agentless ? null : speaker, index, sentence.paragraph);
  let after = speaker.last + 1;
  if (cue.first > segmentStart && isBoundary(c, cue.first - 1)) {
    const before = contentBefore(c, cue.first - 1, segmentStart, sentence);
    return before ? draft(before.start, before.end, before.kind) : null;
  }
  while (after < sentence.tokenEnd && tokens[after]?.text !== ',') after++;
  after++;
  if (after >= sentence.tokenEnd) return null;
  const start = (tokens[after] as Token).start;
  const end = clauseEnd(c, after, sentence);
  if (end <= start) return null;
  return draft(start, end, absorbMarks(c, start, end) ? 'mixed' : 'indirect');
}

/** "according to exit polls": the source's words up to the next punctuation when they do not parse as a noun phrase. */
function wordsUntilPunctuation(tokens: readonly Token[], first: number, end: number): TokenRun | null {
  let last = first - 1;
  while (last + 1 < end && last - first < 10 && tokens[last + 1]?.pos !== 'PUNCT') last++;
  return last >= first ? { first, last } : null;
}

/**
 * "Senator Ruth Alder of Vermont, who toured the flooded towns, said": the subject before a
 * relative or appositive clause that ends with a comma just before the cue.
 */
function subjectBeforeClause(tokens: readonly Token[], comma: number, floor: number): TokenRun | null {
  if (tokens[comma]?.text !== ',') return null;
  for (let k = comma - 1; k > floor && comma - k < 30; k--) {
    if (tokens[k]?.text !== ',') continue;
    if (!RELATIVE_PRONOUNS.has(tokens[k + 1]?.lower ?? '')) return null;
    // "Ilse Marsh, 64, who farms near Dayton, says": past the age
    let end = k - 1;
    if (tokens[end]?.pos === 'NUM' && tokens[end - 1]?.text === ',') end -= 2;
    return nounPhraseEndingAt(tokens, end, floor);
  }
  return null;
}

/** The subject noun phrase that ends just before a cue, skipping adverbs and auxiliaries: "Hill has also said". */
function subjectBefore(tokens: readonly Token[], from: number, floor: number): TokenRun | null {
  let j = skipAdverbs(tokens, from, floor);
  // "Ada Price on Monday morning said", "Moreau later Monday told": a time between subject and verb
  let t = j;
  while (t >= floor && TIME_ADJUNCT.has(tokens[t]?.lower ?? '')) t--;
  // "A study released Friday said": past the participle too
  if (t < j && tokens[t]?.pos === 'VERB' && tokens[t]?.lower.endsWith('ed') && tokens[t - 1]?.pos === 'NOUN')
    t--;
  if (t < j && t >= floor && SUBJECT_HEAD_TAGS.has(tokens[t]?.pos ?? '')) j = skipAdverbs(tokens, t, floor);
  if (j < floor) return null;
  const token = tokens[j] as Token;
  // "Rep. Mike McCaul (Tex.) said"
  if (token.text === ')') {
    while (j > floor && tokens[j]?.text !== '(') j--;
    j--;
    if (j < floor) return null;
  }
  // "Chris Christie, who say", "Hungary, which had threatened": the antecedent names the speaker, the
  // relative pronoun is the nearest mention
  if ((token.lower === 'who' || token.lower === 'which') && tokens[j - 1]?.text === ',') {
    const antecedent = nounPhraseEndingAt(tokens, j - 2, floor);
    return antecedent ? { first: antecedent.first, last: antecedent.last, via: j } : null;
  }
  if (token.text === ',') return appositionSubject(tokens, j, floor);
  const run = nounPhraseEndingAt(tokens, j, floor);
  if (!run) return null;
  // "Chile summoned Peru's envoy to protest …": an infinitive of purpose is the subject's act
  const verb = run.first - 1;
  if (isPurposeInfinitive(tokens, run, from, verb) && verb - 1 >= floor) {
    const subject = subjectBefore(tokens, verb - 1, floor);
    if (subject) return subject;
  }
  return nameBeforeApposition(tokens, run, floor) ?? run;
}

/**
 * Verbs whose object is a means to their subject's end, told by the infinitive after it: "summoned the envoy to
 * protest", "issued a statement to deny", "held a news conference to announce". After other verbs the object may be
 * the infinitive's subject ("urged Peru to condemn") or the noun it completes ("gave the chair authority to call").
 */
const PURPOSE_VERBS = new Set([
  'summon',
  'send',
  'dispatch',
  'deploy',
  'meet',
  'visit',
  'convene',
  'host',
  'hold',
  'issue',
  'release',
  'publish',
  'use',
  'receive',
  'contact',
  'phone',
  'gather',
  'interrupt',
  'cut',
]);

/** Whether the cue after `run` is an infinitive ("to" between them) of purpose after the finite verb at `verb`. */
function isPurposeInfinitive(
  tokens: readonly Token[],
  run: TokenRun,
  cueBefore: number,
  verb: number,
): boolean {
  let to = false;
  for (let k = run.last + 1; k <= cueBefore; k++) if (tokens[k]?.lower === 'to') to = true;
  const head = tokens[verb];
  return to && head !== undefined && head.pos === 'VERB' && PURPOSE_VERBS.has(head.lemma);
}

function skipAdverbs(tokens: readonly Token[], from: number, floor: number): number {
  let j = from;
  while (j >= floor && SKIPPED_BEFORE_CUE.has(tokens[j]?.pos ?? '') && !isSubjectPronoun(tokens[j])) j--;
  return j;
}

/**
 * "Hugh Hill, a doctor at the hospital, said" -> Hugh Hill; "the minister, speaking in Berlin, said" and
 * "Hill, asked about the vote, said" -> the subject before the participle's phrase
 */
function appositionSubject(tokens: readonly Token[], comma: number, floor: number): TokenRun | null {
  // "The ministry, in a statement issued late on Sunday, said": a prepositional phrase set off by commas
  const opening = previousCommaWithin(tokens, comma, floor, 20);
  if (opening > floor && tokens[opening + 1]?.pos === 'ADP') {
    const run = nounPhraseEndingAt(tokens, opening - 1, floor);
    // the phrase before it must open the clause: not "a Democrat from Rhode Island, in the name of …"
    const before = run ? tokens[run.first - 1] : undefined;
    if (run && (run.first <= floor || before?.pos === 'CCONJ' || before?.pos === 'ADV')) return run;
  }
  for (let k = comma - 1; k >= floor && comma - k < 20; k--) {
    const token = tokens[k] as Token;
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      return tokens[k - 1]?.text === ',' && isParticiple(token)
        ? nounPhraseEndingAt(tokens, k - 2, floor)
        : null;
    }
    if (token.text !== ',') continue;
    const run = nounPhraseEndingAt(tokens, k - 1, floor);
    const proper = run && tokens.slice(run.first, run.last + 1).some((t) => t.pos === 'PROPN');
    if (run && proper) return run;
    // "his wife, Gabriela Lazar, wrote": the name is the apposition itself
    const inner = tokens.slice(k + 1, comma);
    if (inner.length > 0 && inner.every((t) => t.pos === 'PROPN')) return { first: k + 1, last: comma - 1 };
    return null;
  }
  return null;
}

/** The comma before `comma` at most `reach` tokens back, or -1. */
function previousCommaWithin(tokens: readonly Token[], comma: number, floor: number, reach: number): number {
  for (let k = comma - 1; k >= floor && comma - k < reach; k--) if (tokens[k]?.text === ',') return k;
  return -1;
}

/** "speaking", "asked", "quoted", "writing": a participle that can open a phrase set off by commas */
function isParticiple(token: Token): boolean {
  return token.pos === 'VERB' && /(?:ing|ed|en)$/.test(token.lower);
}

/** The subject of the clause a participle hangs on: "Kallas supported the action, saying …" -> Kallas */
function mainSubject(tokens: readonly Token[], from: number, floor: number): TokenRun | null {
  const finite = (j: number) => {
    const token = tokens[j] as Token;
    if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
    return !token.lower.endsWith('ing') && tokens[j - 1]?.lower !== 'to';
  };
  // "Albright urged women to vote for Clinton, saying …": the clause's first finite verb with a named subject
  for (let j = floor; j <= from; j++) {
    if (!finite(j)) continue;
    const run = subjectBefore(tokens, j - 1, floor);
    if (run && (tokens[run.last]?.pos === 'PROPN' || tokens[run.last]?.pos === 'PRON')) return run;
  }
  for (let j = from; j >= floor; j--) {
    if (finite(j)) return subjectBefore(tokens, j - 1, floor);
  }
  return null;
}

/** Skips what a verb carries before its content: an object, channel adjuncts, times, "that", "as", "of". */
function skipComplementHead(c: Context, cue: Cue, from: number, end: number): number {
  const { tokens, lexicon } = c;
  const frames = cue.verb?.frames;
  let k = from;
  // "pointed out that", "spoke up about": a particle belongs to the verb
  // (but "said up to 30 villages …" is a quantity)
  if (
    PARTICLES.has(tokens[k]?.lower ?? '') &&
    PARTICLE_TAGS.has(tokens[k]?.pos ?? '') &&
    quantifierLength(tokens, k) === 0
  )
    k++;
  for (let guard = 0; guard < 6 && k < end; guard++) {
    const token = tokens[k] as Token;
    const channel = matchPhrase(tokens, c.classes, k, end, lexicon);
    if (channel?.kind === 'channel') {
      k += channel.words.length;
      // "in an interview with CNN", "in a post on X"
      if (CHANNEL_LINKS.has(tokens[k]?.lower ?? ''))
        k = (nounPhraseStartingAt(tokens, k + 1, end)?.last ?? k) + 1;
      continue;
    }
    // "condemned Thursday's attack": a possessive day is part of the object, not a time adjunct
    if (hasClass(c.classes, k, TIME_WORD) && !isPossessiveMark(tokens[k + 1]?.lower ?? '')) {
      k++;
      continue;
    }
    if (token.lower === 'on' && TIME_WORDS.has(tokens[k + 1]?.lower ?? '')) {
      k += 2;
      continue;
    }
    if (RELATIVE_TIMES.has(token.lower) && TIME_UNITS.has(tokens[k + 1]?.lower ?? '')) {
      k += 2;
      continue;
    }
    if (frames?.has('object') && token.lower !== 'that') {
      // "praised her record": "her" before a noun is a possessive, not the object
      const possessive = token.lower === 'her' && POSSESSED_TAGS.has(tokens[k + 1]?.pos ?? '');
      if (isObjectPronoun(token) && !possessive) {
        k++;
        continue;
      }
      const run = nounPhraseStartingAt(tokens, k, end);
      const after = run ? tokens[run.last + 1]?.lower : undefined;
      // "condemned the detentions as “piracy”": the object with what it is called is the content
      const judged = after === 'as' && !frames.has('as') && frames.has('content');
      if (run && after && !judged && AFTER_OBJECT.has(after)) {
        k = run.last + 1;
        continue;
      }
      // "told reporters the police had acted lawfully": the hearer, then a clause with no "that"
      if (run && run.last - run.first < 4 && hasSubjectAndVerb(c, run.last + 1, end, false)) {
        k = run.last + 1;
        continue;
      }
      // "told a conference in Lima that …": the hearer, then an adjunct before "that"
      const content = run ? thatAfterAdjunct(tokens, run.last + 1, end) : -1;
      if (content > 0) return content;
    }
    break;
  }
  // "said in a radio interview that …", "said at the June summit that …": an adjunct before "that"
  const afterAdjunct = thatAfterAdjunct(tokens, k, end);
  if (afterAdjunct > 0) return afterAdjunct;
  const word = tokens[k]?.lower ?? '';
  // "announced last year that it would …", "told the radio that poorly built homes …": tagged a pronoun, but no
  // verb right after it ("said that was wrong") makes it the "that" of a clause
  const pronounThat =
    tokens[k]?.pos === 'PRON' && !isSubjectPronoun(tokens[k + 1]) && VERB_TAGS.has(tokens[k + 1]?.pos ?? '');
  if (word === 'that' && !pronounThat) {
    // "said that, as a precaution, …": the content starts after the comma
    return tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
  }
  if (word === 'as' && frames?.has('as')) return k + 1;
  if (word === 'of' && frames?.has('of')) return k + 1;
  if (word === 'for' && frames?.has('for')) return k + 1;
  // "warned about …", but "said about 200 people …" is a quantity
  if (word === 'about' && quantifierLength(tokens, k) === 0) return k + 1;
  return k;
}

/** After an adjunct opened by a preposition at `k` ("in a radio interview", "on Monday"): the token after its "that", or -1. */
function thatAfterAdjunct(tokens: readonly Token[], k: number, end: number): number {
  if (tokens[k]?.pos !== 'ADP' || tokens[k]?.lower === 'that') return -1;
  for (let j = k + 1; j < end && j < k + 10; j++) {
    const token = tokens[j] as Token;
    if (token.lower === 'that' && token.pos !== 'PRON') return j + 1;
    if (!ADJUNCT_TAGS.has(token.pos) || ADJUNCT_STOPS.has(token.text)) break;
  }
  return -1;
}

/** Whether the words from `k` make a reported clause: after "that", a subject with a verb, or "to" + verb. */
function startsClause(c: Context, cue: Cue, from: number, sentence: Sentence): boolean {
  const { tokens } = c;
  const k = from + quantifierLength(tokens, from);
  const first = tokens[k];
  if (!first) return false;
  const previous = tokens[from - 1]?.lower ?? '';
  if (previous === 'that' || previous === 'as' || previous === 'of' || previous === 'for') return true;
  if (previous === ',' && tokens[from - 2]?.lower === 'that') return true;
  if (first.lower === 'to' && cue.verb?.category !== 'speech') return (tokens[k + 1]?.pos ?? '') === 'VERB';
  if (QUESTION_WORDS.has(first.lower)) return true;
  // "says her husband will …": "her" before a noun is a possessive
  const possessive = first.lower === 'her' && POSSESSED_TAGS.has(tokens[k + 1]?.pos ?? '');
  if (!CLAUSE_STARTERS.has(first.pos)) return false;
  if (isObjectPronoun(first) && !possessive && first.lower !== 'it' && first.lower !== 'you') return false;
  for (let i = k + 1; i < sentence.tokenEnd && i < k + 15; i++) {
    const token = tokens[i] as Token;
    // "condemned the takeover and suspended the country": after a verb that takes its content as an
    // object, the verb after "and" is the cue's subject's
    if (token.pos === 'CCONJ' && tokens[i + 1]?.pos === 'VERB' && cue.verb?.frames.has('content'))
      return false;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
    // "recalled its ambassador after troops crossed the border": a subordinate clause before any verb
    // of its own leaves the words after the cue an object, not a clause
    if (i > k && hasClass(c.classes, i, SUBORDINATOR)) return false;
    // "they, too, have had …", "Renters, now a clear majority, outnumber …": a short insert
    if (hasClass(c.classes, i, COMMA)) {
      let close = i + 1;
      while (close < sentence.tokenEnd && close < i + 6 && !hasClass(c.classes, close, COMMA)) close++;
      if (hasClass(c.classes, close, COMMA) && close > i + 1) {
        i = close;
        continue;
      }
    }
    if (isClauseBreak(c, i)) return false;
  }
  return false;
}

/**
 * "said at least 40 children had been killed", "said nearly half the country …": the words of a
 * quantity before the subject's number (0 when none).
 */
function quantifierLength(tokens: readonly Token[], k: number): number {
  const word = tokens[k]?.lower ?? '';
  const next = tokens[k + 1]?.lower ?? '';
  const length =
    (word === 'at' && (next === 'least' || next === 'most')) || (word === 'up' && next === 'to')
      ? 2
      : QUANTITY_ADVERBS.has(word)
        ? 1
        : 0;
  const after = tokens[k + length];
  if (length === 0 || !after) return 0;
  return after.pos === 'NUM' || QUANTITY_NOUNS.has(after.lower) ? length : 0;
}

const QUANTITY_ADVERBS = new Set([
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'over',
]);
const QUANTITY_NOUNS = new Set([
  'half',
  'a',
  'one',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'two',
  'three',
]);

/** True when nothing but adjuncts and final punctuation follows token `k` in the sentence. */
function endsClause(c: Context, k: number, sentence: Sentence): boolean {
  const { tokens } = c;
  for (let i = k; i < sentence.tokenEnd; i++) {
    const token = tokens[i] as Token;
    if (isClauseBreak(c, i)) return true;
    if (hasClass(c.classes, i, TIME_WORD)) continue;
    // "…, he said in a statement on Tuesday."
    if (
      token.pos === 'ADP' ||
      token.pos === 'DET' ||
      token.pos === 'PROPN' ||
      token.pos === 'NOUN' ||
      token.pos === 'ADJ' ||
      token.pos === 'NUM'
    ) {
      if (i - k > 8) return false;
      continue;
    }
    return false;
  }
  return true;
}

/** Punctuation that ends a clause; "October-to-December" keeps its hyphens. */
function isClauseBreak(c: Context, i: number): boolean {
  if (!hasClass(c.classes, i, CLAUSE_MARK)) return false;
  const token = c.tokens[i] as Token;
  if (token.text !== '-') return true;
  return /\s/.test(c.text[token.start - 1] ?? ' ') || /\s/.test(c.text[token.end] ?? ' ');
}

/**
 * "Campaign aides said", "those surveyed say", "Roughly two in three say": the words between the
 * last comma (or the segment's start) and the cue, when no noun phrase parse found a subject.
 */
function leadingSubject(tokens: readonly Token[], before: number, floor: number): TokenRun | null {
  let first = before + 1;
  for (let j = before; j >= floor && before - j < 7; j--) {
    const token = tokens[j] as Token;
    if (token.pos === 'PUNCT' || token.pos === 'CCONJ' || token.pos === 'SCONJ' || token.lower === 'that')
      break;
    // "Lynch said": a capitalised word the tagger read as a verb is a name
    const capitalised = /^\p{Lu}/u.test(token.text);
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !token.lower.endsWith('ed') && !capitalised)
      return null;
    first = j;
  }
  if (first > before) return null;
  const stop = tokens[first - 1];
  if (first > floor && stop && stop.pos !== 'PUNCT') return null;
  const run = tokens.slice(first, before + 1);
  const nominal = (t: Token) =>
    NOMINAL_TAGS.has(t.pos) || QUANTIFIER_WORDS.has(t.lower) || (t.pos === 'VERB' && /^\p{Lu}/u.test(t.text));
  return run.some(nominal) ? { first, last: before } : null;
}

function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const pos = tokens[i]?.pos;
    if (pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

function isBoundary(c: Context, j: number): boolean {
  const token = c.tokens[j];
  if (!token) return false;
  return token.text === ',' || token.text === '—' || token.text === '–' || c.markByEnd.has(token.end);
}

/** The content a postposed cue attributes: the quoted span that ends at the boundary, or the clause before it. */
function contentBefore(
  c: Context,
  boundary: number,
  segmentStart: number,
  sentence: Sentence,
): { start: number; end: number; kind: QuoteKind } | null {
  const { tokens } = c;
  let j = boundary;
  let mark = c.markByEnd.get((tokens[j] as Token).end);
  if (!mark && tokens[j]?.text === ',' && j > 0) mark = c.markByEnd.get((tokens[j - 1] as Token).end);
  const segment = tokens[segmentStart] as Token;
  if (mark && !c.used.has(mark)) {
    c.used.add(mark);
    if (mark.open <= segment.start || tokens[segmentStart]?.start === mark.open) {
      return { start: mark.innerStart, end: trimEnd(c.text, mark.innerStart, mark.innerEnd), kind: 'direct' };
    }
    // "Economist Ada Price is proud to be the city’s “early warning,” the paper says": a clause, not a title
    const open = tokenIndexAt(tokens, mark.open);
    if (!hasVerb(tokens, segmentStart, open - 1)) return null;
    absorbMarks(c, segment.start, mark.end);
    return { start: segment.start, end: mark.end, kind: 'mixed' };
  }
  if (mark) return null;
  while (j > segmentStart && hasClass(c.classes, j, CLAUSE_MARK)) j--;
  const from = skipHeading(tokens, segmentStart, j);
  // "Speaking on behalf of the group, the envoy urged restraint": a fronted participle phrase is no clause; a
  // verb after the participle makes one ("Killing civilians is a crime, she said")
  const opener = isParticiple(tokens[from] as Token) ? from + 1 : from;
  if (j - from < 2 || j >= sentence.tokenEnd || !hasVerb(tokens, opener, j)) return null;
  const start = (tokens[from] as Token).start;
  const end = (tokens[j] as Token).end;
  return { start, end, kind: absorbMarks(c, start, end) ? 'mixed' : 'indirect' };
}

/** How many capitalised words a round-up's heading before a colon may have: "United Arab Emirates:". */
const HEADING_WORDS = 4;

/**
 * "India: New Delhi is saddened …, the ministry said": a heading of capitalised words and a colon at
 * the start of a line in a round-up or a live blog is no content; the content starts after the colon.
 */
function skipHeading(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end && k <= from + HEADING_WORDS; k++) {
    const token = tokens[k] as Token;
    if (token.text === ':') return k > from ? k + 1 : from;
    if (token.pos !== 'PROPN' || !/^\p{Lu}/u.test(token.text)) return from;
  }
  return from;
}

/**
 * "“We will respond,” he said, “and firmly.”" and "“It is over,” he said. “We lost.”": one content from
 * the first mark to the last, when the next quote follows the cue in the same paragraph with no cue of its own.
 */
function mergeSplitQuote(
  c: Context,
  before: { start: number; end: number; kind: QuoteKind },
  forward: number,
  sentence: Sentence,
): number | null {
  if (before.kind !== 'direct') return null;
  const { tokens } = c;
  let k = forward;
  while (k < tokens.length && k < forward + 8 && !c.markByOpen.has((tokens[k] as Token).start)) {
    const token = tokens[k] as Token;
    if (c.sentences[token.sentence]?.paragraph !== sentence.paragraph) return null;
    const adjunct = TIME_WORDS.has(token.lower) || TIME_ADJUNCT_TAGS.has(token.pos);
    if (!CLAUSE_FINAL.has(token.text) && !adjunct) return null;
    k++;
  }
  // the next mark opens after punctuation, not inside the cue's words ("he said of the “plan”")
  if (k === forward || !hasClass(c.classes, k - 1, CLAUSE_MARK)) return null;
  const next = tokens[k] ? c.markByOpen.get((tokens[k] as Token).start) : undefined;
  if (!next || c.used.has(next) || !next.closed || next.paragraph !== sentence.paragraph) return null;
  if (hasPostposedCue(c.text, next)) return null;
  c.used.add(next);
  return trimEnd(c.text, next.innerStart, next.innerEnd);
}

/** "“…,” she said." / "“…?” she asked.": a quote ending in a comma, or in ? or ! before a lower-case word, has its own cue after it. */
function hasPostposedCue(text: string, mark: MarkSpan): boolean {
  const inner = text.slice(mark.innerStart, mark.innerEnd).trimEnd();
  const after = text.slice(mark.end, mark.end + 40);
  if (inner.endsWith(',') || /^\s*,/.test(after)) return true;
  return /[?!]$/.test(inner) && /^\s+\p{Ll}/u.test(after);
}

/**
 * Where an attributed object ends: the clause's end, or an earlier comma or semicolon outside marks, or
 * a second predicate ("condemned the takeover and suspended the country").
 */
function objectEnd(c: Context, from: number, sentence: Sentence): number {
  const end = clauseEnd(c, from, sentence);
  for (let i = from + 1; i < sentence.tokenEnd; i++) {
    const token = c.tokens[i] as Token;
    if (token.start >= end) break;
    if ((token.text === ',' || token.text === ';') && !c.markByEnd.has(token.end)) {
      return Math.min(end, (c.tokens[i - 1] as Token).end);
    }
    const next = c.tokens[i + 1];
    if (token.pos === 'CCONJ' && next?.pos === 'VERB' && !c.lexicon.verbForms.has(next.lower)) {
      return Math.min(end, (c.tokens[i - 1] as Token).end);
    }
  }
  return end;
}

// "a claim", "an allegation": nouns that name what was said, set after it as its apposition
const CONTENT_NOUNS = new Set([
  'claim',
  'charge',
  'allegation',
  'accusation',
  'assertion',
  'account',
  'version',
  'statement',
  'view',
  'position',
  'assessment',
  'contention',
  'suggestion',
]);

// ", and …", ", as …": words after a comma that join another speaker's clause
const JOINING_WORDS = new Set(['and', 'but', 'as', 'although', 'though', 'yet']);

/** Whether the sentence ends at `k` with a short noun phrase and a reporting verb: "state television reported." */
function endsWithAttribution(c: Context, k: number, sentence: Sentence): boolean {
  const { tokens } = c;
  let j = k;
  while (j < sentence.tokenEnd && j < k + 6 && SOURCE_TAGS.has(tokens[j]?.pos ?? '')) j++;
  if (j === k || !c.lexicon.verbForms.has(tokens[j]?.lower ?? '')) return false;
  for (let end = j + 1; end < sentence.tokenEnd; end++) if (tokens[end]?.pos !== 'PUNCT') return false;
  return true;
}

/** Whether the last comma before `from` in its sentence opens a relative clause: ", which had warned …". */
function inRelativeClause(c: Context, from: number, sentence: Sentence): boolean {
  const { tokens, classes } = c;
  for (let k = from - 1; k >= sentence.tokenStart; k--) {
    if (!hasClass(classes, k, COMMA)) continue;
    const next = tokens[k + 1]?.lower;
    return next === 'which' || next === 'who';
  }
  return false;
}

/** Where a reported clause ends: the sentence end, or a clause that starts another attribution. */
function clauseEnd(c: Context, from: number, sentence: Sentence): number {
  const { tokens, classes } = c;
  let last = sentence.tokenEnd - 1;
  // "When Chile announced it would leave, officials in Lima were surprised": the content of a cue in a
  // fronted subordinate clause ends where the main clause starts
  const fronted = inFrontedClause(classes, from, sentence);
  // "Hungary, which had threatened to veto the package, abstained": a relative clause set off by commas
  // ends at the comma after which the main clause's verb resumes
  const relative = inRelativeClause(c, from, sentence);
  for (let i = from; i < sentence.tokenEnd; i++) {
    const bits = classes[i] as number;
    // every check below starts at a comma, a semicolon or a linking word ("and", "but", "before", …): the
    // other tokens need not be read
    if ((bits & (COMMA | SEMICOLON | ATTRIBUTION_LINK)) === 0) continue;
    const token = tokens[i] as Token;
    const comma = (bits & COMMA) !== 0;
    const resumes = relative && comma && i > from && VERB_TAGS.has(tokens[i + 1]?.pos ?? '');
    if ((bits & SEMICOLON) !== 0 || resumes) {
      last = i - 1;
      break;
    }
    if (fronted && comma && i > from && hasSubjectAndVerb(c, i + 1, sentence.tokenEnd, false, true)) {
      last = i - 1;
      break;
    }
    const nextWord = tokens[i + 1];
    const next = nextWord?.lower ?? '';
    // "…, saying …", "…, according to …"
    if (
      comma &&
      nextWord &&
      (next === 'according' || (next.endsWith('ing') && c.lexicon.verbForms.has(next)))
    ) {
      last = i - 1;
      break;
    }
    // "…, while Japan offered aid": a contrasting clause with a subject of its own is the writer's
    if (
      comma &&
      (next === 'while' || next === 'whereas') &&
      hasSubjectAndVerb(c, i + 2, sentence.tokenEnd, false)
    ) {
      last = i - 1;
      break;
    }
    // "… had deployed police, state television reported.": the source of the whole report, after its content
    if (comma && i > from && endsWithAttribution(c, i + 1, sentence)) {
      last = i - 1;
      break;
    }
    // "… had withdrawn, a claim the rebels denied": an apposition that names the content ends it
    if (comma && (next === 'a' || next === 'an') && CONTENT_NOUNS.has(tokens[i + 2]?.lower ?? '')) {
      last = i - 1;
      break;
    }
    // "…, and Chile said it would leave", "… but the rebels insisted …", "…, although economists
    // warned …": after a clause of its own, another speaker's attribution
    const joined =
      (comma && JOINING_WORDS.has(next)) ||
      (token.pos === 'CCONJ' &&
        (token.lower === 'and' || token.lower === 'but') &&
        hasVerb(tokens, from, i - 1));
    const speakerAt = comma ? i + 2 : i + 1;
    if (joined && i > from && hasSubjectAndVerb(c, speakerAt, sentence.tokenEnd, true)) {
      last = i - 1;
      break;
    }
    // "calling it “reckless” and arguing that …", "before insisting he …": the next attribution
    if (
      (bits & ATTRIBUTION_LINK) !== 0 &&
      nextWord &&
      nextWord.pos === 'VERB' &&
      c.lexicon.verbForms.has(next) &&
      (next.endsWith('ing') || token.pos === 'CCONJ')
    ) {
      last = i - 1;
      break;
    }
  }
  while (last > from && hasClass(c.classes, last, CLAUSE_MARK)) last--;
  const lastToken = tokens[last] as Token;
  // a closing mark whose quote opened inside the clause belongs to it
  const closing = c.markByEnd.get(lastToken.end);
  if (!closing && /^["”’']+$/.test(lastToken.text) && last > from) return (tokens[last - 1] as Token).end;
  return lastToken.end;
}

/** Whether the clause before `from` opens with a subordinator ("When", "After"), at the sentence's start or after a dash, colon or comma. */
function inFrontedClause(classes: readonly number[], from: number, sentence: Sentence): boolean {
  // the clause that holds the cue, not the content: a comma just before the content is passed
  for (let j = from - 1; j >= sentence.tokenStart; j--) {
    if (j === sentence.tokenStart) return hasClass(classes, j, FRONTING_WORD);
    if (j < from - 1 && hasClass(classes, j, CLAUSE_OPENER)) return hasClass(classes, j + 1, FRONTING_WORD);
  }
  return false;
}

/**
 * "Japan offered", "the UN envoy said", "he was": a noun phrase or pronoun at `k`, then a finite verb (a reporting
 * one when asked); with `phrases`, the subject's prepositional phrases between them ("officials in Lima were").
 */
function hasSubjectAndVerb(c: Context, k: number, end: number, reporting: boolean, phrases = false): boolean {
  const { tokens } = c;
  let subject = isSubjectPronoun(tokens[k]) ? { first: k, last: k } : nounPhraseStartingAt(tokens, k, end);
  while (phrases && subject && tokens[subject.last + 1]?.pos === 'ADP') {
    const object = nounPhraseStartingAt(tokens, subject.last + 2, end);
    subject = object ? { first: k, last: object.last } : null;
  }
  // "the military would", "the wounded were": an adjective the tagger left without its noun heads the subject
  if (
    !subject &&
    tokens[k]?.pos === 'DET' &&
    tokens[k + 1]?.pos === 'ADJ' &&
    VERB_TAGS.has(tokens[k + 2]?.pos ?? '')
  )
    subject = { first: k, last: k + 1 };
  if (!subject) return false;
  const verb = tokens[skipAdverbsForward(tokens, subject.last + 1, end)];
  if ((verb?.pos !== 'VERB' && verb?.pos !== 'AUX') || verb.lower.endsWith('ing')) return false;
  return !reporting || c.lexicon.verbForms.has(verb.lower);
}

function hasUnusedMark(c: Context, start: number, end: number): boolean {
  return marksWithin(c, start, end).some((mark) => !c.used.has(mark));
}

/** The marks, straight singles aside, that open at or after `start` and close by `end` (binary search on the marks in text order). */
function marksWithin(c: Context, start: number, end: number): MarkSpan[] {
  const { marks } = c;
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] as MarkSpan).open < start) lo = mid + 1;
    else hi = mid;
  }
  const found: MarkSpan[] = [];
  for (let i = lo; i < marks.length && (marks[i] as MarkSpan).open <= end; i++) {
    const mark = marks[i] as MarkSpan;
    // a straight single pair inside reported words may be a title or a scare quote: it does not make them mixed
    if (mark.end <= end + 1 && !mark.weak) found.push(mark);
  }
  return found;
}

/** Marks every quotation-mark span inside [start, end) as used; true when there was one (a mixed quote). */
function absorbMarks(c: Context, start: number, end: number): boolean {
  const found = marksWithin(c, start, end);
  for (const mark of found) c.used.add(mark);
  return found.length > 0;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** The paragraph a draft ends in: a quote run over two paragraphs is near the paragraph after its second. */
function lastParagraphOf(c: Context, draft: Draft): number {
  const last = c.tokens[tokenIndexAt(c.tokens, draft.end - 1)];
  return Math.max(draft.paragraph, c.sentences[last?.sentence ?? -1]?.paragraph ?? draft.paragraph);
}

/**
 * "The government issued the following statement on Sunday:" or "The text reads in full:": a sentence
 * ending in a colon right before a quote that stands alone introduces it; its subject is the speaker.
 */
function introducerOf(c: Context, quoteSentence: number): TokenRun | null {
  const before = c.sentences[quoteSentence - 1];
  if (!before || before.tokenEnd <= before.tokenStart) return null;
  if (c.tokens[before.tokenEnd - 1]?.text !== ':') return null;
  return mainSubject(c.tokens, before.tokenEnd - 2, before.tokenStart);
}

/**
 * Quotes with no cue of their own. A sentence that is only a quote continues the quote before it
 * ("“…,” he said. “…”") or carries the previous speaker; quoted words inside the writer's sentence
 * ("Bush called the plan a “disaster”") are attributed to the sentence's subject.
 */
function addUncuedQuotes(
  c: Context,
  marks: readonly MarkSpan[],
  drafts: Draft[],
  cues: readonly (readonly Cue[])[],
): void {
  const { text, tokens } = c;
  // straight single marks also set off titles and scare quotes: unclaimed by a cue, they are no quote
  const pending = byOpening(marks.filter((m) => !c.used.has(m) && !m.weak));
  for (let m = 0; m < pending.length; m++) {
    const mark = pending[m] as MarkSpan;
    const first = tokenIndexAt(tokens, mark.open);
    const token = tokens[first];
    if (!token) continue;
    // a quote with no word (no letter or digit) is none; its words are split only when a check below reads them
    if (!/[\p{L}\p{N}]/u.test(text.slice(mark.innerStart, mark.innerEnd))) continue;
    c.used.add(mark);
    const sentence = c.sentences[token.sentence] as Sentence;
    const lastSentence = c.sentences[tokens[tokenIndexAt(tokens, mark.end - 1)]?.sentence ?? 0];
    const alone =
      first <= sentence.tokenStart &&
      /^[\s.,!?;:)]*$/.test(text.slice(mark.end, lastSentence?.end ?? mark.end));
    // "“Would it be negotiable?” Hannity pressed.": any verb with a subject right after the quote is its cue
    const ending = /[,?!]$/.test(text.slice(mark.innerStart, mark.innerEnd).trimEnd());
    const after = ending ? postposedClause(c, tokenIndexAt(tokens, mark.end)) : null;
    if (after) {
      drafts.push({
        start: mark.innerStart,
        end: trimEnd(text, mark.innerStart, mark.innerEnd),
        kind: 'direct',
        cue: after.cue,
        speaker: after.speaker,
        carried: false,
        sentence: token.sentence,
        paragraph: mark.paragraph,
      });
      continue;
    }
    let previous: Draft | undefined;
    for (const d of drafts) if (d.start < mark.open && (!previous || d.start > previous.start)) previous = d;
    if (alone) {
      if (previous && continuesQuote(c, previous, mark)) {
        previous.end = trimEnd(text, mark.innerStart, mark.innerEnd);
        continue;
      }
      const introduced = introducerOf(c, token.sentence);
      const near = previous !== undefined && mark.paragraph - lastParagraphOf(c, previous) <= 1;
      drafts.push({
        start: mark.innerStart,
        end: trimEnd(text, mark.innerStart, mark.innerEnd),
        kind: 'direct',
        cue: null,
        speaker: introduced ?? (near && previous ? previous.speaker : null),
        carried: introduced === null && near,
        sentence: token.sentence,
        paragraph: mark.paragraph,
      });
      continue;
    }
    const words = text
      .slice(mark.innerStart, mark.innerEnd)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w));
    // “Morning Edition”, “Drift”, “Nine Days: The Story of the Siege”: a title or a name
    if (isTitle(words)) continue;
    // “Jobs First,” “Safe Streets,” and “Fair Play”: one quote
    let last = mark;
    for (
      let next = pending[m + 1];
      next && next.open - last.end <= 12 && !next.continues;
      next = pending[m + 1]
    ) {
      if (tokens[tokenIndexAt(tokens, next.open)]?.sentence !== token.sentence) break;
      c.used.add(next);
      last = next;
      m++;
    }
    const cue = inlineCue(c, first, sentence, cues[token.sentence] ?? []);
    // "this “alternative” ecosystem now includes …": a word or two with no verb before them is a scare quote
    if (!cue && words.length <= 3 && last === mark) continue;
    drafts.push({
      start: mark.innerStart,
      end: trimEnd(text, last.innerStart, last.innerEnd),
      kind: 'mixed',
      cue,
      speaker: cue ? inlineSpeaker(c, cue, sentence) : null,
      carried: false,
      sentence: token.sentence,
      paragraph: mark.paragraph,
    });
  }
}

const TITLE_SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'a',
  'an',
  'for',
  'with',
  'to',
  'in',
  'on',
  'at',
  'by',
  'from',
  'or',
]);

/** Capitalised words, short function words aside: the name of a show, a book, a campaign. */
function isTitle(words: readonly string[]): boolean {
  // one pass that stops at the first content word in lower case (most quotes have one early)
  let content = 0;
  for (const w of words) {
    if (TITLE_SMALL_WORDS.has(w.toLowerCase()) || !/\p{L}/u.test(w)) continue;
    if (!/^[^\p{L}]*\p{Lu}/u.test(w)) return false;
    content++;
  }
  if (content === 0) return false;
  // a capitalised sentence ("We Are Going All The Way") is a headline quote when it has a pronoun
  return words.length <= 3 || !words.some((w) => /^(i|we|you|he|she|they|it|i'm|we're|it's)$/i.test(w));
}

/** "Hannity pressed" / "came shouts from the crowd" after a quote: a subject and a verb, in either order. */
function postposedClause(c: Context, k: number): { cue: Cue; speaker: TokenRun } | null {
  const { tokens } = c;
  let i = k;
  if (tokens[i]?.text === ',') i++;
  const cueAt = (j: number): Cue => cueOf(j, j, null, null);
  const limit =
    (tokens[i] ? c.sentences[(tokens[i] as Token).sentence]?.tokenEnd : undefined) ?? tokens.length;
  const subject = nounPhraseStartingAt(tokens, i, limit);
  if (subject && (tokens[subject.last]?.pos === 'PROPN' || tokens[subject.last]?.pos === 'PRON')) {
    const j = skipAdverbsForward(tokens, subject.last + 1, limit);
    if (tokens[j]?.pos === 'VERB') return { cue: cueAt(j), speaker: subject };
  }
  if (tokens[i]?.pos === 'VERB') {
    const inverted = nounPhraseStartingAt(tokens, i + 1, limit);
    if (inverted && tokens[inverted.last]?.pos === 'PROPN') return { cue: cueAt(i), speaker: inverted };
  }
  // "the soft-spoken, 64-year-old mayor said", "her brother, Tomas Ferro, wrote": a subject with
  // commas inside, ended by a reporting verb
  for (let j = i + 1; j < limit && j < i + 14; j++) {
    const token = tokens[j] as Token;
    const verb = token.pos === 'VERB' && !/^\p{Lu}/u.test(token.text);
    if (verb && (c.lexicon.verbForms.has(token.lower) || j - i <= 4)) {
      let last = j - 1;
      while (last > i && tokens[last]?.text === ',') last--;
      const named = tokens.slice(i, last + 1).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN');
      return named ? { cue: cueAt(j), speaker: { first: i, last } } : null;
    }
    if (!INLINE_TAGS.has(token.pos) || INLINE_STOPS.has(token.text)) break;
  }
  return null;
}

function skipAdverbsForward(tokens: readonly Token[], from: number, end: number): number {
  let j = from;
  // "would not bow": the negation inside the verb group too
  while (
    j < end &&
    (tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'AUX' || NEGATORS.has(tokens[j]?.lower ?? ''))
  )
    j++;
  return j;
}

/**
 * "“It is over,” he said. “We lost.”": the quote after a postposed cue goes on with the same quote,
 * in the same paragraph or in the next one when the cue's sentence closed the paragraph.
 */
function continuesQuote(c: Context, previous: Draft, mark: MarkSpan): boolean {
  if (previous.kind === 'indirect' || !previous.cue) return false;
  const cueStart = (c.tokens[previous.cue.first] as Token).start;
  if (cueStart < previous.end || cueStart > mark.open) return false;
  const between = c.text.slice(previous.end, mark.open);
  if (between.length > 300 || /[“”"«»]/.test(between.slice(1))) return false;
  if (mark.paragraph === previous.paragraph) return true;
  return mark.paragraph === previous.paragraph + 1 && (between.match(/[.!?]\s/g) ?? []).length <= 1;
}

/** The cue of quoted words inside a sentence: the last reporting verb before them, else the clause's first verb. */
function inlineCue(c: Context, at: number, sentence: Sentence, cues: readonly Cue[]): Cue | null {
  let found: Cue | null = null;
  for (const cue of cues) if (cue.last < at && !cue.phrase) found = cue;
  if (found) return found;
  for (let j = sentence.tokenStart; j < at; j++) {
    const token = c.tokens[j] as Token;
    if (token.pos === 'VERB' && !token.lower.endsWith('ing')) {
      return cueOf(j, j, null, null);
    }
  }
  return null;
}

function inlineSpeaker(c: Context, cue: Cue, sentence: Sentence): TokenRun | null {
  const coordinated = COORDINATORS.has(c.tokens[cue.first - 1]?.lower ?? '');
  if (cue.participle || coordinated) return mainSubject(c.tokens, cue.first - 2, sentence.tokenStart);
  return subjectBefore(c.tokens, cue.first - 1, sentence.tokenStart);
}

/** Index of the first token that ends after `offset` (binary search; tokens are in text order). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
