// Bad input is never a crash and never silent loss: each case ends in an analysis with a recorded issue,
// or in a reported input (file and line) with exit code 1, while the good inputs around it are analysed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLines, runCli } from '../cli/run-cli.js';

interface Record {
  article: { id: string };
  quotes: { text: string; start: number; end: number }[];
  reactions: { actor: string; stances: string[] }[];
  issues: { code: string; message: string; start?: number; end?: number }[];
}

let dir = '';
const path = (name: string) => join(dir, name);
const codes = (record: Record | undefined) => (record?.issues ?? []).map((i) => i.code);
/** Every stance of an actor over its reactions (its own words and the writer's framing are separate). */
const stancesOf = (record: Record | undefined, actor: string) =>
  (record?.reactions ?? []).filter((r) => r.actor === actor).flatMap((r) => r.stances);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chorus-bad-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function analyzeOne(name: string, content: string | Uint8Array, config = {}) {
  writeFileSync(path(name), content);
  const run = await runCli(['analyze', path(name), '--quiet'], config);
  return { run, ...split(run.stdout) };
}

/** Output lines are analyses or, for an input that could not be read, `{ "error": … }` records in its place. */
function split(stdout: string): { records: Record[]; errors: InputErrorRecord[] } {
  const lines = parseLines(stdout);
  return {
    records: lines.filter((line) => 'article' in line) as unknown as Record[],
    errors: lines.filter((line) => 'error' in line).map((line) => line.error) as InputErrorRecord[],
  };
}

interface InputErrorRecord {
  code: string;
  message: string;
  file: string;
  line?: number;
}

