import { describe, expect, it } from 'vitest';
import {
  bandKeys,
  estimateJaccard,
  hashString,
  minHash,
  normaliseWords,
  SHINGLE_WORDS,
  SIGNATURE_SIZE,
  shingleHashes,
} from './fingerprint.js';

const STORY = `Flooding on the lower Mekong forced 40,000 people from their homes in Cambodia on Sunday, the
national disaster committee said, as rivers rose to their highest level in two decades. Rescue boats were sent
to three provinces and the government opened schools as shelters for displaced families.`;

describe('near-duplicate fingerprints', () => {
  it('normalises case, punctuation and white space', () => {
    expect(normaliseWords('The  "Mekong"\nrose — fast.')).toEqual(['the', 'mekong', 'rose', 'fast']);
  });

  it('finds a wire copy with a credit line added', () => {
    const copy = `${STORY.replace(/\n/g, ' ')}\n\n(Reporting by Phnom Penh bureau)`;
    expect(estimateJaccard(minHash(STORY), minHash(copy))).toBeGreaterThanOrEqual(0.8);
    const shared = bandKeys(minHash(STORY)).filter((key, i) => bandKeys(minHash(copy))[i] === key);
    expect(shared.length).toBeGreaterThan(0);
  });

  it('keeps a different story apart', () => {
    const other = `Parliament in Lima voted on Tuesday to impeach the interior minister over the handling of
    protests in the south, with 87 votes in favour and 25 against.`;
    expect(estimateJaccard(minHash(STORY), minHash(other))).toBeLessThan(0.2);
  });

  it('treats a text shorter than five words as one shingle', () => {
    expect(shingleHashes('Quake hits Chile').size).toBe(1);
    expect(shingleHashes('').size).toBe(0);
  });

  // Stored signatures were made from the hashes of the joined words: the faster hashing must give the same values.
  it.each([
    'The port authority in Valparaíso said on Monday that 12 ships were waiting to unload.',
    'ÉTATS-UNIS: le Sénat a voté — 52 voix contre 48 — la loi de finances.',
    'İzmir mayor\u2019s office: ΣΎΝΟΔΟΣ στην Αθήνα, 東京 大会 ４２ rounds, Ⅻ ①.',
    'Emoji 🙂 and 𝐁𝐨𝐥𝐝 letters, a lone \ud800 high and a lone \udc00 low surrogate, x\udc00y.',
    "tabs\tand\nnew lines, under_scores, o'Neil, 3.5% and ﬁve ß.",
    'Two words',
    '',
  ])('hashes shingles as hashString of the joined words: %s', (text) => {
    const words = normaliseWords(text);
    const expected = new Set<number>();
    for (let i = 0; i <= Math.max(0, words.length - SHINGLE_WORDS); i++) {
      if (words.length > 0) expected.add(hashString(words.slice(i, i + SHINGLE_WORDS).join(' ')));
    }
    expect([...shingleHashes(text)].sort()).toEqual([...expected].sort());
  });

  // Stored signatures and band keys must stay comparable: the signature is, slot by slot, the least
  // unsigned mix(shingle ^ seed), written here the plain way.
  it.each([
    STORY,
    'The port authority in Valparaíso said on Monday that 12 ships were waiting to unload.',
    'Quake hits Chile',
    '',
  ])('computes each signature slot as the least permuted shingle hash: %s', (text) => {
    const mix = (value: number): number => {
      let h = value;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      return h >>> 0;
    };
    const expected = Array.from({ length: SIGNATURE_SIZE }, (_, i) => {
      const seed = mix(0x9e3779b9 + i * 0x7f4a7c15);
      let least = 0xffffffff;
      for (const shingle of shingleHashes(text)) least = Math.min(least, mix(shingle ^ seed));
      return least;
    });
    expect([...minHash(text)]).toEqual(expected);
  });
});
