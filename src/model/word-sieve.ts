// Words -> an 8,192-bit sieve with two bits per word, over its length and its first two and last two characters: a
// cheap test that rules most words out before a map lookup (stages 4 and 6 screen every token against their cue
// words with it).

const SIEVE_BITS = 8192;
const MASK = SIEVE_BITS - 1;

/** A word's length and first and last characters, hashed to one bit of the sieve. */
function outerBit(word: string): number {
  const length = word.length;
  return ((length * 31 + word.charCodeAt(0)) * 31 + word.charCodeAt(length - 1)) & MASK;
}

/**
 * A word's length and second and second-to-last characters, hashed to another bit: "the" and "tie" share their
 * first bit, not this one. One bit alone let a fifth of news words through to the lookup, two let ~4% through.
 */
function innerBit(word: string): number {
  const length = word.length;
  const inner = (length * 31 + word.charCodeAt(length > 1 ? 1 : 0)) * 31 + word.charCodeAt(length > 1 ? length - 2 : 0);
  // the multiplication spreads the few values short words give over all the bits
  return (Math.imul(inner, 0x9e3779b1) >>> 19) & MASK;
}

/** The sieve of `words`: a word of the list always finds its two bits. */
export function makeSieve(words: Iterable<string>): Uint8Array {
  const sieve = new Uint8Array(SIEVE_BITS / 8);
  for (const word of words) {
    for (const bit of [outerBit(word), innerBit(word)]) sieve[bit >> 3] = (sieve[bit >> 3] as number) | (1 << (bit & 7));
  }
  return sieve;
}

/** False when `word` is surely not in the sieve's list; true when it may be (a map lookup tells). */
export function mayBeIn(sieve: Uint8Array, word: string): boolean {
  const outer = outerBit(word);
  if (((sieve[outer >> 3] as number) & (1 << (outer & 7))) === 0) return false;
  const inner = innerBit(word);
  return ((sieve[inner >> 3] as number) & (1 << (inner & 7))) !== 0;
}
