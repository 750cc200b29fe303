// Stage 3: TextDoc -> mentions of actors, resolved in context, and the actors they add up to.
import type { Actor, Mention } from '../../model/actor.js';
import type { ActorLayer, TextDoc } from '../../model/doc.js';
import type { ActorLexicon } from '../../model/lexicons/actors.js';
import type { Stage } from '../../model/stage.js';
import { buildMentions } from './build-mentions.js';
import type { Draft } from './draft.js';
import { matchPhrases } from './match-phrases.js';
import { resolveReferences } from './resolve-references.js';
import { classifyTokens } from './word-classes.js';

export const resolveActors: Stage<TextDoc, ActorLayer> = (doc, ctx) => {
  const lex = ctx.lexicons.actors;
  const classes = classifyTokens(doc.tokens, lex);
  const matches = matchPhrases(doc, classes);
  const { drafts } = buildMentions(doc, classes, matches, lex);
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const { resolved, headings } = resolveReferences(doc, classes, drafts, lex);
  return { value: toLayer(doc, resolved, headings, lex), issues: [] };
};

/**
 * Drafts -> the mentions, and the actors in order of first mention (a pronoun is a mention for the stages, not a
 * name in the list). One pass that reads the drafts, all of one shape, never the mentions it builds (of several).
 */
function toLayer(
  doc: TextDoc,
  drafts: readonly Draft[],
  headings: readonly (Draft | undefined)[],
  lex: ActorLexicon,
): ActorLayer {
  // each placed draft keeps its index in `mentions` (Draft.mention): no map keyed by drafts
  const mentions: Mention[] = [];
  const actors = new Map<string, Actor>();
  for (const draft of drafts) {
    const first = doc.tokens[draft.start];
    const last = doc.tokens[draft.end - 1];
    if (!first || !last || !draft.actor) continue;
    const text = doc.text.slice(first.start, last.end);
    const mention = toMention(text, first.start, last.end, draft);
    const antecedent = draft.antecedent ? draft.antecedent.mention : -1;
    if (antecedent >= 0) mention.antecedent = antecedent;
    draft.mention = mentions.length;
    mentions.push(mention);
    if (draft.kind === 'pronoun') continue;
    let actor = actors.get(draft.actor);
    if (!actor) {
      const info = lex.actors.get(draft.actor);
      const person = draft.actor.startsWith('person:');
      actor = {
        id: draft.actor,
        name: info?.name ?? (person && draft.person ? draft.person : text),
        type: info?.type ?? (person ? 'person' : 'org'),
        mentions: [],
      };
      actors.set(draft.actor, actor);
    }
    actor.mentions.push({ text, start: first.start, end: last.end });
  }
  // a dateline's state stands over the lead too, but names no mention
  const headingMentions: number[] = new Array(doc.sentences.length);
  for (let s = 0; s < headingMentions.length; s++) headingMentions[s] = headings[s]?.mention ?? -1;
  return { mentions, actors: [...actors.values()], headings: headingMentions };
}

/** One literal per set of fields: V8 builds an object of its final shape faster than one grown field by field. */
function toMention(text: string, start: number, end: number, draft: Draft): Mention {
  const { actor, kind, sentence, sector, person } = draft;
  if (sector && person) return { text, start, end, actor, kind, sentence, sector, person };
  if (sector) return { text, start, end, actor, kind, sentence, sector };
  if (person) return { text, start, end, actor, kind, sentence, person };
  return { text, start, end, actor, kind, sentence };
}
