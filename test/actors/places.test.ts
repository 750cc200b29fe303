// The place gazetteer: every state's capital and major cities -> the state, read through `stateOfPlace`.

import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Countries } from 'world-countries';
import { defaultContext } from '../../src/apps/context.js';
import { stateOfPlace } from '../../src/model/lexicons/actors.js';

const lexicon = defaultContext().lexicons.actors;
const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

describe('stateOfPlace', () => {
  it.each([
    ['Juba', 'SSD'],
    ['Port Harcourt', 'NGA'],
    ['Mazar-i-Sharif', 'AFG'],
    ['St. Petersburg', 'RUS'],
    ['Sao Paulo', 'BRA'],
    ['São Paulo', 'BRA'],
    ['the Hague', 'NLD'],
    ['Darfur', 'SDN'],
    ['Kabul', 'AFG'],
    ['Nairobi', 'KEN'],
    ['Ho Chi Minh City', 'VNM'],
  ])('%s -> %s', (place, state) => {
    expect(stateOfPlace(lexicon, place)).toBe(state);
  });

  it.each(['Atlantis', 'Springfield', ''])('%s is not in the gazetteer', (place) => {
    expect(stateOfPlace(lexicon, place)).toBeNull();
  });

  it('holds a capital for every UN member state', () => {
    const states = new Set(lexicon.places.values());
    for (const country of worldCountries.filter((c) => c.unMember))
      expect(states.has(country.cca3)).toBe(true);
  });
});
