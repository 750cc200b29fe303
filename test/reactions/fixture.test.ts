// Checks of the stage-6 test fixture itself.
import { describe, expect, it } from 'vitest';
import { buildTestDoc } from './fixture.js';

describe('buildTestDoc', () => {
  it('places mentions and quotes on exact spans', () => {
    const text = '“We condemn this,” the Russian foreign ministry said. Turkey said it was alarmed.';
    const doc = buildTestDoc(text, {
      actors: { 'Russian foreign ministry': 'RUS', Turkey: 'TUR', it: 'TUR' },
    });
    for (const m of doc.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]?.speaker?.actor).toBe('RUS');
    expect(text.slice(doc.quotes[0]?.start, doc.quotes[0]?.end)).toBe('We condemn this,');
  });
});
