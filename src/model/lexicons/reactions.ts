// The lexicon the reactions stage uses, as loaded by src/adapters/lexicons/reactions.ts.
import type { Stance } from '../reaction.js';

/** One position of a cue pattern: a token that is one of `words`, starts with one of `prefixes`. */
export interface CueItem {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  /** when set, the token's part of speech must be this one (for `words` given as `word/POS`) */
  posOf: ReadonlyMap<string, string>;
  optional: boolean;
  /** when set, this item is a gap of up to `gap` tokens, not a token */
  gap?: number;
}

export type CueFlag =
  | 'appeal'
  | 'self'
  | 'keep-negated'
  | 'object'
  | 'refusal-flip'
  | 'needs-appeal'
  /** the cue describes its subject, who is the accused, never the one reacting ("Iran is defying …") */
  | 'about';

export interface StanceCue {
  stance: Stance;
  /** 3 explicit act, 2 fixed phrase, 1 evaluative word */
  strength: 1 | 2 | 3;
  items: readonly CueItem[];
  flags: ReadonlySet<CueFlag>;
  /** the line as written, for debugging and issues */
  source: string;
}

export interface ReactionModifiers {
  negators: ReadonlySet<string>;
  negativeVerbs: ReadonlySet<string>;
  refusalVerbs: ReadonlySet<string>;
  hedges: ReadonlySet<string>;
  intensifiers: ReadonlySet<string>;
  conditionals: ReadonlySet<string>;
  appealWords: ReadonlySet<string>;
  clauseBreakWords: ReadonlySet<string>;
  clauseBreakPunct: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  nonAgentPrepositions: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  groupNouns: ReadonlySet<string>;
  nominalBlockers: ReadonlySet<string>;
  statives: ReadonlySet<string>;
  callAnaphors: ReadonlySet<string>;
  /** modals of obligation: "X must condemn" is an appeal to X, not X's act */
  obligations: ReadonlySet<string>;
  /** nouns of a stated position whose "by" names its author: "the statements by the authorities" */
  positionNouns: ReadonlySet<string>;
  /** verbs that pass a judgement on their object: "called the strike illegal" */
  evaluationVerbs: ReadonlySet<string>;
  /** nouns whose "of X" names who acts: "the government of France", "the foreign minister of Peru" */
  officeNouns: ReadonlySet<string>;
  /** verbs that never leave out their object: "Army accused of shelling camp" is a passive */
  objectRequired: ReadonlySet<string>;
  /** harms done (a coup, an attack): a round-up about one takes backing of anyone else as opposing it */
  harmNouns: ReadonlySet<string>;
}

export interface ReactionLexicon {
  version: number;
  /** cues indexed by every word their first item accepts */
  cuesByWord: ReadonlyMap<string, readonly StanceCue[]>;
  /** cues whose first item is a prefix ("de-escalat*"): few, tried on every token */
  prefixCues: readonly StanceCue[];
  modifiers: ReactionModifiers;
}
