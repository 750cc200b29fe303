// A one-line progress display on stderr (only when stderr is a terminal and not --quiet): a bar when the
// number of inputs is known ahead, else a counter; articles done and rate either way.
import type { Writable } from 'node:stream';

export interface Progress {
  tick(): void;
  /** Clears the line so that a message can be printed, then lets the next tick redraw it. */
  clear(): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, clear() {}, done() {} };
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export function createProgress(
  stream: Writable,
  enabled: boolean,
  now: () => number = Date.now,
  total?: number,
): Progress {
  if (!enabled) return SILENT;
  const started = now();
  let count = 0;
  let drawn = 0;
  let visible = false;
  const draw = (): void => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    stream.write(`\r\x1b[2K${formatProgress(count, seconds, total)}`);
    visible = true;
    drawn = now();
  };
  return {
    tick() {
      count++;
      if (now() - drawn >= REDRAW_MS) draw();
    },
    clear() {
      if (visible) stream.write('\r\x1b[2K');
      visible = false;
    },
    done() {
      if (visible) stream.write('\r\x1b[2K');
      visible = false;
    },
  };
}

/** "chorus: [██████░░░░] 42/120 articles, 3.1/s, 25 s left", or without a known total "chorus: 42 articles, 3.1/s". */
export function formatProgress(count: number, seconds: number, total?: number): string {
  const rate = count / seconds;
  if (total === undefined || total <= 0) return `chorus: ${count} articles, ${rate.toFixed(1)}/s`;
  const share = Math.min(count / total, 1);
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  const left = rate > 0 && count < total ? `, ${Math.ceil((total - count) / rate)} s left` : '';
  return `chorus: [${bar}] ${count}/${total} articles, ${rate.toFixed(1)}/s${left}`;
}
