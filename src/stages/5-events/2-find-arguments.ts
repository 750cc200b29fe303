// A predicate in its sentence -> source and target mention groups (subject, object, "by" agent, compounds).
import type { EventLexicon } from '../../model/lexicons/events.js';
import type { Sentence, Token } from '../../model/text.js';
import type { PredicateMatch } from './1-find-predicates.js';
import type { PlacedMention, TokenView } from './sentence-view.js';

export interface Arguments {
  sources: PlacedMention[];
  targets: PlacedMention[];
}

const WINDOW = 14;

export function findArguments(
  match: PredicateMatch,
  previous: { match: PredicateMatch; args: Arguments } | null,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): Arguments {
  const end = (match.matched.at(-1) ?? match.head) + 1;
  const subject = sharesSubject(match, previous, view.tokens)
    ? (previous?.args.sources ?? [])
    : findSubject(match, view, sentence, lexicon);
  if (match.nominal) {
    const modifier = findModifier(match.head, view, sentence);
    const agent = findAfter(end, view, sentence, lexicon, (prep) => prep === 'by');
    const target = findAfter(
      end,
      view,
      sentence,
      lexicon,
      (prep) => prep !== null && match.entry.targetPreps.has(prep),
    );
    const between = match.entry.sym
      ? findAfter(end, view, sentence, lexicon, (prep) => prep === 'between')
      : [];
    if (between.length > 1) return { sources: between, targets: [] };
    return { sources: modifier.length > 0 ? modifier : agent, targets: target };
  }
  if (match.passive) {
    const agent = findAfter(end, view, sentence, lexicon, (prep) => prep === 'by');
    return { sources: agent, targets: subject };
  }
  const object = findObject(match, end, view, sentence, lexicon);
  if (match.entry.subjectIsTarget) return { sources: object, targets: subject };
  return { sources: subject, targets: object.filter((m) => !subject.includes(m)) };
}

/** "Israel struck Gaza and killed …", "…, killing eight": the predicate shares the previous one's subject. */
function sharesSubject(
  match: PredicateMatch,
  previous: { match: PredicateMatch; args: Arguments } | null,
  tokens: readonly Token[],
): boolean {
  if (!previous || previous.args.sources.length === 0 || previous.match.nominal || match.nominal)
    return false;
  const anchor = tokens[match.anchor];
  const before = tokens[match.anchor - 1];
  if (anchor?.lower.endsWith('ing') && before?.text === ',') return true;
  const lastArg = Math.max(
    previous.match.matched.at(-1) ?? previous.match.head,
    ...previous.args.targets.map((m) => m.last),
  );
  for (let k = lastArg + 1; k < match.anchor; k++) {
    const token = tokens[k];
    if (!token) return false;
    const joins = token.lower === 'and' || token.text === ',' || token.lower === 'then';
    if (!joins && token.pos !== 'ADV' && token.pos !== 'AUX' && token.pos !== 'PART') return false;
    if (joins) return k === match.anchor - 1 || tokens[k + 1]?.pos === 'ADV' || tokens[k + 1]?.pos === 'AUX';
  }
  return false;
}

/**
 * The nearest actor before the verb in its clause that is not inside a prepositional phrase
 * ("The US commander in Iraq … held talks": the commander, not Iraq); failing that, the nearest.
 */
function findSubject(match: PredicateMatch, view: TokenView, sentence: Sentence, lexicon: EventLexicon) {
  let fallback: PlacedMention | null = null;
  for (let k = match.anchor - 1; k >= sentence.tokenStart; k--) {
    const token = view.tokens[k];
    if (!token || token.text === ';' || token.text === ':') break;
    const at = view.mentionAt[k] ?? -1;
    if (at < 0) continue;
    const placed = view.placed[at];
    if (!placed) continue;
    k = placed.first;
    const prep = prepositionBefore(placed.first, view, sentence);
    if (prep === null || prep === 'of') return withConjuncts(placed, view, sentence, lexicon);
    fallback ??= placed;
  }
  return fallback ? withConjuncts(fallback, view, sentence, lexicon) : [];
}

/** "Israeli air strikes", "Russia's invasion": an actor modifying the event noun. */
function findModifier(head: number, view: TokenView, sentence: Sentence): PlacedMention[] {
  for (let k = head - 1; k >= sentence.tokenStart && k >= head - 4; k--) {
    const token = view.tokens[k];
    if (!token) break;
    const at = view.mentionAt[k] ?? -1;
    if (at >= 0) {
      const placed = view.placed[at];
      return placed ? [placed] : [];
    }
    if (!['ADJ', 'NOUN', 'DET', 'PART', 'NUM'].includes(token.pos) && token.text !== "'s") break;
  }
  return [];
}

