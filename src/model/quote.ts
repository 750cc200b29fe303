// Quotes: direct, indirect and mixed attributions with their speakers and cues.
import type { Evidence, Span } from './span.js';

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Speaker {
  /** the speaker as named in the text, at its nearest naming mention ("Kaja Kallas") */
  name: string;
  /** the actor id the speaker speaks for, when known */
  actor?: string;
  /** span of the nearest naming mention, when there is one */
  start?: number;
  end?: number;
}

export interface Quote extends Evidence {
  kind: QuoteKind;
  speaker: Speaker | null;
  cue: Evidence | null;
  /** index of the sentence the quote starts in */
  sentence?: number;
  /** span of the mention that names the speaker nearest the quote (may be a pronoun) */
  speakerMention?: Span;
}
