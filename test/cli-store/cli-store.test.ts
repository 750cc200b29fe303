import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStoreReader } from '../../src/adapters/sqlite/store-reader.js';
import type { CliIo } from '../../src/apps/cli/commands/command.js';
import { COMMANDS } from '../../src/apps/cli/commands/index.js';
import { formatSummary, ingestPaths } from '../../src/apps/cli/commands/ingest.js';
import { serveStore } from '../../src/apps/cli/commands/serve.js';
import { main } from '../../src/apps/cli/main.js';
import { parseArgs } from '../../src/apps/cli/parse-args.js';
import { defaultContext } from '../../src/apps/context.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function chorus(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = sink();
  const err = sink();
  const io: CliIo = {
    stdout: out.stream,
    stderr: err.stream,
    stderrIsTTY: false,
    config: () => defaultContext().config,
    context: defaultContext,
  };
  const code = await main(argv, io);
  return { code, stdout: out.text(), stderr: err.text() };
}

let dir: string;
let db: string;
let firstIngest: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chorus-cli-store-'));
  db = join(dir, 'chorus.db');
  firstIngest = await chorus('ingest', EXAMPLES, '--db', db);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function firstEventId(): Promise<string> {
  const { stdout } = await chorus('events', '--db', db, '--format', 'json');
  const events = JSON.parse(stdout) as { id: string; reactingActors: number }[];
  const withReactions = events.find((event) => event.reactingActors > 1);
  if (!withReactions) throw new Error('no event with reactions in the examples');
  return withReactions.id;
}