describe('bad input', () => {
  it('an empty file gives an analysis with an empty-text issue', async () => {
    const { run, records } = await analyzeOne('empty.txt', '');
    expect(run.code).toBe(0);
    expect(records).toHaveLength(1);
    expect(codes(records[0])).toContain('ingest.empty_text');
  });

  it('a whitespace-only file is treated like an empty one', async () => {
    const { records } = await analyzeOne('blank.txt', '  \n\n \t\n');
    expect(codes(records[0])).toContain('ingest.empty_text');
  });

  it('a binary file is reported and skipped with exit code 1, not analysed as text', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const { run, records, errors } = await analyzeOne('photo.txt', bytes);
    expect(run.code).toBe(1);
    expect(records).toHaveLength(0);
    expect(errors).toEqual([expect.objectContaining({ code: 'input.binary', file: path('photo.txt') })]);
    expect(run.stderr).toContain('photo.txt');
    expect(run.stderr).toContain('input.binary');
  });

  it('UTF-8 with corrupt bytes is decoded with replacements and an issue saying how many', async () => {
    const good = Buffer.from('Peru condemned the raid on Monday — its ministry said so. ', 'utf8');
    const bad = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0x2e]);
    const { run, records } = await analyzeOne('latin.txt', Buffer.concat([good, bad]));
    expect(run.code).toBe(0);
    expect(codes(records[0])).toContain('ingest.invalid_utf8');
    expect(stancesOf(records[0], 'PER')).toContain('CONDEMN');
  });

  it('a Windows-1252 (Latin-1) file is read as such, with an issue saying so', async () => {
    const bytes = Buffer.from('Caf\xe9 owners in M\xe1laga said Spain condemned the attack.', 'latin1');
    const { run, records } = await analyzeOne('legacy.txt', bytes);
    expect(run.code).toBe(0);
    expect(codes(records[0])).toContain('ingest.legacy_encoding');
    expect(records[0]?.quotes.map((q) => q.text).join(' ')).not.toContain('\uFFFD');
    expect(JSON.stringify(records[0])).toContain('Málaga');
  });

  it('an HTML page in the charset its <meta> declares is read in that charset', async () => {
    // windows-1251 (Cyrillic): read as Windows-1252 these bytes would come out as "ìèð"
    const page = (charset: string, words: string) =>
      `<html><head><meta charset="${charset}"></head><body><article><p>Kazakhstan said the word ${words} was on every banner.</p></article></body></html>`;
    const cyrillic = Buffer.from(page('windows-1251', '\xec\xe8\xf0'), 'latin1');
    const { records } = await analyzeOne('cyrillic.html', cyrillic);
    expect(JSON.stringify(records[0])).toContain('мир');
    // Shift_JIS, declared the old way, in a Content-Type http-equiv
    const japanese = Buffer.from(
      page('x', '\x95\xbd\x98\x61').replace(
        '<meta charset="x">',
        '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
      ),
      'latin1',
    );
    const read = await analyzeOne('japanese.html', japanese);
    expect(JSON.stringify(read.records[0])).toContain('平和');
    expect(codes(read.records[0])).not.toContain('ingest.invalid_utf8');
  });

  it('an HTML page that declares a legacy charset but is valid UTF-8 stays UTF-8', async () => {
    const page =
      '<html><head><meta charset="iso-8859-1"></head><body><p>Spain’s minister said the café in Málaga would reopen.</p></body></html>';
    const { records } = await analyzeOne('relabelled.html', page);
    expect(records[0]?.quotes.map((q) => q.text)).toEqual(['the café in Málaga would reopen']);
  });

  it('a UTF-16 file without a byte-order mark is recognised by its NUL pattern', async () => {
    const text = 'Japan condemned the missile launch on Tuesday.';
    const { run, records } = await analyzeOne('utf16-nobom.txt', Buffer.from(text, 'utf16le'));
    expect(run.code).toBe(0);
    expect(stancesOf(records[0], 'JPN')).toContain('CONDEMN');
  });

  it('a UTF-16 file with a byte-order mark is decoded, not read as binary', async () => {
    const text = 'Japan condemned the missile launch on Tuesday.';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { run, records } = await analyzeOne('utf16.txt', bytes);
    expect(run.code).toBe(0);
    expect(stancesOf(records[0], 'JPN')).toContain('CONDEMN');
  });

  it('a JSONL with a broken line and a line without text: good lines analysed, bad ones reported by line', async () => {
    const lines = [
      JSON.stringify({ id: 'one', text: 'Ghana welcomed the ceasefire on Sunday.' }),
      '{"id": "two", "text": "unterminated',
      JSON.stringify({ id: 'three', title: 'no text here' }),
      '',
      JSON.stringify({ id: 'four', text: 'Brazil called for talks between the two sides.' }),
    ];
    writeFileSync(path('feed.jsonl'), `${lines.join('\n')}\n`);
    const run = await runCli(['analyze', path('feed.jsonl')]);
    expect(run.code).toBe(1);
    const { records, errors } = split(run.stdout);
    expect(records.map((r) => r.article.id)).toEqual(['one', 'four']);
    expect(errors.map((e) => [e.code, e.line])).toEqual([
      ['input.bad_json', 2],
      ['input.missing_text', 3],
    ]);
    expect(run.stderr).toContain(`${path('feed.jsonl')}:2: input.bad_json`);
    expect(run.stderr).toContain(`${path('feed.jsonl')}:3: input.missing_text`);
    expect(run.stderr).toContain('2 articles analysed, 2 inputs reported and skipped');
  });

  it('a 100 MB article is read up to the configured length and the rest is reported, not lost silently', async () => {
    const sentence = 'Austria condemned the shelling of the city and called for an immediate ceasefire. ';
    const huge = sentence.repeat(Math.ceil(100_000_000 / sentence.length));
    const { run, records } = await analyzeOne('huge.txt', huge, { maxArticleChars: 20_000 });
    expect(run.code).toBe(0);
    const truncated = records[0]?.issues.find((i) => i.code === 'ingest.article_truncated');
    expect(truncated?.message).toMatch(/1000000\d\d bytes/);
    expect(stancesOf(records[0], 'AUT')).toContain('CONDEMN');
  });

  it('an unbalanced quotation mark is an issue, and the rest of the article is still analysed', async () => {
    const text = [
      '"We will not give up our claim, the Bolivian delegate told the assembly.',
      'Later on Monday, Argentina condemned the decision and Uruguay voiced concern about the vote.',
    ].join('\n\n');
    const { run, records } = await analyzeOne('unbalanced.txt', text);
    expect(run.code).toBe(0);
    expect(codes(records[0])).toContain('quotes.unbalanced_marks');
    expect(stancesOf(records[0], 'ARG')).toContain('CONDEMN');
    expect(stancesOf(records[0], 'URY')).toContain('CONCERN');
    for (const q of records[0]?.quotes ?? []) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('a file of control characters is reported as not text, with the reason', async () => {
    const { run, errors } = await analyzeOne('control.txt', '\u0007\u0008\u000b\u000c\r\r\r');
    expect(run.code).toBe(1);
    expect(errors[0]?.code).toBe('input.binary');
    expect(errors[0]?.message).toContain('control characters');
  });
});