/** The object: the first actor after the predicate that is bare or after a target preposition. */
function findObject(
  match: PredicateMatch,
  end: number,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] {
  const preps = match.entry.targetPreps;
  let fallback: PlacedMention[] = [];
  const found = findAfter(end, view, sentence, lexicon, (prep, placed) => {
    if (prep === null || prep === 'of' || preps.has(prep)) return true;
    if (match.entry.loc && lexicon.words.locationPreps.has(prep) && fallback.length === 0)
      fallback = [placed];
    return false;
  });
  if (found.length > 0) return found;
  return fallback.length > 0 ? withConjuncts(fallback[0] as PlacedMention, view, sentence, lexicon) : [];
}

/** Scans right from `from` within the clause for the first mention whose preposition `accept`s. */
function findAfter(
  from: number,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
  accept: (prep: string | null, placed: PlacedMention) => boolean,
): PlacedMention[] {
  const limit = Math.min(sentence.tokenEnd, from + WINDOW);
  for (let k = from; k < limit; k++) {
    const token = view.tokens[k];
    if (!token) break;
    if (isClauseBreak(token, lexicon)) break;
    const at = view.mentionAt[k] ?? -1;
    if (at < 0) continue;
    const placed = view.placed[at];
    if (!placed) continue;
    k = placed.last;
    if (accept(prepositionBefore(placed.first, view, sentence), placed)) {
      return withConjuncts(placed, view, sentence, lexicon);
    }
  }
  return [];
}

function isClauseBreak(token: Token, lexicon: EventLexicon): boolean {
  if (token.text === ',' || token.text === ';' || token.text === ':' || token.text === '.') return true;
  if (lexicon.words.clauseBreaks.has(token.lower)) return true;
  return (
    token.pos === 'VERB' &&
    (lexicon.words.reporting.has(token.lemma) || lexicon.words.reporting.has(token.lower))
  );
}

/** The preposition governing the phrase that ends in the mention starting at `first`, if any. */
function prepositionBefore(first: number, view: TokenView, sentence: Sentence): string | null {
  for (let k = first - 1; k >= sentence.tokenStart && k >= first - 4; k--) {
    const token = view.tokens[k];
    if (!token) break;
    if (token.pos === 'ADP' || (token.pos === 'PART' && token.lower === 'to')) return token.lower;
    if (!['DET', 'ADJ', 'NUM'].includes(token.pos)) return null;
  }
  return null;
}

/** "Brazil and the United States", "Iran, Libya and Cuba": the mention with its coordinated mentions. */
function withConjuncts(
  placed: PlacedMention,
  view: TokenView,
  sentence: Sentence,
  lexicon: EventLexicon,
): PlacedMention[] {
  const group = [placed];
  const extend = (step: 1 | -1) => {
    let edge = step === 1 ? placed.last : placed.first;
    for (;;) {
      let k = edge + step;
      let joined = false;
      while (k >= sentence.tokenStart && k < sentence.tokenEnd) {
        const token = view.tokens[k];
        if (!token || (view.mentionAt[k] ?? -1) >= 0) break;
        if (token.lower === 'and' || token.text === ',' || token.text === '&') joined = true;
        else if (token.pos !== 'DET' && token.lower !== 'both') return;
        if (lexicon.words.clauseBreaks.has(token.lower)) return;
        k += step;
      }
      const next = view.placed[view.mentionAt[k] ?? -1];
      if (!joined || !next || next === group.at(-1)) return;
      // "Israel struck Gaza and Hamas fired": a mention after a verb is its object, not a conjunct.
      if (step === -1 && opensObject(next.first, view, sentence)) return;
      if (step === 1) group.push(next);
      else group.unshift(next);
      edge = step === 1 ? next.last : next.first;
    }
  };
  extend(1);
  extend(-1);
  return group;
}

function opensObject(first: number, view: TokenView, sentence: Sentence): boolean {
  for (let k = first - 1; k >= sentence.tokenStart; k--) {
    const token = view.tokens[k];
    if (!token) return false;
    if (token.pos === 'DET' || token.pos === 'ADJ' || token.pos === 'NUM') continue;
    return token.pos === 'VERB' || token.pos === 'ADP';
  }
  return false;
}
