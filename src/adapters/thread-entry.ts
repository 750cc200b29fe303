// A worker thread's entry module, found from the module that starts it: the compiled file when running from
// dist/, else a small bootstrap that first registers tsx's loader in the thread (vitest, tsx): Node 20 does not
// apply `--import tsx` to a worker.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface ThreadEntry {
  script: string | URL;
  /** true when `script` is code to evaluate, not a file */
  eval: boolean;
}

/** The entry of `name` (a module beside `from`, without extension), `from` being the caller's import.meta.url. */
export function threadEntry(from: string, name: string): ThreadEntry {
  if (!from.endsWith('.ts')) return { script: new URL(`./${name}.js`, from), eval: false };
  // require() resolves tsx's CommonJS build; its ES module twin sits beside it and is the one that registers hooks.
  const tsxApi = pathToFileURL(
    createRequire(from)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL(`./${name}.ts`, from).href;
  return {
    script: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
    eval: true,
  };
}
