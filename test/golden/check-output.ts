// Test helpers: a record of `chorus analyze` output -> schema errors (ajv, draft 2020-12) and spans whose text is not the article's.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Analysis } from '../../src/model/analysis.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** Schema violations of one output record, as readable lines (empty when valid). */
export function findSchemaErrors(record: unknown): string[] {
  if (validate(record)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

/** Every `{ text, start, end }` in the analysis whose text is not `articleText.slice(start, end)`. */
export function findBadSpans(articleText: string, analysis: Analysis): string[] {
  const bad: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, `${path}/${index}`);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.start === 'number' && typeof record.end === 'number') {
      const { start, end } = record;
      if (start < 0 || end < start || end > articleText.length)
        bad.push(`${path}: [${start}, ${end}) out of range`);
      else if (typeof record.text === 'string' && articleText.slice(start, end) !== record.text) {
        bad.push(`${path}: "${record.text}" != "${articleText.slice(start, end)}"`);
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, `${path}/${key}`);
  };
  visit(
    {
      actors: analysis.actors,
      quotes: analysis.quotes,
      events: analysis.events,
      reactions: analysis.reactions,
      issues: analysis.issues,
    },
    '',
  );
  return bad;
}
