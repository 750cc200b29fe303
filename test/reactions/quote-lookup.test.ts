// Stage 6 alone: the quote holding each act, in articles with several quotes (the acts are looked up among the
// quotes by their offsets): an act inside a quote is its speaker's, one between quotes its own subject's. Every
// sentence is invented.
import { describe, expect, it } from 'vitest';
import { ACTORS } from './actors.js';
import { pairsOf } from './fixture.js';

type Row = [text: string, speakers: string[], expected: string[]];

describe('acts inside and between several quotes', () => {
  it.each<Row>([
    [
      'Spain said: “We condemn the raid on the camp.” Chile said: “We welcome the ceasefire.”',
      ['ESP', 'CHL'],
      ['CHL:SUPPORT', 'ESP:CONDEMN'],
    ],
    [
      'Chile said: “We welcome the ceasefire.” Spain condemned the raid. Norway said: “We are deeply concerned.”',
      ['CHL', 'NOR'],
      ['CHL:SUPPORT', 'ESP:CONDEMN', 'NOR:CONCERN'],
    ],
    [
      'Spain condemned the raid. Chile said: “We welcome the ceasefire.”',
      ['CHL'],
      ['CHL:SUPPORT', 'ESP:CONDEMN'],
    ],
  ])('%s', (text, speakers, expected) => {
    expect(pairsOf(text, { actors: ACTORS, speakers })).toEqual([...expected].sort());
  });
});
