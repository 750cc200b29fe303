// A one-line progress counter on stderr (only when stderr is a terminal and not --quiet): articles done and rate.
import type { Writable } from 'node:stream';

export interface Progress {
  tick(): void;
  /** Clears the line so that a message can be printed, then lets the next tick redraw it. */
  clear(): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, clear() {}, done() {} };
const REDRAW_MS = 100;

export function createProgress(stream: Writable, enabled: boolean, now: () => number = Date.now): Progress {
  if (!enabled) return SILENT;
  const started = now();
  let count = 0;
  let drawn = 0;
  let visible = false;
  const draw = (): void => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    stream.write(`\r\x1b[2Kchorus: ${count} articles, ${(count / seconds).toFixed(1)}/s`);
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
