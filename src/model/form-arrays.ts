// Arrays indexed by word form id (`Token.form`), which the stages grow as a run meets new word forms.

/** How many entries an array indexed by form id grows to so that it holds `form`: at least twice `length`. */
export function sizeFor(form: number, length: number): number {
  return Math.max(form + 1, 2 * length);
}

/** A copy of `array` with `length` entries, the new ones 0. */
export function grownTo<T extends Uint16Array | Uint32Array | Int32Array>(array: T, length: number): T {
  const grown = new (array.constructor as new (length: number) => T)(length);
  grown.set(array);
  return grown;
}
