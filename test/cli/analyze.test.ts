// `chorus analyze` end to end in-process: input shapes, output formats, --out, folders, usage errors.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/model/analysis.js';
import { parseLines, runCli } from './run-cli.js';

// Invented for this test.
const ARTICLE = ` date 2026-03-14

Norway condemns attack on aid convoy in northern Mali

The Norwegian foreign ministry on Friday condemned an attack on a United Nations aid convoy near Gao and called on all parties to exercise restraint.

"Attacks on humanitarian workers are unacceptable," Foreign Minister Ingrid Dahl said in a statement. "Those responsible must be held to account."

IMAGE: Trucks of the convoy stand on the road outside Gao on Thursday. Photograph: Ousmane Traoré/Sahel Press
`;

const PAGE = `<!doctype html><html><head><title>Site | Talks</title>
<meta property="og:title" content="Kenya urges talks over border clash">
<meta property="article:published_time" content="2026-05-02T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<article><h1>Kenya urges talks over border clash</h1>
<p>Kenya on Saturday urged Ethiopia and Somalia to return to talks after a clash on their shared border.</p>
<p>"Dialogue is the only way forward," the Kenyan foreign ministry said.</p></article>
<footer>Subscribe to our newsletter for cookie-free updates</footer></body></html>`;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chorus-cli-'));
  writeFileSync(join(dir, 'convoy.txt'), ARTICLE);
  mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'nested', 'deeper', 'talks.html'), PAGE);
  writeFileSync(
    join(dir, 'nested', 'feed.jsonl'),
    `${JSON.stringify({ id: 'feed-1', date: '2026-01-02', text: 'Chile welcomed the agreement on Tuesday.' })}\n`,
  );
  writeFileSync(join(dir, 'nested', 'notes.md'), 'not an input');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('chorus analyze', () => {
  it('writes one contract-shaped JSON object per article, with exact spans', async () => {
    const run = await runCli(['analyze', join(dir, 'convoy.txt'), '--quiet']);
    expect(run.code).toBe(0);
    const [record] = parseLines(run.stdout);
    expect(Object.keys(record ?? {})).toEqual([
      'article',
      'actors',
      'quotes',
      'events',
      'reactions',
      'issues',
    ]);
    const analysis = record as {
      article: { id: string; date: string | null };
      quotes: { text: string; start: number; end: number; speaker: { actor: string | null } | null }[];
      reactions: { actor: string; stances: string[] }[];
    };
    expect(analysis.article.id).toBe('convoy');
    expect(analysis.article.date).toBe('2026-03-14');
    for (const quote of analysis.quotes) expect(ARTICLE.slice(quote.start, quote.end)).toBe(quote.text);
    expect(analysis.quotes.some((q) => q.speaker?.actor === 'NOR')).toBe(true);
    const norway = analysis.reactions.filter((r) => r.actor === 'NOR').flatMap((r) => r.stances);
    expect(norway).toContain('CONDEMN');
  });

  it('carries the subject over a coordinated second verb ("condemned … and called on … restraint")', async () => {
    const run = await runCli(['analyze', join(dir, 'convoy.txt'), '--quiet']);
    const reactions = parseLines(run.stdout)[0]?.reactions as { actor: string; stances: string[] }[];
    const norway = reactions.filter((r) => r.actor === 'NOR').flatMap((r) => r.stances);
    expect(norway).toContain('CALL_FOR_RESTRAINT');
  });

  it('never takes the photographer or the agency of a caption for an actor', async () => {
    const run = await runCli(['analyze', join(dir, 'convoy.txt'), '--quiet']);
    const text = JSON.stringify(parseLines(run.stdout)[0]?.actors);
    expect(text).not.toContain('Traoré');
    expect(text).not.toContain('Sahel Press');
  });

  it('reads the field names scrapers and feeds use for text, date, title and link', async () => {
    const lines = [
      {
        maintext: 'Kenya urged calm on Monday.',
        date_publish: '2026-03-02 10:00:00',
        headline: 'Kenya urges calm',
      },
      { content: 'Peru protested.', pubDate: 'Mon, 02 Mar 2026 10:00:00 GMT', link: 'https://example.org/a' },
      { body: 'Chile offered aid.', published: 'yesterday' },
      { text: 'Fiji declared an emergency.', published_at: 1775203200 },
    ];
    const feeds = mkdtempSync(join(tmpdir(), 'chorus-feeds-'));
    writeFileSync(join(feeds, 'scraped.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const run = await runCli(['analyze', join(feeds, 'scraped.jsonl'), '--quiet']);
    rmSync(feeds, { recursive: true, force: true });
    const [kenya, peru, chile, fiji] = parseLines(run.stdout) as unknown as Analysis[];
    expect(kenya?.article).toMatchObject({ date: '2026-03-02', title: 'Kenya urges calm' });
    expect(peru?.article).toMatchObject({ date: '2026-03-02', url: 'https://example.org/a' });
    expect(chile?.article.date).toBeNull();
    expect(chile?.issues.map((i) => i.code)).toContain('ingest.bad_date');
    // Unix time, as a number
    expect(fiji?.article.date).toBe('2026-04-03');
  });

  it('reads folders recursively in sorted order and skips files that are not inputs', async () => {
    const run = await runCli(['analyze', dir]);
    expect(run.code).toBe(0);
    const ids = parseLines(run.stdout).map((r) => (r.article as { id: string }).id);
    expect(ids).toEqual(['convoy', 'nested/deeper/talks', 'feed-1']);
    expect(run.stderr).toContain('3 articles analysed');
  });

  it('extracts the main text of an HTML page and drops navigation and footer', async () => {
    const run = await runCli(['analyze', join(dir, 'nested', 'deeper', 'talks.html'), '--quiet']);
    const record = parseLines(run.stdout)[0] as {
      article: { title: string | null; date: string | null };
      reactions: { actor: string; stances: string[] }[];
    };
    expect(record.article.title).toBe('Kenya urges talks over border clash');
    expect(record.article.date).toBe('2026-05-02');
    expect(JSON.stringify(record)).not.toContain('newsletter');
    const kenya = record.reactions.filter((r) => r.actor === 'KEN').flatMap((r) => r.stances);
    expect(kenya).toContain('CALL_FOR_DIALOGUE');
  });

  it('prints one JSON array with --format json', async () => {
    const run = await runCli(['analyze', dir, '--format', 'json', '--quiet']);
    const parsed = JSON.parse(run.stdout) as unknown[];
    expect(Array.isArray(parsed)).toBe(true);
    expect(parsed).toHaveLength(3);
  });

  it('prints reactions grouped by actor with their evidence words in the table', async () => {
    const run = await runCli(['analyze', join(dir, 'convoy.txt'), '--format', 'table', '--quiet']);
    expect(run.stdout).toMatch(/NOR[\s\S]*CONDEMN/);
    expect(run.stdout).toContain('condemned');
    // the actor's name beside its id, the target event with its summary, the main event marked
    expect(run.stdout).toMatch(/^ {2}NOR {2}Norway$/m);
    expect(run.stdout).toMatch(/CONDEMN .*toward e\d+ \([^)]+\)/);
    expect(run.stdout).toContain('(main event)');
  });

  it('writes to --out and leaves stdout empty', async () => {
    const out = join(dir, 'out.jsonl');
    const run = await runCli(['analyze', join(dir, 'convoy.txt'), '--out', out, '--quiet']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(parseLines(readFileSync(out, 'utf8'))).toHaveLength(1);
  });

  it('reports a path that does not exist and exits 1', async () => {
    const run = await runCli(['analyze', join(dir, 'missing.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.txt');
    expect(run.stderr).toContain('input.not_found');
  });

  it('rejects an unknown option or format with exit code 2 and a hint', async () => {
    const option = await runCli(['analyze', dir, '--colour']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--colour');
    const format = await runCli(['analyze', dir, '--format', 'xml']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('xml');
  });

  it('prints help for the command', async () => {
    const run = await runCli(['analyze', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--format');
    expect(run.stdout).toContain('--workers');
  });
});
