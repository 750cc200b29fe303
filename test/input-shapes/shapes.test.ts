// Invented pages in the shapes real news comes in (pages.ts), read end to end: the prose kept and the furniture
// dropped, title and date found, every span exact, and each reaction under its heading, list item or table row
// given its actor.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/adapters/input/read-inputs.js';
import { defaultContext } from '../../src/apps/context.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { Doc } from '../../src/model/doc.js';
import { isInputError } from '../../src/model/input-error.js';
import { analyzeDoc, toAnalysis } from '../../src/pipeline.js';
import { findBadSpans } from '../golden/check-output.js';
import { PAGES } from './pages.js';

const folder = mkdtempSync(join(tmpdir(), 'chorus-shapes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
for (const [name, { text, encoding }] of Object.entries(PAGES)) {
  writeFileSync(join(folder, name), Buffer.from(text, encoding ?? 'utf8'));
}
const ctx = defaultContext();
const read = new Map<string, { doc: Doc; analysis: Analysis }>();
for await (const record of readInputs([folder], { maxChars: ctx.config.maxArticleChars })) {
  if (isInputError(record)) throw new Error(`${record.file}: ${record.message}`);
  const doc = analyzeDoc(record, ctx);
  read.set(record.id, { doc, analysis: toAnalysis(doc) });
}

function page(id: string): { doc: Doc; analysis: Analysis } {
  const found = read.get(id);
  if (!found) throw new Error(`no page ${id} in ${folder}`);
  return found;
}
const paragraphs = (doc: Doc) => doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
const reactors = (analysis: Analysis) => [...new Set(analysis.reactions.map((r) => r.actor))].sort();
const stancesOf = (analysis: Analysis, actor: string) =>
  analysis.reactions.filter((r) => r.actor === actor).flatMap((r) => r.stances);

describe('input shapes', () => {
  it.each([...read.keys()])('%s has only exact spans', (id) => {
    const { doc, analysis } = page(id);
    expect(findBadSpans(doc.text, analysis)).toEqual([]);
  });

  it('a Wikipedia-style round-up: every list item, definition and table row gets its actor, no footnote or reference is read', () => {
    const { doc, analysis } = page('roundup-wiki');
    expect(analysis.article.title).toBe('International reactions to the 2026 Tessaly coup');
    expect(reactors(analysis)).toEqual(['AU', 'BRA', 'CAN', 'DEU', 'FRA', 'KEN', 'NGA', 'UN']);
    expect(doc.text).not.toMatch(/\[\d+\]|\[edit\]|Example Times|Contents/);
  });

  it('an embedded post is its author’s own words; a dashed byline is no quote', () => {
    const { doc, analysis } = page('embedded-post');
    const post = analysis.quotes.find((q) => q.speaker?.name === 'Tomas Verhoeven');
    expect(post).toMatchObject({
      kind: 'direct',
      text: 'Deeply saddened by the loss of life off Corvala. My thoughts are with the families of the victims.',
    });
    expect(analysis.quotes.map((q) => q.speaker?.name)).not.toContain('Ana Lindqvist');
    expect(doc.text).toContain('Reporting by Ana Lindqvist');
  });

  it('a news site page: the story’s paragraphs and subheading, no menus, banners, pull quote, ads or related links', () => {
    const { doc, analysis } = page('news-site');
    expect(analysis.article).toMatchObject({
      title: 'Neighbours condemn shelling of Korvet border town',
      date: '2026-05-14',
    });
    expect(paragraphs(doc)).toContain('Calls for talks');
    expect(doc.text).not.toMatch(/cookies|Share on|Advertisement|Most read|Related stories|Daily Meridian/);
    // the pull quote repeats Kazakhstan's words: it must not become a quote of the next speaker
    expect(stancesOf(analysis, 'KGZ')).not.toContain('CONDEMN');
    // the embedded post is signed by the Turkish foreign ministry
    expect(reactors(analysis)).toEqual(['EU', 'KAZ', 'KGZ', 'RUS', 'TUR', 'UN']);
    expect(stancesOf(analysis, 'TUR')).toEqual(['SOLIDARITY_AID']);
  });

  it('a Latin-1 page with no <p>, its paragraphs split by <br>', () => {
    const { doc, analysis } = page('br-latin1');
    expect(analysis.article.date).toBe('2026-03-02');
    expect(doc.text).toContain('Señor Pérez');
    expect(stancesOf(analysis, 'COL')).toContain('CALL_FOR_DIALOGUE');
  });

  it('an AMP page: date from its schema.org record, no sidebar menu', () => {
    const { doc, analysis } = page('amp');
    expect(analysis.article.date).toBe('2026-07-21');
    expect(paragraphs(doc)[0]).toBe('Ministers meet over grain corridor');
    expect(stancesOf(analysis, 'RUS')).toContain('REJECT_DENY');
  });

  it('a page pasted as text: related-story headlines are not the main event, boilerplate lines are not read', () => {
    const { analysis } = page('pasted-page');
    expect(analysis.article.date).toBe('2026-08-12');
    expect(analysis.events.map((e) => e.summary).join(' ')).not.toMatch(/retakes|convoy/);
    expect(reactors(analysis)).toEqual(['FRA', 'UNHCR']);
  });

  it('a table pasted as text: each row’s reactions belong to the country in its first cell', () => {
    const { analysis } = page('table-text');
    expect(reactors(analysis)).toEqual(['MLT', 'SVN']);
    expect(analysis.reactions.every((r) => !r.speaker?.includes('\t'))).toBe(true);
  });

  it('wire copy: a caption without a label is known by its credit, and the trailers are meta', () => {
    const { doc, analysis } = page('wire-trailers');
    const kinds = doc.paragraphs.map((p) => p.kind);
    expect(kinds.filter((k) => k === 'caption')).toHaveLength(1);
    expect(analysis.actors.flatMap((a) => a.mentions.map((m) => m.text))).not.toContain('Eleni Kostas');
    expect(analysis.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['GRC', 'ALB']));
  });
});
