// Events: who did what to whom, coded in CAMEO with its PLOVER category and Goldstein score.
import type { Evidence } from './span.js';

export interface Event {
  id: string;
  /** CAMEO code: root ("19") or specific ("195") */
  cameo: string;
  plover: string;
  goldstein: number;
  summary: string;
  source: string | null;
  target: string | null;
  /** ISO date, resolved against the article date */
  date: string | null;
  location: string | null;
  evidence: Evidence[];
  /** true for the article's main event */
  main?: boolean;
  /** index of the sentence the event is coded from */
  sentence?: number;
}
