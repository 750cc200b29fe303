// A .cpuprofile (from `node --cpu-prof` or bench/profile.ts) -> the hottest functions by self and total time, and files.
// Usage: tsx bench/summarise-profile.ts bench/out/prof/CPU….cpuprofile [--top 25]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  selfShare: number;
  /** share of samples with the function anywhere on the stack (itself and what it calls) */
  totalShare: number;
}

/** Self and total time by function, self time by file, as shares of all sampled time (idle and GC included). */
export function summariseProfile(profile: Profile): { functions: Hotspot[]; files: Hotspot[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nameOf = (id: number): string | undefined => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return undefined;
    return `${frame.functionName || '(anonymous)'} ${shortenUrl(frame.url) || '(native)'}:${frame.lineNumber + 1}`;
  };
  const selfUs = new Map<string, number>();
  const totalUs = new Map<string, number>();
  const fileUs = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const us = profile.timeDeltas[index] ?? 0;
    total += us;
    const name = nameOf(id);
    if (name === undefined) return;
    selfUs.set(name, (selfUs.get(name) ?? 0) + us);
    const file = shortenUrl(byId.get(id)?.callFrame.url ?? '') || '(native)';
    fileUs.set(file, (fileUs.get(file) ?? 0) + us);
    // Each function once per sample, however deep it recurses.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const caller = nameOf(at);
      if (caller !== undefined) onStack.add(caller);
    }
    for (const caller of onStack) totalUs.set(caller, (totalUs.get(caller) ?? 0) + us);
  });
  const share = (us: number) => Math.round((us / (total || 1)) * 1000) / 1000;
  const functions = [...selfUs]
    .sort((a, b) => b[1] - a[1])
    .map(([name, us]) => ({ name, selfShare: share(us), totalShare: share(totalUs.get(name) ?? us) }));
  const files = [...fileUs]
    .sort((a, b) => b[1] - a[1])
    .map(([name, us]) => ({ name, selfShare: share(us), totalShare: share(us) }));
  return { functions, files };
}

/** The functions with the most total time (callers included): where a stage's time goes, top down. */
export function rankByTotal(functions: Hotspot[]): Hotspot[] {
  return [...functions].sort((a, b) => b.totalShare - a.totalShare);
}

function shortenUrl(url: string): string {
  return url.replace(/^file:\/\/.*?\/(node_modules|dist|src)\//, '$1/');
}

function main(args: string[]): void {
  const file = args[0];
  if (!file) {
    process.stderr.write('usage: tsx bench/summarise-profile.ts FILE.cpuprofile [--top 25]\n');
    process.exitCode = 2;
    return;
  }
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  process.stdout.write(`${formatSummary(summariseProfile(profile), top)}\n`);
}

export function formatSummary(summary: { functions: Hotspot[]; files: Hotspot[] }, top: number): string {
  const percent = (share: number) => (share * 100).toFixed(1).padStart(7);
  const lines = ['self %  total %  function, by self time'];
  for (const hot of summary.functions.slice(0, top))
    lines.push(`${percent(hot.selfShare)} ${percent(hot.totalShare)}  ${hot.name}`);
  lines.push('', 'self %  total %  function, by total time');
  for (const hot of rankByTotal(summary.functions).slice(0, top))
    lines.push(`${percent(hot.selfShare)} ${percent(hot.totalShare)}  ${hot.name}`);
  lines.push('', ' self %  file');
  for (const hot of summary.files.slice(0, top)) lines.push(`${percent(hot.selfShare)}  ${hot.name}`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
