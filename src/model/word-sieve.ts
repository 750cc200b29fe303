// Words -> a 4,096-bit sieve over each word's length and first and last characters: a cheap test that rules most
// words out before a map lookup (stages 4 and 6 screen every token against their cue words with it).

const SIEVE_BITS = 4096;

/** A word's length and first and last characters, hashed to one bit of the sieve. */
function signature(word: string): number {
  const length = word.length;
  return ((length * 31 + word.charCodeAt(0)) * 31 + word.charCodeAt(length - 1)) & (SIEVE_BITS - 1);
}

/** The sieve of `words`: a word of the list always finds its bit. */
export function makeSieve(words: Iterable<string>): Uint8Array {
  const sieve = new Uint8Array(SIEVE_BITS / 8);
  for (const word of words) {
    const bit = signature(word);
    sieve[bit >> 3] = (sieve[bit >> 3] as number) | (1 << (bit & 7));
  }
  return sieve;
}

/** False when `word` is surely not in the sieve's list; true when it may be (a map lookup tells). */
export function mayBeIn(sieve: Uint8Array, word: string): boolean {
  const bit = signature(word);
  return ((sieve[bit >> 3] as number) & (1 << (bit & 7))) !== 0;
}
