// Helpers for the actor tables: runs stages 1–3 on an invented text and checks expectations on its mentions.
import { defaultContext } from '../../src/apps/context.js';
import type { Mention } from '../../src/model/actor.js';
import type { ArticleInput } from '../../src/model/article.js';
import { ingestArticle } from '../../src/stages/1-ingest/index.js';
import { splitText } from '../../src/stages/2-text/index.js';
import { resolveActors } from '../../src/stages/3-actors/index.js';

export function mentionsOf(text: string, date = '2025-06-01'): Mention[] {
  const ctx = defaultContext();
  const input: ArticleInput = { id: 't', text, origin: { file: 'test' }, date };
  const layout = ingestArticle(input, ctx).value;
  const textDoc = { ...layout, ...splitText(layout, ctx).value };
  return resolveActors(textDoc, ctx).value.mentions;
}

/**
 * Expectations, each one string:
 * - `words=ID` a mention with exactly these words resolves to ID; `words=ID:SEC` also has sector SEC;
 * - `-words` no mention with exactly these words (a place, a source, a credit, a common noun);
 * - `!ID` no mention of ID at all.
 * Returns the expectations that fail, with what was found, so a failing row says why.
 */
export function checkMentions(text: string, expectations: readonly string[], date?: string): string[] {
  const mentions = mentionsOf(text, date);
  const found = mentions.map((m) => `${m.text}=${m.actor}${m.sector ? `:${m.sector}` : ''}`);
  const failures: string[] = [];
  for (const expectation of expectations) {
    let ok: boolean;
    if (expectation.startsWith('!')) {
      const id = expectation.slice(1);
      ok = !mentions.some((m) => m.actor === id);
    } else if (expectation.startsWith('-')) {
      const words = expectation.slice(1);
      ok = !mentions.some((m) => m.text === words);
    } else {
      const at = expectation.lastIndexOf('=');
      const words = expectation.slice(0, at);
      // "org:hamas:REB": the sector is the last three capitals after a colon.
      const [, id = '', sector] = /^(.+?)(?::([A-Z]{3}))?$/.exec(expectation.slice(at + 1)) ?? [];
      ok = mentions.some((m) => m.text === words && m.actor === id && (!sector || m.sector === sector));
    }
    if (!ok) failures.push(`${expectation} (found: ${found.join(' | ') || 'nothing'})`);
  }
  return failures;
}
