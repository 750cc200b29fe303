// The working record of one mention while the stage builds it (token indices, not yet character spans).
import type { MentionKind, Sector } from '../../model/actor.js';
import type { BodyRole } from '../../model/lexicons/actors.js';

export interface Draft {
  /** token indices, end exclusive */
  start: number;
  end: number;
  actor: string;
  kind: MentionKind;
  sector: Sector | undefined;
  person: string | undefined;
  sentence: number;
  /** the draft a pronoun or description refers back to */
  antecedent: Draft | undefined;
  /** a group of people ("troops", "Palestinians"): an antecedent for "they" */
  plural: boolean | undefined;
  /** the key of the head body or title ("foreign ministry", "president"), for descriptions */
  head: string | undefined;
  bodyRole: BodyRole | undefined;
  /** the affiliation ended here: "Hungarian" in "Hungarian and Romanian officials" */
  affiliationOnly: boolean | undefined;
  /** the first of several bodies, when it names the institution: "coast guard" in "coast guard spokesperson" */
  bodyHead: string | undefined;
  /** a person named with a state post but no state ("President Jane Doe said"): the state in focus */
  needsState: boolean | undefined;
  /** the draft's index among the layer's mentions once `toLayer` placed it there, else -1 (never copied) */
  mention: number;
}

/** A person learned from the article: "Foreign Minister Wang Yi" -> Wang Yi speaks for CHN. */
export interface LearnedPerson {
  name: string;
  actor: string;
  sector?: Sector;
}

/**
 * A draft with every field present, the optional ones undefined: all drafts share one shape, so V8 reads a field
 * at one known place, where drafts built field by field came in some thirty shapes and every read of them, in
 * every step, was looked up among those shapes.
 */
export function newDraft(
  start: number,
  end: number,
  actor: string,
  kind: MentionKind,
  sentence: number,
): Draft {
  return {
    start,
    end,
    actor,
    kind,
    sentence,
    sector: undefined,
    person: undefined,
    antecedent: undefined,
    plural: undefined,
    head: undefined,
    bodyRole: undefined,
    affiliationOnly: undefined,
    bodyHead: undefined,
    needsState: undefined,
    mention: -1,
  };
}

/** A copy of `draft` that names `actor`. */
export function redraft(draft: Draft, actor: string, kind: MentionKind = draft.kind): Draft {
  const copy = newDraft(draft.start, draft.end, actor, kind, draft.sentence);
  copy.sector = draft.sector;
  copy.person = draft.person;
  copy.antecedent = draft.antecedent;
  copy.plural = draft.plural;
  copy.head = draft.head;
  copy.bodyRole = draft.bodyRole;
  copy.affiliationOnly = draft.affiliationOnly;
  copy.bodyHead = draft.bodyHead;
  copy.needsState = draft.needsState;
  return copy;
}
