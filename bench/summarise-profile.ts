// A .cpuprofile (from `node --cpu-prof`) -> the hottest functions by self time and the hottest files.
// Usage: tsx bench/summarise-profile.ts bench/out/prof/CPU….cpuprofile [--top 25]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  selfShare: number;
}

/** Self time by function and by file, as shares of all sampled time (idle and GC included). */
export function summariseProfile(profile: Profile): { functions: Hotspot[]; files: Hotspot[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const total = [...selfUs.values()].reduce((sum, us) => sum + us, 0) || 1;
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = shortenUrl(frame.url) || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
    files.set(file, (files.get(file) ?? 0) + us);
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({ name, selfShare: Math.round((us / total) * 1000) / 1000 }));
  return { functions: rank(functions), files: rank(files) };
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
  const summary = summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  const lines = ['self %  function'];
  for (const hot of summary.functions.slice(0, top))
    lines.push(`${(hot.selfShare * 100).toFixed(1).padStart(5)}  ${hot.name}`);
  lines.push('', 'self %  file');
  for (const hot of summary.files.slice(0, top))
    lines.push(`${(hot.selfShare * 100).toFixed(1).padStart(5)}  ${hot.name}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2));
