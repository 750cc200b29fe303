// Closed-class words that shape clauses, shared by the stages that split sentences into clauses.

/** Conjunctions that open a subordinate clause: "after troops crossed the border", "because …", "once …". */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'because',
  'since',
  'until',
  'unless',
  'although',
  'though',
  'when',
  'while',
  'whereas',
  'once',
]);
