// The gazetteer is complete: every UN member and observer state and every contract organisation id resolves.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Countries } from 'world-countries';
import { loadActorLexicon } from '../../src/adapters/lexicons/actors.js';
import { IGO_IDS } from '../../src/model/actor.js';
import { mentionsOf } from './resolve-actors.js';

const countries = createRequire(import.meta.url)('world-countries') as Countries;
const lex = loadActorLexicon();

/** UN members by world-countries' flag, plus the two observer states (the Holy See and Palestine). */
const UN_STATES = [...countries.filter((c) => c.unMember).map((c) => c.cca3), 'VAT', 'PSE'];

/** The contract's intergovernmental ids (../shared/contract/analysis.md, "Actor ids"). */
const CONTRACT_IGOS = [
  'UN',
  'UNSC',
  'UNHRC',
  'UNHCR',
  'UNICEF',
  'WHO',
  'WFP',
  'IAEA',
  'ICC',
  'ICJ',
  'IMF',
  'WORLD_BANK',
  'EU',
  'NATO',
  'AU',
  'ASEAN',
  'OAS',
  'ARAB_LEAGUE',
  'GCC',
  'OIC',
  'CELAC',
  'MERCOSUR',
  'ECOWAS',
  'SADC',
  'IGAD',
  'SCO',
  'BRICS',
  'G7',
  'G20',
  'OSCE',
  'COUNCIL_OF_EUROPE',
  'CARICOM',
  'CIS',
  'EAC',
  'QUAD',
  'OPEC',
  'RED_CROSS',
];

/** The actor ids of the mentions in "NAME said on Monday …". */
function idsFor(name: string): string[] {
  return mentionsOf(`${name} said on Monday that it would attend the summit.`).map((m) => m.actor);
}

describe('every UN member and observer state resolves by its name', () => {
  it('lists 193 members and 2 observers', () => {
    expect(new Set(UN_STATES).size).toBe(195);
  });
  it.each(UN_STATES)('%s', (code) => {
    const info = lex.actors.get(code);
    expect(info?.type).toBe('state');
    expect(idsFor(info?.name ?? code)).toContain(code);
  });
});

describe('every contract organisation id resolves by its name', () => {
  it.each(CONTRACT_IGOS)('%s', (id) => {
    const info = lex.actors.get(id);
    expect(info?.type).toBe('igo');
    expect(idsFor(`The ${info?.name ?? id}`)).toContain(id);
  });

  it('are exactly the ids the model knows as IGOs', () => {
    expect([...IGO_IDS].sort()).toEqual([...CONTRACT_IGOS].sort());
  });
});

describe('the lexicon loads whole', () => {
  it('has every state of world-countries and office holders with dates', () => {
    for (const country of countries) {
      const code = country.cca3 === 'UNK' ? 'XKX' : country.cca3;
      expect(lex.actors.has(code), code).toBe(true);
    }
    const rubio = lex.surnames.get('rubio')?.[0];
    expect(rubio?.actor).toBe('USA');
    expect(rubio?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
