// Reactions: an actor's stance toward an event or a party, with the words that show it.
import type { Evidence } from './span.js';

export const STANCES = [
  'CONDEMN',
  'CONCERN',
  'SUPPORT',
  'SOLIDARITY_AID',
  'CALL_FOR_RESTRAINT',
  'CALL_FOR_DIALOGUE',
  'DEMAND',
  'THREATEN_PUNISH',
  'REJECT_DENY',
  'NEUTRAL_MONITORING',
] as const;

export type Stance = (typeof STANCES)[number];

export type Position = 'opposed' | 'supportive' | 'mixed' | 'neutral';

export type Attribution = 'quote' | 'paraphrase' | 'framing';

export interface ReactionTarget {
  /** id of the event reacted to, when the reaction is to one */
  event?: string;
  /** actor the reaction is aimed at (the event's author, its victim, or a third party) */
  actor?: string;
  text?: string;
}

export interface Reaction {
  actor: string;
  speaker: string;
  stances: Stance[];
  target: ReactionTarget;
  position: Position;
  attribution: Attribution;
  evidence: Evidence[];
  confidence: number;
}