describe('chorus ingest', () => {
  it('stores every example article and says so in one summary line', () => {
    expect(firstIngest.code).toBe(0);
    expect(firstIngest.stdout).toBe('');
    expect(firstIngest.stderr).toMatch(
      /^chorus: 10 read, 10 stored \(0 wire copies linked\), 0 already stored/,
    );
    const store = openStoreReader(db);
    expect(store.counts().articles).toBe(10);
    store.close();
  });

  it('stores nothing twice on a second run', async () => {
    const again = await chorus('ingest', EXAMPLES, '--db', db, '--quiet');
    expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
    const store = openStoreReader(db);
    expect(store.counts().articles).toBe(10);
    store.close();
  });

  it('stores the same analyses with worker threads, in input order', async () => {
    const parallel = join(dir, 'parallel.db');
    const run = await chorus('ingest', EXAMPLES, '--db', parallel, '--workers', '2');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^chorus: 10 read, 10 stored/);
    const one = openStoreReader(db);
    const two = openStoreReader(parallel);
    expect(two.records()).toEqual(one.records());
    one.close();
    two.close();
  });

  it('links a renamed wire copy to the story it copies instead of counting it twice', async () => {
    const copyDb = join(dir, 'copies.db');
    const folder = mkdtempSync(join(dir, 'copies-'));
    copyFileSync(join(EXAMPLES, 'dam-strike.txt'), join(folder, 'a-dam-strike.txt'));
    const text = readFileSync(join(EXAMPLES, 'dam-strike.txt'), 'utf8');
    writeFileSync(
      join(folder, 'b-dam-strike-copy.txt'),
      `${text}\nReporting by the desk; editing by the desk.\n`,
    );
    const run = await chorus('ingest', folder, '--db', copyDb);
    expect(run.stderr).toMatch(/2 read, 2 stored \(1 wire copy linked\)/);
    const store = openStoreReader(copyDb);
    expect(store.counts()).toMatchObject({ articles: 2, duplicates: 1 });
    store.close();
  });

  it('reports unreadable inputs, stores the rest and exits 1', async () => {
    const run = await chorus(
      'ingest',
      join(dir, 'missing.txt'),
      join(EXAMPLES, 'cyclone-aid.txt'),
      '--db',
      join(dir, 'x.db'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('input.not_found');
    expect(run.stderr).toContain('1 read, 1 stored');
    expect(run.stderr).toContain('1 input reported');
  });

  it('stops when interrupted, keeps what it stored, and a rerun finishes without loss or repeats', async () => {
    const stopped = join(dir, 'stopped.db');
    let reads = 0;
    // Ctrl-C after the third article: the command's signal handler sets the same flag.
    const stop = {
      get requested() {
        reads++;
        return reads > 3;
      },
    };
    const err = sink();
    const io: CliIo = {
      stdout: sink().stream,
      stderr: err.stream,
      stderrIsTTY: false,
      config: () => defaultContext().config,
      context: defaultContext,
    };
    expect(await ingestPaths([EXAMPLES], { db: stopped, quiet: false, stop }, io)).toBe(130);
    expect(err.text()).toMatch(
      /^chorus: 3 read, 3 stored .* interrupted: run the same command again to continue\n$/,
    );
    const rerun = await chorus('ingest', EXAMPLES, '--db', stopped);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain('10 read, 7 stored (0 wire copies linked), 3 already stored');
    const store = openStoreReader(stopped);
    expect(store.counts().articles).toBe(10);
    store.close();
  });

  it('writes a summary that names what happened', () => {
    const summary = { read: 3, stored: 2, duplicates: 1, skipped: 1, replaced: 0, inputErrors: 1, issues: 4 };
    expect(formatSummary(summary, 'news.db', true)).toBe(
      'chorus: 3 read, 2 stored (1 wire copy linked), 1 already stored, 1 input reported, 4 issues -> news.db; interrupted: run the same command again to continue',
    );
  });
});

describe('chorus events, reactions and export', () => {
  it('lists events in a table and finds them by search', async () => {
    const all = await chorus('events', '--db', db);
    expect(all.code).toBe(0);
    const lines = all.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+DATES\s+ARTICLES\s+REACTING\s+POLARISATION\s+EVENT$/);
    expect(lines.length).toBeGreaterThan(3);
    const found = await chorus('events', '--db', db, '--search', 'cyclone', '--format', 'json');
    const events = JSON.parse(found.stdout) as { id: string }[];
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect(events.length).toBeLessThan(lines.length - 1);
    const none = await chorus('events', '--db', db, '--search', 'zeppelin');
    expect(none.stderr).toContain('no event matches "zeppelin"');
  });

  it('prints the reactions table of one event by id, with quotes and sources', async () => {
    const id = await firstEventId();
    const { code, stdout } = await chorus('reactions', id, '--db', db);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# International reactions to /);
    expect(stdout).toContain('## By stance');
    expect(stdout).toContain('| actor | position | stances | words | sources |');
    expect(stdout).toMatch(/Polarisation \d\.\d\d/);
    expect(stdout).toContain('“');
  });

  it('gives the evidence of every reaction as spans into the stored text', async () => {
    const id = await firstEventId();
    const { stdout } = await chorus('reactions', id, '--db', db, '--format', 'json');
    const table = JSON.parse(stdout) as {
      reactions: { evidence: { articleId: string; text: string; start: number; end: number }[] }[];
    };
    const store = openStoreReader(db);
    for (const evidence of table.reactions.flatMap((r) => r.evidence)) {
      expect(store.article(evidence.articleId)?.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
    store.close();
  });

  it('refuses an unknown event with a message that says what to do', async () => {
    const { code, stderr } = await chorus('reactions', 'zeppelin', '--db', db);
    expect(code).toBe(2);
    expect(stderr).toContain('cli.no_event');
    expect(stderr).toContain('chorus events');
  });

  it('says to run ingest when the store does not exist', async () => {
    const { code, stderr } = await chorus('events', '--db', join(dir, 'nope', 'none.db'));
    expect(code).toBe(2);
    expect(stderr).toContain('store.cannot_open');
    expect(stderr).toContain('chorus ingest');
  });

  it('exports JSON, CSV, Markdown and PLOVER-style JSON Lines', async () => {
    const json = JSON.parse((await chorus('export', '--db', db)).stdout) as {
      id: string;
      analysis: unknown;
    }[];
    expect(json.length).toBeGreaterThan(3);
    expect(json[0]).toHaveProperty('analysis.polarisation');
    const csv = (await chorus('export', '--db', db, '-f', 'csv')).stdout.trim().split('\n');
    expect(csv[0]).toMatch(/^cluster_id,event_summary,cameo,plover/);
    expect(csv.length).toBeGreaterThan(5);
    const md = (await chorus('export', '--db', db, '-f', 'md')).stdout;
    expect(md.match(/^# International reactions to /gm)?.length).toBe(json.length);
    const out = join(dir, 'events.jsonl');
    expect((await chorus('export', '--db', db, '-f', 'plover', '--out', out)).code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    for (const line of lines) {
      expect(Object.keys(line).slice(0, 8)).toEqual([
        'id',
        'date',
        'event',
        'mode',
        'context',
        'actor',
        'recipient',
        'event_text',
      ]);
      expect(line.provenance.story_id).toBe(line.id.split('#')[0]);
    }
    expect(lines.some((line) => line.actor[0]?.code && line.cluster_id)).toBe(true);
    const narrowed = await chorus('export', '--db', db, '-f', 'json', '--search', 'cyclone');
    expect((JSON.parse(narrowed.stdout) as unknown[]).length).toBeLessThan(json.length);
  });
});

describe('chorus --help', () => {
  it('lists the store commands', async () => {
    const { stdout } = await chorus('--help');
    for (const name of ['ingest', 'events', 'reactions', 'export', 'serve']) {
      expect(stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    }
    expect((await chorus('ingest', '--help')).stdout).toContain('--workers N');
  });
});

describe('chorus serve', () => {
  it('parses its options', () => {
    expect(parseArgs(['serve', '--db', 'x.db', '--port', '0'], COMMANDS)).toMatchObject({
      kind: 'run',
      values: { db: 'x.db', port: 0, host: '127.0.0.1' },
    });
    expect(parseArgs(['serve', '--port', 'web'], COMMANDS)).toMatchObject({ kind: 'usage-error' });
  });

  it('says which port is taken and what to do', async () => {
    const first = await serveStore({ db, port: 0, host: '127.0.0.1' });
    try {
      const port = Number(new URL(first.url).port);
      await expect(serveStore({ db, port, host: '127.0.0.1' })).rejects.toMatchObject({
        code: 'serve.cannot_listen',
        message: expect.stringContaining('--port 0'),
      });
    } finally {
      await first.close();
    }
  });

  it('answers the API and the dashboard on an ephemeral port', async () => {
    const running = await serveStore({ db, port: 0, host: '127.0.0.1' });
    try {
      const events = (await (await fetch(`${running.url}/api/events`)).json()) as { total: number };
      expect(events.total).toBeGreaterThan(3);
      const page = await fetch(`${running.url}/`);
      expect(page.headers.get('content-type')).toContain('text/html');
    } finally {
      await running.close();
    }
  });
});
