// Wires a StageContext from the adapters: config resolved once, lexicons and the NLP model loaded once.
import { loadLexicons } from '../adapters/lexicons/index.js';
import { createNlp } from '../adapters/nlp.js';
import { resolveConfig } from '../config.js';
import type { Config, StageContext } from '../model/stage.js';

let cached: StageContext | undefined;

/** The context with default config, built on first use and shared afterwards (loading costs ~1 s). */
export function defaultContext(): StageContext {
  cached ??= createContext();
  return cached;
}

export function createContext(options: Partial<Config> = {}): StageContext {
  return { config: resolveConfig(options), lexicons: loadLexicons(), nlp: createNlp() };
}
