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

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 + i * 0x7f4a7c15));

/** Hashes of the text's word 5-grams (a text shorter than five words is one shingle). */
export function shingleHashes(text: string): Set<number> {
  const words = normaliseWords(text);
  const hashes = new Set<number>();
  if (words.length === 0) return hashes;
  const last = Math.max(0, words.length - SHINGLE_WORDS);
  for (let i = 0; i <= last; i++) {
    hashes.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return hashes;
}

/** The MinHash signature: for each of 64 seeded permutations, the least permuted shingle hash. */
export function minHash(text: string): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingleHashes(text)) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix(shingle ^ (SEEDS[i] ?? 0));
      if (value < (signature[i] ?? 0)) signature[i] = value;
    }
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
