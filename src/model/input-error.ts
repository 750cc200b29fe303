// An input that could not become an article (unreadable file, binary data, a broken JSON line): reported, never analysed.

export interface InputError {
  kind: 'input-error';
  /** Stable code, `input.snake_case`, e.g. `input.bad_json`. */
  code: string;
  message: string;
  /** The file it came from and, for JSON Lines, the 1-based line number. */
  file: string;
  line?: number;
}

export function isInputError(value: unknown): value is InputError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'input-error';
}
