// The working record of one mention while the stage builds it (token indices, not yet character spans).
import type { MentionKind, Sector } from '../../model/actor.js';
import type { BodyRole } from '../../model/lexicons/actors.js';

export interface Draft {
  /** token indices, end exclusive */
  start: number;
  end: number;
  actor: string;
  kind: MentionKind;
  sector?: Sector;
  person?: string;
  sentence: number;
  /** the draft a pronoun or description refers back to */
  antecedent?: Draft;
  /** a group of people ("troops", "Palestinians"): an antecedent for "they" */
  plural?: boolean;
  /** the key of the head body or title ("foreign ministry", "president"), for descriptions */
  head?: string;
  bodyRole?: BodyRole;
  /** the affiliation ended here: "Hungarian" in "Hungarian and Romanian officials" */
  affiliationOnly?: boolean;
  /** the first of several bodies, when it names the institution: "coast guard" in "coast guard spokesperson" */
  bodyHead?: string;
  /** a person named with a state post but no state ("President Jane Doe said"): the state in focus */
  needsState?: boolean;
}

/** A person learned from the article: "Foreign Minister Wang Yi" -> Wang Yi speaks for CHN. */
export interface LearnedPerson {
  name: string;
  actor: string;
  sector?: Sector;
}

/** A copy of `draft` that names `actor`, written field by field (V8 builds `{ ...draft, actor }` slowly). */
export function redraft(draft: Draft, actor: string, kind: MentionKind = draft.kind): Draft {
  const copy: Draft = { start: draft.start, end: draft.end, actor, kind, sentence: draft.sentence };
  if (draft.sector !== undefined) copy.sector = draft.sector;
  if (draft.person !== undefined) copy.person = draft.person;
  if (draft.antecedent !== undefined) copy.antecedent = draft.antecedent;
  if (draft.plural !== undefined) copy.plural = draft.plural;
  if (draft.head !== undefined) copy.head = draft.head;
  if (draft.bodyRole !== undefined) copy.bodyRole = draft.bodyRole;
  if (draft.affiliationOnly !== undefined) copy.affiliationOnly = draft.affiliationOnly;
  if (draft.bodyHead !== undefined) copy.bodyHead = draft.bodyHead;
  if (draft.needsState !== undefined) copy.needsState = draft.needsState;
  return copy;
}
