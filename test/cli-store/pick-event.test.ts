import { describe, expect, it } from 'vitest';
import type { StoreReader } from '../../src/adapters/sqlite/store-reader.js';
import { buildCatalog } from '../../src/aggregate/catalog.js';
import { pickEvent } from '../../src/apps/cli/commands/reactions.js';
import { ChorusError } from '../../src/errors.js';
import { toRecords } from '../store/fixtures.js';

const catalog = buildCatalog(toRecords());

/** A store whose full-text search finds the given article ids, whatever the words. */
function storeFinding(ids: string[]): StoreReader {
  return {
    searchArticles: () => ({
      total: ids.length,
      items: ids.map((id) => ({ id, title: null, date: null, outlet: null, duplicateOf: null, snippet: '' })),
    }),
  } as unknown as StoreReader;
}

function failure(run: () => unknown): ChorusError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChorusError) return error;
    throw error;
  }
  throw new Error('expected a ChorusError');
}

describe('pickEvent', () => {
  it('takes an event id as it is', () => {
    const [first] = catalog.clusters;
    expect(pickEvent(catalog, storeFinding([]), first?.id ?? '')).toBe(first);
  });

  it('takes the one event that words match', () => {
    expect(pickEvent(catalog, storeFinding([]), 'drone strike Assab').source).toBe('ETH');
    expect(pickEvent(catalog, storeFinding([]), 'IND PAK').source).toBe('IND');
  });

  it('lists the events when the words match several, and says what to do when they match none', () => {
    const both = storeFinding(['horn-2026-03-02-strike', 'gulf-2026-05-14-muscat-talks']);
    const ambiguous = failure(() => pickEvent(catalog, both, 'neighbours'));
    expect(ambiguous.code).toBe('cli.ambiguous_event');
    for (const cluster of catalog.clusters) expect(ambiguous.message).toContain(cluster.id);
    const none = failure(() => pickEvent(catalog, storeFinding([]), 'volcano'));
    expect(none.code).toBe('cli.no_event');
    expect(none.message).toContain('chorus events');
  });
});
