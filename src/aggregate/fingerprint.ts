// Article text -> MinHash signature of word 5-gram shingles, LSH band keys and a Jaccard estimate (wire-copy detection).

export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
/** Jaccard similarity of shingle sets at and above which an article is a near-duplicate of another. */
export const DUPLICATE_THRESHOLD = 0.8;

/** Lower-cases, drops punctuation and collapses white space, so that wire copies reformatted by outlets compare equal. */
export function normaliseWords(text: string): string[] {
  const words: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word !== '') words.push(word);
  }
  return words;
}

/** 32-bit FNV-1a hash of a string. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

// MurmurHash3's finaliser: a cheap, well-mixed permutation of 32-bit values, one per seed.
function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Typed, so that the signature loop reads plain 32-bit words.
const SIGNED_SEEDS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15));
const SIGN_BIT = 0x80000000 | 0;
const SPACE = 0x20;

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Non-ASCII code points already classified: bounded by the code points a corpus uses (hundreds in news).
const wordCharCache = new Map<number, boolean>();

/** Whether a UTF-16 unit is part of a word, as normaliseWords splits: letters and digits of any script. */
function isWordUnit(code: number, text: string, at: number): boolean {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  }
  // A surrogate belongs to the code point it is half of; a lone one is no letter.
  const previous = at > 0 ? text.charCodeAt(at - 1) : 0;
  const second = code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
  const point = text.codePointAt(second ? at - 1 : at) ?? code;
  let known = wordCharCache.get(point);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(point));
    wordCharCache.set(point, known);
  }
  return known;
}

/**
 * The hash of every word 5-gram in order, repeats included (a text shorter than five words is one shingle).
 * Each is hashString(normaliseWords(text).slice(i, i + 5).join(' ')), computed on the lower-cased text's
 * UTF-16 units without building the words or the strings: stored signatures depend on these exact values.
 */
export function hashShingles(text: string): Uint32Array {
  const lower = text.toLowerCase();
  const starts: number[] = [];
  const ends: number[] = [];
  let inWord = false;
  for (let at = 0; at < lower.length; at++) {
    const word = isWordUnit(lower.charCodeAt(at), lower, at);
    if (word && !inWord) starts.push(at);
    else if (!word && inWord) ends.push(at);
    inWord = word;
  }
  if (inWord) ends.push(lower.length);
  if (starts.length === 0) return new Uint32Array(0);
  const count = Math.max(1, starts.length - SHINGLE_WORDS + 1);
  const hashes = new Uint32Array(count);
  for (let first = 0; first < count; first++) {
    const last = Math.min(starts.length, first + SHINGLE_WORDS) - 1;
    let hash = 0x811c9dc5 | 0;
    for (let word = first; word <= last; word++) {
      if (word > first) hash = Math.imul(hash ^ SPACE, 0x01000193);
      const end = ends[word] as number;
      for (let at = starts[word] as number; at < end; at++) {
        hash = Math.imul(hash ^ lower.charCodeAt(at), 0x01000193);
      }
    }
    hashes[first] = hash;
  }
  return hashes;
}

/** Hashes of the text's word 5-grams, each once. */
export function shingleHashes(text: string): Set<number> {
  return new Set(hashShingles(text));
}

/**
 * The MinHash signature: for each of 64 seeded permutations, the least permuted shingle hash. A repeated
 * shingle cannot change a minimum, so the shingles need no de-duplication first. Each slot is
 * min(mix(shingle ^ seed)) as unsigned numbers, computed on signed 32-bit words with the sign bit flipped
 * (the same order), which keeps the loop in small integers; the signatures are those of the plain formula.
 */
export function minHash(text: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const unsigned = hashShingles(text);
  if (unsigned.length === 0) return signature;
  const shingles = new Int32Array(unsigned.buffer, unsigned.byteOffset, unsigned.length);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const seed = SIGNED_SEEDS[i] as number;
    let least = 0x7fffffff;
    for (let s = 0; s < shingles.length; s++) {
      // mix(), inlined
      let h = (shingles[s] as number) ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      h ^= SIGN_BIT;
      if (h < least) least = h;
    }
    signature[i] = least ^ SIGN_BIT;
  }
  return signature;
}

/** The share of equal signature slots: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/**
 * One key per band of four signature rows. Two texts with Jaccard 0.8 share at least one band key
 * with probability 1 - (1 - 0.8^4)^16 > 0.999, so candidates are found by key lookup, not by scanning.
 */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS; row++) {
      hash = Math.imul(hash ^ (signature[band * ROWS + row] ?? 0), 0x01000193);
    }
    keys.push(hash | 0);
  }
  return keys;
}
