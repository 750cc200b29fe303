// Measurement helpers for the bench: the machine, load, peak memory of a child process, throughput figures.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';

export interface Machine {
  nproc: number;
  cpu: string;
  memoryGB: number;
  freeMemoryGB: number;
  node: string;
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    nproc: list.length,
    cpu: list[0]?.model.trim() ?? 'unknown',
    memoryGB: round(totalmem() / 2 ** 30, 1),
    freeMemoryGB: round(freemem() / 2 ** 30, 1),
    node: process.version,
  };
}

/** The 1-minute load average: other users of the cores make every figure noisier. */
export function readLoad(): number {
  return round(loadavg()[0] ?? 0, 2);
}

export interface Throughput {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  /** CPU seconds this process spent (all its threads), when measured */
  cpuSeconds?: number;
  /** articles per CPU second: what one idle core would do, whatever else the machine was running */
  cpuArticlesPerSecond?: number;
  cpuMegabytesPerSecond?: number;
}

export function toThroughput(articles: number, bytes: number, ms: number, cpuMs?: number): Throughput {
  const seconds = ms / 1000;
  const figures: Throughput = {
    articles,
    seconds: round(seconds, 2),
    articlesPerSecond: round(articles / seconds, 1),
    megabytesPerSecond: round(bytes / 1e6 / seconds, 2),
  };
  if (cpuMs !== undefined) {
    const cpuSeconds = cpuMs / 1000;
    figures.cpuSeconds = round(cpuSeconds, 2);
    figures.cpuArticlesPerSecond = round(articles / cpuSeconds, 1);
    figures.cpuMegabytesPerSecond = round(bytes / 1e6 / cpuSeconds, 2);
  }
  return figures;
}

/** Wall and CPU time of this process together: `stop()` gives both, in milliseconds. */
export function startClock(): { stop: () => { ms: number; cpuMs: number } } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return {
    stop: () => {
      const used = process.cpuUsage(cpu);
      return { ms: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
    },
  };
}

export function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function peakRssMB(): number {
  // resourceUsage().maxRSS is in kilobytes and covers every thread of this process.
  return round(process.resourceUsage().maxRSS / 1024, 1);
}

export interface ChildRun {
  exitCode: number | null;
  seconds: number;
  /** peak resident memory of the child (VmHWM), in MB */
  peakRssMB: number;
  /** resident memory sampled every `sampleMs`, in MB: flat means streaming */
  rssSamplesMB: number[];
  /** CPU seconds of the child (all its threads) at the last sample, up to `sampleMs` short of the end */
  cpuSeconds: number;
  stderrTail: string;
  killedAfterSeconds?: number;
}

/** Runs a command, sampling its resident memory from /proc, optionally stopping it after `limitSeconds`. */
export function runMeasured(
  command: string,
  args: string[],
  options: { sampleMs?: number; limitSeconds?: number } = {},
): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const samples: number[] = [];
  let peak = 0;
  let cpuSeconds = 0;
  let stderr = '';
  let killed: number | undefined;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  const sample = (): void => {
    const status = readProcStatus(child.pid);
    if (!status) return;
    samples.push(status.rssMB);
    peak = Math.max(peak, status.peakMB);
    cpuSeconds = status.cpuSeconds;
  };
  const timer = setInterval(sample, options.sampleMs ?? 1000);
  const limit =
    options.limitSeconds === undefined
      ? undefined
      : setTimeout(() => {
          sample();
          killed = round((performance.now() - started) / 1000, 1);
          child.kill('SIGTERM');
        }, options.limitSeconds * 1000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (limit) clearTimeout(limit);
      const run: ChildRun = {
        exitCode: code,
        seconds: round((performance.now() - started) / 1000, 2),
        peakRssMB: round(Math.max(peak, ...samples), 1),
        rssSamplesMB: samples,
        cpuSeconds: round(cpuSeconds, 2),
        stderrTail: stderr.trim().split('\n').slice(-3).join('\n'),
      };
      if (killed !== undefined) run.killedAfterSeconds = killed;
      resolve(run);
    });
  });
}

// Linux counts CPU time in /proc/PID/stat in clock ticks of 1/100 s (USER_HZ) on every common platform.
const TICKS_PER_SECOND = 100;

function readProcStatus(
  pid: number | undefined,
): { rssMB: number; peakMB: number; cpuSeconds: number } | undefined {
  if (pid === undefined) return undefined;
  let status: string;
  let stat: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    // The child has just exited between two samples: there is nothing left to read.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  // Fields after the command name (which may hold spaces, so split after its closing parenthesis):
  // state is field 3, utime field 14 and stime field 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return {
    rssMB: round(kb('VmRSS') / 1024, 1),
    peakMB: round(kb('VmHWM') / 1024, 1),
    cpuSeconds: ticks / TICKS_PER_SECOND,
  };
}
