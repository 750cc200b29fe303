// User options -> the complete resolved Config every stage sees; defaults live here as data.
import type { Config } from './model/stage.js';

export const DEFAULT_CONFIG: Config = {
  minReactionConfidence: 0,
  maxArticleChars: 1_000_000,
};

export function resolveConfig(options: Partial<Config> = {}): Config {
  return { ...DEFAULT_CONFIG, ...options };
}
