// An example's expected facts (test/golden/expected/<example>.json) -> a check of one analysis against each fact.
import type { Analysis } from '../../src/model/analysis.js';
import type { Doc } from '../../src/model/doc.js';
import { overlaps, type Span } from '../../src/model/span.js';

/**
 * One fact that must hold for an example. `pending: true` marks a fact that is correct but that the
 * pipeline does not reach yet: it is listed as a todo; whoever makes it pass removes the flag.
 */
export type Fact = { why?: string; pending?: boolean } & (
  | { check: 'date'; value: string | null }
  | { check: 'title'; value: string | null }
  /** the paragraph whose text is exactly `text` has this kind */
  | { check: 'paragraph'; text: string; kind: string }
  /** the article's text contains this (HTML extraction) or does not (`absent: true`) */
  | { check: 'text'; contains: string; absent?: boolean }
  | { check: 'actor'; id: string }
  /** no actor mention, quote, speaker or evidence span touches this piece of the text */
  | { check: 'untouched'; text: string }
  /** nobody by this name is an actor, a quote speaker or a reaction speaker */
  | { check: 'not-actor'; name: string }
  /** a quote containing `contains` exists, with a speaker whose name contains `speaker` */
  | { check: 'quote'; contains: string; speaker?: string; actor?: string }
  | { check: 'reaction'; actor: string; stance: string }
  /** no reaction's actor id starts with this ("person:": experts are not reacting actors) */
  | { check: 'no-reaction'; actor: string }
  | { check: 'issue'; code: string; absent?: boolean }
);

export interface Expected {
  example: string;
  /** the article id inside the example (a JSON Lines file holds several) */
  article?: string;
  facts: Fact[];
}

export function describeFact(fact: Fact): string {
  const { why: _w, pending: _p, check, ...rest } = fact;
  return `${check} ${JSON.stringify(rest)}${fact.why ? ` (${fact.why})` : ''}`;
}

/** Null when the fact holds, else what was found instead. */
export function checkFact(fact: Fact, doc: Doc, analysis: Analysis): string | null {
  const text = doc.text;
  switch (fact.check) {
    case 'date':
      return analysis.article.date === fact.value ? null : `date is ${analysis.article.date}`;
    case 'title':
      return analysis.article.title === fact.value
        ? null
        : `title is ${JSON.stringify(analysis.article.title)}`;
    case 'paragraph': {
      const paragraph = doc.paragraphs.find((p) => text.slice(p.start, p.end) === fact.text);
      if (!paragraph) return 'no paragraph has exactly that text';
      return paragraph.kind === fact.kind ? null : `its kind is ${paragraph.kind}`;
    }
    case 'text':
      return text.includes(fact.contains) === !fact.absent
        ? null
        : fact.absent
          ? 'the text has it'
          : 'the text lacks it';
    case 'actor':
      return analysis.actors.some((a) => a.id === fact.id)
        ? null
        : `actors are ${analysis.actors.map((a) => a.id).join(', ') || 'none'}`;
    case 'untouched': {
      const at = text.indexOf(fact.text);
      if (at < 0) return 'the text does not contain it';
      const piece = { start: at, end: at + fact.text.length };
      const touching = collectSpans(analysis).filter((span) => overlaps(span, piece));
      return touching.length === 0
        ? null
        : `touched by ${touching.map((s) => text.slice(s.start, s.end)).join(' | ')}`;
    }
    case 'not-actor': {
      const name = fact.name.toLowerCase();
      const slug = name.replace(/\s+/g, '-');
      const hits = [
        ...analysis.actors
          .filter((a) => a.id.includes(slug) || a.name.toLowerCase().includes(name))
          .map((a) => a.id),
        ...analysis.quotes
          .filter((q) => q.speaker?.name.toLowerCase().includes(name))
          .map((q) => `speaker of "${q.text}"`),
        ...analysis.reactions
          .filter((r) => r.speaker.toLowerCase().includes(name))
          .map((r) => `reaction by ${r.actor}`),
      ];
      return hits.length === 0 ? null : hits.join('; ');
    }
    case 'quote': {
      const quotes = analysis.quotes.filter((q) => q.text.includes(fact.contains));
      if (quotes.length === 0) return 'no quote contains it';
      const ok = quotes.some(
        (q) =>
          (fact.speaker === undefined || (q.speaker?.name ?? '').includes(fact.speaker)) &&
          (fact.actor === undefined || q.speaker?.actor === fact.actor),
      );
      return ok ? null : `speakers: ${quotes.map((q) => JSON.stringify(q.speaker)).join(', ')}`;
    }
    case 'reaction': {
      const found = analysis.reactions.some(
        (r) => r.actor === fact.actor && (r.stances as string[]).includes(fact.stance),
      );
      return found
        ? null
        : `reactions: ${analysis.reactions.map((r) => `${r.actor}:${r.stances.join('+')}`).join(', ') || 'none'}`;
    }
    case 'no-reaction': {
      const found = analysis.reactions.filter((r) => r.actor.startsWith(fact.actor)).map((r) => r.actor);
      return found.length === 0 ? null : `reactions by ${found.join(', ')}`;
    }
    case 'issue': {
      const found = analysis.issues.some((i) => i.code === fact.code);
      return found === !fact.absent ? null : fact.absent ? 'the issue is there' : 'no such issue';
    }
  }
}

function collectSpans(analysis: Analysis): Span[] {
  const spans: Span[] = [];
  for (const actor of analysis.actors) spans.push(...actor.mentions);
  for (const quote of analysis.quotes) {
    spans.push(quote);
    if (quote.cue) spans.push(quote.cue);
    if (quote.speaker?.start !== undefined && quote.speaker.end !== undefined) {
      spans.push({ start: quote.speaker.start, end: quote.speaker.end });
    }
  }
  for (const event of analysis.events) spans.push(...event.evidence);
  for (const reaction of analysis.reactions) spans.push(...reaction.evidence);
  return spans;
}
