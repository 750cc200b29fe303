import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { countInputs } from '../../src/apps/cli/commands/ingest.js';
import { createProgress, formatProgress } from '../../src/apps/cli/progress.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const dir = mkdtempSync(join(tmpdir(), 'chorus-progress-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('formatProgress', () => {
  it.each([
    [0, 1, 10, 'chorus: [░░░░░░░░░░░░░░░░░░░░░░░░] 0/10 articles, 0.0/s'],
    [5, 2, 10, 'chorus: [████████████░░░░░░░░░░░░] 5/10 articles, 2.5/s, 2 s left'],
    [10, 4, 10, 'chorus: [████████████████████████] 10/10 articles, 2.5/s'],
    [12, 4, 10, 'chorus: [████████████████████████] 12/10 articles, 3.0/s'],
    [7, 2, undefined, 'chorus: 7 articles, 3.5/s'],
  ])('%i done in %i s of %s', (count, seconds, total, expected) => {
    expect(formatProgress(count, seconds, total)).toBe(expected);
  });
});

describe('createProgress', () => {
  it('draws on the terminal at most every 100 ms and clears its line when done', () => {
    let text = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        text += String(chunk);
        done();
      },
    });
    let clock = 0;
    const progress = createProgress(stream, true, () => clock, 3);
    clock = 150;
    progress.tick();
    progress.tick();
    clock = 300;
    progress.tick();
    progress.done();
    const frames = text.split('\r\x1b[2K').filter((frame) => frame !== '');
    expect(frames).toEqual([
      'chorus: [████████░░░░░░░░░░░░░░░░] 1/3 articles, 6.7/s, 1 s left',
      'chorus: [████████████████████████] 3/3 articles, 10.0/s',
    ]);
    expect(text.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('writes nothing when disabled', () => {
    let written = 0;
    const stream = new Writable({
      write(_chunk, _encoding, done) {
        written++;
        done();
      },
    });
    const progress = createProgress(stream, false, () => 1_000);
    progress.tick();
    progress.done();
    expect(written).toBe(0);
  });
});

describe('countInputs', () => {
  it('counts one per file, one per non-blank JSON line and one per unreadable path', async () => {
    expect(await countInputs([EXAMPLES])).toBe(10);
    const feed = join(dir, 'feed.jsonl');
    writeFileSync(feed, '{"text":"a"}\n\n{"text":"b"}\n  \n{"text":"c"}');
    expect(await countInputs([feed, join(dir, 'missing.txt')])).toBe(4);
  });
});
