// world-countries (ODbL) -> the dashboard's table from the world atlas's ISO numeric ids to the contract's alpha-3 actor ids.
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';

// The package is CommonJS exporting an array, which its type declarations do not describe for ES modules.
const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

export interface CountryEntry {
  /** ISO 3166-1 numeric, zero-padded as in world-atlas ("004") */
  numeric: string;
  /** the contract's actor id: ISO alpha-3, Kosovo as XKX */
  id: string;
  name: string;
}

/** world-countries gives Kosovo the user-assigned code UNK; the contract says XKX. */
const CONTRACT_IDS: Record<string, string> = { UNK: 'XKX' };

export function buildCountryTable(): { countries: CountryEntry[]; byName: Record<string, string> } {
  const countries: CountryEntry[] = [];
  const byName: Record<string, string> = {};
  for (const country of worldCountries) {
    const id = CONTRACT_IDS[country.cca3] ?? country.cca3;
    // The atlas names a few features without a numeric id (Kosovo); their common name finds them.
    byName[country.name.common] = id;
    if (country.ccn3 === '') continue;
    countries.push({ numeric: country.ccn3.padStart(3, '0'), id, name: country.name.common });
  }
  countries.sort((a, b) => a.numeric.localeCompare(b.numeric));
  return { countries, byName };
}
