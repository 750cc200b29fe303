// An analysis -> a readable plain-text summary: title and date, events, reactions grouped by actor, quotes, issues.
import type { Analysis } from '../../model/analysis.js';
import type { InputError } from '../../model/input-error.js';
import { isInputError } from '../../model/input-error.js';
import type { Reaction } from '../../model/reaction.js';

const QUOTE_WIDTH = 110;

export function formatTable(record: Analysis | InputError): string {
  if (isInputError(record)) {
    return `!! ${record.file}${record.line === undefined ? '' : `:${record.line}`}: ${record.code}: ${record.message}\n\n`;
  }
  const { article } = record;
  const lines: string[] = [];
  const heading = [article.id, article.date ?? 'no date', article.title ? `"${article.title}"` : '']
    .filter(Boolean)
    .join('  ');
  lines.push(`== ${heading}`);
  lines.push(
    `   ${record.actors.length} actors, ${record.events.length} events, ${record.reactions.length} reactions, ${record.quotes.length} quotes`,
  );
  if (record.events.length > 0) {
    lines.push('', 'Events');
    for (const event of record.events) {
      const who = `${event.source ?? '?'} -> ${event.target ?? '?'}`;
      const when = [event.date, event.location].filter(Boolean).join(', ');
      const main = event.main ? '  (main event)' : '';
      lines.push(
        `  ${event.id}  [${event.cameo} ${event.plover}]  ${who}  ${event.summary}${when ? `  (${when})` : ''}${main}`,
      );
      const evidence = event.evidence[0];
      if (evidence) lines.push(`      ${quoteText(evidence.text)}`);
    }
  }
  if (record.reactions.length > 0) {
    lines.push('', 'Reactions');
    const names = new Map(record.actors.map((actor) => [actor.id, actor.name]));
    const summaries = new Map(record.events.map((event) => [event.id, event.summary]));
    for (const [actor, reactions] of groupByActor(record.reactions)) {
      const name = names.get(actor);
      lines.push(`  ${actor}${name && name !== actor ? `  ${name}` : ''}`);
      for (const reaction of reactions) {
        const target = describeTarget(reaction, summaries, names);
        lines.push(
          `    ${reaction.stances.join(', ')}  ${reaction.position}, ${reaction.attribution}` +
            `${reaction.speaker ? `, by ${reaction.speaker}` : ''}${target ? `, toward ${target}` : ''}` +
            `  (${reaction.confidence.toFixed(2)})`,
        );
        const words = reaction.evidence.map((evidence) => quoteText(evidence.text, 60)).join(' ');
        if (words) lines.push(`      ${words}`);
      }
    }
  }
  if (record.quotes.length > 0) {
    lines.push('', 'Quotes');
    for (const quote of record.quotes) {
      const speaker = quote.speaker
        ? `${quote.speaker.name}${quote.speaker.actor ? ` [${quote.speaker.actor}]` : ''}`
        : 'unknown speaker';
      lines.push(`  ${quoteText(quote.text)}`);
      lines.push(`      -- ${speaker} (${quote.kind}${quote.cue ? `, "${quote.cue.text}"` : ''})`);
    }
  }
  if (record.issues.length > 0) {
    lines.push('', 'Issues');
    for (const issue of record.issues) lines.push(`  ${issue.code}: ${issue.message}`);
  }
  return `${lines.join('\n')}\n\n`;
}

/** "e1 (U.S. strike Venezuela)", "Venezuela (VEN)", or the target's own words, short. */
function describeTarget(
  reaction: Reaction,
  summaries: ReadonlyMap<string, string>,
  names: ReadonlyMap<string, string>,
): string {
  const { event, actor, text } = reaction.target;
  if (event) return `${event} (${summaries.get(event) ?? 'event'})`;
  if (actor) return names.has(actor) ? `${names.get(actor)} (${actor})` : actor;
  return text ? quoteText(text, 50) : '';
}

function groupByActor(reactions: Reaction[]): Map<string, Reaction[]> {
  const groups = new Map<string, Reaction[]>();
  for (const reaction of reactions) {
    const group = groups.get(reaction.actor);
    if (group) group.push(reaction);
    else groups.set(reaction.actor, [reaction]);
  }
  return groups;
}

function quoteText(text: string, width = QUOTE_WIDTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > width ? `${flat.slice(0, width - 1)}…` : flat}"`;
}
