// The lexicon the events stage uses, as loaded by src/adapters/lexicons/events.ts.

/** One CAMEO code with its name, Goldstein score and PLOVER category. */
export interface CameoCode {
  code: string;
  name: string;
  goldstein: number;
  plover: string;
}

/** What the head token of a predicate pattern must be. */
export type HeadClass = 'verb' | 'noun' | 'any';

/** A word of a pattern after its head; `gap` lets up to four other words come before it. */
export interface PatternWord {
  word: string;
  gap: boolean;
  /** marked `/n`: the word must be a noun ("missile strike" is no "missiles struck") */
  noun?: boolean;
}

/** The code of an entry that names no event: an idiom of an event verb ("struck a conciliatory tone"). */
export const NO_EVENT = '-';

/** A dictionary entry: a predicate pattern ("hold _ talk/n") and the CAMEO code it gives. */
export interface PredicateEntry {
  code: string;
  head: string;
  headClass: HeadClass;
  rest: readonly PatternWord[];
  /** reciprocal: "X and Y met" codes both directions */
  sym: boolean;
  /** takes a complement event ("threatened to strike") that is part of this event */
  comp: boolean;
  /** code of the negated predicate; without it a negated predicate is no event */
  negCode: string | null;
  /** prepositions that introduce the target */
  targetPreps: ReadonlySet<string>;
  /** a place after "in"/"near" may be the target */
  loc: boolean;
  /** the subject is the target; the source follows a preposition ("received weapons from X") */
  subjectIsTarget: boolean;
  /** the pattern as written, for summaries ("hold talks") */
  display: string;
}

export interface EventWordClasses {
  /** verbs whose object noun carries the event: "launched an attack", "carried out strikes" */
  light: ReadonlySet<string>;
  /** reporting verbs: not events themselves; their complements are coded */
  reporting: ReadonlySet<string>;
  negators: ReadonlySet<string>;
  /** words that open another clause: an argument is not looked for across them */
  clauseBreaks: ReadonlySet<string>;
  /** relative pronouns: the subject of the verb after them is the noun phrase before them */
  relatives: ReadonlySet<string>;
  /** words of time adverbials between a subject and its verb ("France on Wednesday condemned") */
  timeWords: ReadonlySet<string>;
  passiveAux: ReadonlySet<string>;
  locationPreps: ReadonlySet<string>;
  /** "near the Ugandan border": a demonym before one of these names where, not whom */
  boundaries: ReadonlySet<string>;
  defaultTargetPreps: ReadonlySet<string>;
  /** modals of a future or possible act: "will withdraw", "may halt" (CAMEO: intent or threat) */
  future: ReadonlySet<string>;
  /** verbs of intention before "to": "plans to impose", "intends to visit" */
  intentVerbs: ReadonlySet<string>;
  /** adjectives of intention after "be": "is ready to send", "is prepared to impose" */
  intentAdjectives: ReadonlySet<string>;
  /** nouns of a decision or an attempt before "to": their possessor acts ("Mali's decision to expel …") */
  decisionNouns: ReadonlySet<string>;
  /** verbs of a decision before "to": the act decided is told ("the EU voted to impose tariffs") */
  decisionVerbs: ReadonlySet<string>;
  /** nouns of a relation to someone: "his friend", "Russia's allies" name another, not the possessor */
  relationalNouns: ReadonlySet<string>;
  /** "unless", "if": an act in a condition did not happen */
  conditionals: ReadonlySet<string>;
  /** "unless": a future act on this condition is an ultimatum */
  ultimatums: ReadonlySet<string>;
  /** modals of obligation: "Sudan must return the helicopter" (a demand, CAMEO 10) */
  obligation: ReadonlySet<string>;
  /** natural hazards and epidemics: "an earthquake struck", "floods hit the capital" are no actor's act */
  hazards: ReadonlySet<string>;
}

/** English irregular verbs, for the forms the tagger does not know ("retook", "overthrew"). */
export interface IrregularVerbs {
  /** past tense and past participle -> lemma: "took" -> "take", "taken" -> "take" */
  forms: ReadonlyMap<string, string>;
  /** words that look like a prefix and an irregular form but are words of their own: "resent", "outcome" */
  ownWords: ReadonlySet<string>;
}

export interface EventLexicon {
  version: number;
  codes: ReadonlyMap<string, CameoCode>;
  /** entries by head form (lemma and its inflections), longest pattern first */
  byHead: ReadonlyMap<string, readonly PredicateEntry[]>;
  words: EventWordClasses;
  irregular: IrregularVerbs;
}
