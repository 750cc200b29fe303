// Draft speakers' token runs + stage-3 mentions -> Speaker (name, actor id, span of the nearest naming mention).
import type { Mention } from '../../model/actor.js';
import type { QuoteLexicon } from '../../model/lexicons/quotes.js';
import type { Speaker } from '../../model/quote.js';
import type { Span } from '../../model/span.js';
import type { Token } from '../../model/text.js';
import { nameOf, type TokenRun } from './phrases.js';

const NAMING_KINDS = new Set(['name', 'person', 'body', 'metonym', 'demonym']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'i']);
/** Documents that "say" what their issuer says: "…, the declaration said", "the communique said". */
const DOCUMENTS = new Set([
  'statement',
  'declaration',
  'communique',
  'communiqué',
  'letter',
  'note',
  'readout',
  'release',
  'message',
]);
/** How many sentences back a document's issuer may have been quoted. */
const ISSUER_WINDOW = 3;

export interface ResolvedSpeaker {
  speaker: Speaker;
  /** the words nearest the quote that name the speaker (may be a pronoun) */
  mention: Span;
}

/** Resolves speakers in text order, so a pronoun with no stage-3 mention falls back on the last named speaker. */
export class SpeakerResolver {
  private lastPerson: Speaker | null = null;
  private lastAny: Speaker | null = null;
  /** the last speaker with an actor id, and the sentence it spoke in */
  private lastActor: { actor: string; sentence: number } | null = null;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly mentions: readonly Mention[],
    private readonly lexicon: QuoteLexicon,
  ) {}

  resolve(run: TokenRun): ResolvedSpeaker {
    const resolved = this.resolveRun(run);
    const sentence = (this.tokens[run.first] as Token).sentence;
    const actor = resolved.speaker.actor;
    if (actor !== undefined) this.lastActor = { actor, sentence };
    else if (this.isIssued(run, sentence) && this.lastActor) resolved.speaker.actor = this.lastActor.actor;
    const via = run.via !== undefined ? this.tokens[run.via] : undefined;
    if (via) resolved.mention = { start: via.start, end: via.end };
    // "its representative in Dhaka, Lucia Fernandes": a person with no id of their own speaks for the role's actor
    if (run.role && resolved.speaker.actor === undefined) {
      const first = this.tokens[run.role.first] as Token;
      const last = this.tokens[run.role.last] as Token;
      const actor = this.findMention({ start: first.start, end: last.end })?.actor;
      if (actor !== undefined) resolved.speaker.actor = actor;
    }
    return resolved;
  }

  private resolveRun(run: TokenRun): ResolvedSpeaker {
    const first = this.tokens[run.first] as Token;
    const last = this.tokens[run.last] as Token;
    const mention: Span = { start: first.start, end: last.end };
    const found = this.placeAfterIn(run, this.findMention(mention));
    if (found) {
      // "House Speaker Paul Ryan": the person names the speaker, the office gives the id
      const person = found.kind === 'person' ? found : this.findMention(mention, 'person');
      const speaker = this.fromMention(person ?? found);
      if (person && person !== found && person.actor.startsWith('person:')) speaker.actor = found.actor;
      // "Elysee spokeswoman Claire Roux": a name after the office, which stage 3 did not find
      const name = person ? null : this.nameAfter(found.end, run);
      if (name) {
        speaker.name = this.text.slice(name.start, name.end);
        speaker.start = name.start;
        speaker.end = name.end;
      }
      this.remember(speaker, person !== null || name !== null);
      return { speaker, mention };
    }
    if (run.first === run.last && first.pos === 'PRON') {
      const fallback = PERSON_PRONOUNS.has(first.lower) ? (this.lastPerson ?? this.lastAny) : this.lastAny;
      return { speaker: fallback ? { ...fallback } : { name: first.text }, mention };
    }
    const name = nameOf(this.tokens, run, this.lexicon.titles, this.lexicon.bodies);
    const from = (this.tokens[name.first] as Token).start;
    const speaker: Speaker = { name: this.text.slice(from, last.end), start: from, end: last.end };
    // (the run's tokens read in place, not copied out first)
    let proper = true;
    const stop = Math.min(name.last + 1, this.tokens.length);
    for (let k = Math.max(name.first, 0); k < stop && proper; k++)
      proper = (this.tokens[k] as Token).pos === 'PROPN';
    this.remember(speaker, proper && !this.lexicon.bodies.has(last.lower));
    return { speaker, mention };
  }

  /**
   * "The EU condemned the crackdown … “Force is unacceptable,” the declaration said.": a document named by
   * no one in its own words speaks for the last speaker with an actor, quoted a few sentences before.
   */
  private isIssued(run: TokenRun, sentence: number): boolean {
    const last = this.tokens[run.last] as Token;
    if (!DOCUMENTS.has(last.lower) || this.lastActor === null) return false;
    if (sentence - this.lastActor.sentence > ISSUER_WINDOW) return false;
    for (let k = run.first; k < run.last; k++) if ((this.tokens[k] as Token).pos === 'PROPN') return false;
    return true;
  }

  /**
   * "Farmers in Mato Grosso said": a mention that starts after the run's "in" is where the speakers are,
   * not who they are (a mention of the whole run, "Officials in Kyiv", is kept).
   */
  private placeAfterIn(run: TokenRun, found: Mention | null): Mention | null {
    if (!found) return null;
    for (let k = run.first + 1; k < run.last; k++) {
      const token = this.tokens[k] as Token;
      if (token.lower === 'in' && found.start > token.start) return null;
    }
    return found;
  }

  /** The capitalised words of the run after offset `end`, when there are two or more. */
  private nameAfter(end: number, run: TokenRun): Span | null {
    const words = this.tokens.slice(run.first, run.last + 1).filter((t) => t.start >= end);
    if (words.length < 2 || !words.every((t) => /^\p{Lu}/u.test(t.text))) return null;
    return { start: (words[0] as Token).start, end: (words.at(-1) as Token).end };
  }

  private remember(speaker: Speaker, person: boolean): void {
    this.lastAny = speaker;
    if (person) this.lastPerson = speaker;
  }

  /** The mention overlapping the span most, preferring one that names the speaker. */
  private findMention(span: Span, kind?: Mention['kind']): Mention | null {
    let best: Mention | null = null;
    let bestOverlap = 0;
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.mentions[mid] as Mention).end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.mentions.length; i++) {
      const m = this.mentions[i] as Mention;
      if (m.start >= span.end) break;
      if (kind !== undefined && m.kind !== kind) continue;
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap > bestOverlap) {
        best = m;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private fromMention(mention: Mention): Speaker {
    // a pronoun takes its antecedent's name; a description keeps its own words ("the mayor") and the
    // actor id stage 3 gave it, since a wrong person's name would be worse than the description
    let naming = mention;
    for (let hops = 0; hops < 8 && naming.antecedent !== undefined; hops++) {
      const antecedent = this.mentions[naming.antecedent];
      if (!antecedent || naming.kind !== 'pronoun') break;
      naming = antecedent;
    }
    const name = naming.person ?? withoutThe(naming.text);
    const speaker: Speaker = { name, actor: mention.actor };
    if (NAMING_KINDS.has(naming.kind)) {
      speaker.start = naming.start;
      speaker.end = naming.end;
    }
    return speaker;
  }
}

/** The text without a leading "the" or "The" and the white space after it (the expression only for such a text). */
function withoutThe(text: string): string {
  return text.startsWith('the') || text.startsWith('The') ? text.replace(/^(the|The)\s+/, '') : text;
}
