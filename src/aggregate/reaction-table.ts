// An event cluster -> the "International reactions to …" table, by stance and by actor, and its plain-text rendering.
import { STANCES, type Stance } from '../model/reaction.js';
import { topicOf } from '../model/roundup.js';
import type { ActorReaction, ClusterAnalysis, EventCluster } from './types.js';

export interface StanceRow {
  stance: Stance;
  actors: { actor: string; name: string; firstDate: string | null }[];
}

export interface ActorRow {
  actor: string;
  name: string;
  position: ActorReaction['position'];
  stances: Stance[];
  /** the reaction's own words: quotes first, else the evidence spans */
  quotes: { text: string; speaker: string; articleId: string; start: number; end: number }[];
  /** the outlets (or article ids when the outlet is unknown) that report the reaction or the actor's words */
  sources: string[];
}

export interface ReactionTable {
  title: string;
  byStance: StanceRow[];
  byActor: ActorRow[];
}

export function buildReactionTable(cluster: EventCluster): ReactionTable {
  const byStance: StanceRow[] = [];
  for (const stance of STANCES) {
    const actors = cluster.reactions
      .flatMap((r) => {
        const seen = r.stances.find((s) => s.stance === stance);
        return seen ? [{ actor: r.actor, name: r.name, firstDate: seen.firstDate }] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    if (actors.length > 0) byStance.push({ stance, actors });
  }
  const byActor = cluster.reactions
    .map((r) => ({
      actor: r.actor,
      name: r.name,
      position: r.position,
      stances: r.stances.map((s) => s.stance),
      quotes: pickQuotes(r),
      sources: [...new Set([...r.evidence, ...r.quotes].map((item) => item.outlet ?? item.articleId))].sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { title: `International reactions to ${subjectOf(cluster)}`, byStance, byActor };
}

/**
 * What the table is about: the event a round-up among the cluster's articles names in its title ("How the world
 * reacted to the Kosovo border clash"), in its writer's words; else the cluster's event summary.
 */
function subjectOf(cluster: EventCluster): string {
  for (const article of cluster.articles) {
    const topic = topicOf(article.title);
    if (topic) return topic;
  }
  return cluster.summary;
}

function pickQuotes(reaction: ActorReaction): ActorRow['quotes'] {
  const quotes = reaction.quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    articleId: q.articleId,
    start: q.start,
    end: q.end,
  }));
  if (quotes.length > 0) return uniqueSpans(quotes);
  return uniqueSpans(
    reaction.evidence.map((e) => ({
      text: e.text,
      speaker: e.speaker,
      articleId: e.articleId,
      start: e.start,
      end: e.end,
    })),
  );
}

/** One entry per span: two stances shown by the same words ("called for calm and offered talks") list them once. */
function uniqueSpans(quotes: ActorRow['quotes']): ActorRow['quotes'] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.articleId}\u0000${q.start}\u0000${q.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Markdown: a heading, a stance table and a per-actor table with quotes and sources; with the cluster's
 * analysis also its polarisation, camps and shifts (docs/analysis.md).
 */
export function renderReactionTable(table: ReactionTable, analysis?: ClusterAnalysis): string {
  const lines = [`# ${table.title}`, ''];
  if (analysis) lines.push(...renderAnalysis(table, analysis), '');
  lines.push('## By stance', '', '| stance | actors |', '|---|---|');
  for (const row of table.byStance) {
    const actors = row.actors.map((a) => `${a.name}${a.firstDate ? ` (${a.firstDate})` : ''}`).join(', ');
    lines.push(`| ${row.stance} | ${escapeCell(actors)} |`);
  }
  lines.push(
    '',
    '## By actor',
    '',
    '| actor | position | stances | words | sources |',
    '|---|---|---|---|---|',
  );
  for (const row of table.byActor) {
    const words = row.quotes
      .slice(0, 3)
      .map((q) => `“${q.text}” (${q.speaker})`)
      .join(' ');
    lines.push(
      `| ${escapeCell(row.name)} | ${row.position} | ${row.stances.join(', ')} | ${escapeCell(words)} | ${escapeCell(row.sources.join(', '))} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function renderAnalysis(table: ReactionTable, analysis: ClusterAnalysis): string[] {
  const names = new Map(table.byActor.map((row) => [row.actor, row.name]));
  const name = (actor: string): string => names.get(actor) ?? actor;
  const lines = [
    `Polarisation ${analysis.polarisation.toFixed(2)} (${analysis.supportive} supportive, ${analysis.opposed} opposed, ${analysis.reacting} reacting)`,
  ];
  const positions = new Map(table.byActor.map((row) => [row.actor, row.position]));
  for (const camp of analysis.camps) {
    // who took the camp's side, then who joined it only by reacting as its members did
    const took = (actor: string) => camp.label === 'unaligned' || positions.get(actor) === camp.label;
    const sided = camp.actors.filter(took);
    const joined = camp.actors.filter((actor) => !took(actor));
    const parts = [sided.map(name).join(', ')];
    if (joined.length > 0) parts.push(`aligned by shared stances: ${joined.map(name).join(', ')}`);
    lines.push(`- ${camp.label}: ${parts.filter(Boolean).join('; ')}`);
  }
  for (const shift of analysis.shifts) {
    lines.push(
      `- shift: ${name(shift.actor)} ${shift.from} (${shift.fromDate ?? 'undated'}) → ${shift.to} (${shift.toDate ?? 'undated'})`,
    );
  }
  return lines;
}

function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
