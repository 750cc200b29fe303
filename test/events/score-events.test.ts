// The event scorer: gold actor codes -> contract ids, PLOVER records scored on the main event.
import { describe, expect, it } from 'vitest';
import { goldTriples, normaliseGoldActor, scoreEvents } from '../../src/eval/events.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { Event } from '../../src/model/event.js';

function event(cameo: string, plover: string, source: string | null, target: string | null): Event {
  return {
    id: '',
    cameo,
    plover,
    goldstein: 0,
    summary: '',
    source,
    target,
    date: null,
    location: null,
    evidence: [],
  };
}

function analysis(events: Event[]): Analysis {
  return {
    article: { id: 'a' } as Analysis['article'],
    actors: [],
    quotes: [],
    events,
    reactions: [],
    issues: [],
  };
}

describe('normaliseGoldActor', () => {
  it.each([
    ['USAGOV', '', { id: 'USA' }],
    ['JAP', '', { id: 'JPN' }],
    ['IGOUNOMIL', '', { anyOf: 'un' }],
    ['IGOEUREEC', '', { id: 'EU' }],
    ['IGO', '', { anyOf: 'igo' }],
    ['NGO', '', { anyOf: 'org' }],
    ['---REB', '', { anyOf: 'unknown' }],
    ['EGYOPPMUS', '', { id: 'EGY', orOrg: true }],
    ['SDN', 'REB', { id: 'SDN', orOrg: true }],
    ['ISR', 'MIL', { id: 'ISR' }],
  ])('%s %s', (code, sector, expected) => {
    expect(normaliseGoldActor(code, sector)).toEqual(expected);
  });
});

describe('goldTriples', () => {
  it('pairs coordinated PLOVER actors with each other when there is no recipient', () => {
    const triples = goldTriples({
      id: 'x',
      text: '',
      event_plover_current: 'AGREE',
      actor: [{ code: 'JOR' }, { code: 'GBR' }],
      recipient: [],
    });
    expect(triples.map((t) => [t.source, t.target])).toEqual([
      [{ id: 'JOR' }, { id: 'GBR' }],
      [{ id: 'GBR' }, { id: 'JOR' }],
    ]);
  });
});

describe('PLOVER recipients', () => {
  it('takes a recipient that is no actor code ("diplomatic") for no recipient', () => {
    const triples = goldTriples({
      id: 'd',
      text: '',
      event_plover_current: 'AGREE',
      actor: [{ code: 'TUR' }, { code: 'GRC' }],
      recipient: 'diplomatic',
    });
    expect(triples.map((t) => [t.source, t.target])).toEqual([
      [{ id: 'TUR' }, { id: 'GRC' }],
      [{ id: 'GRC' }, { id: 'TUR' }],
    ]);
  });
});

describe('PLOVER actor text', () => {
  it('lets a named group match the org: id the contract gives it', () => {
    const record = {
      id: 'g',
      text: 'x',
      event_plover_current: 'THREATEN',
      actor: [{ code: 'TUR', actorText: "rebel Kurdistan Workers' Party" }],
      recipient: [{ code: 'TUR', actorText: 'Turkish government' }],
    };
    const named = analysis([event('130', 'THREATEN', 'org:kurdistan-workers-party', 'TUR')]);
    const other = analysis([event('130', 'THREATEN', 'org:hamas', 'TUR')]);
    expect(scoreEvents('plover.jsonl', [record], [named]).files[0]?.triples.tp).toBe(1);
    expect(scoreEvents('plover.jsonl', [record], [other]).files[0]?.triples.tp).toBe(0);
  });
});

describe('scoreEvents', () => {
  const plover = {
    id: 'p',
    text: 'Kenya will send troops to Somalia, after rebels attacked a base.',
    event_plover_current: 'AGREE',
    actor: [{ code: 'KEN' }],
    recipient: [{ code: 'SOM' }],
  };

  it('scores a PLOVER record on its main event, every event only as a diagnostic', () => {
    const predicted = analysis([event('0334', 'AGREE', 'KEN', 'SOM'), event('190', 'ASSAULT', null, null)]);
    const [file] = scoreEvents('plover.jsonl', [plover], [predicted]).files;
    expect(file?.triples).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(file?.allEvents).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(file?.rootAccuracy).toEqual({ correct: 1, total: 1, accuracy: 1 });
  });

  it('counts a wrong main event as a miss and a false alarm', () => {
    const predicted = analysis([event('190', 'ASSAULT', null, null), event('0334', 'AGREE', 'KEN', 'SOM')]);
    const [file] = scoreEvents('plover.jsonl', [plover], [predicted]).files;
    expect(file?.triples).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(file?.rootAccuracy.correct).toBe(0);
  });

  it('scores every event of a PETRARCH record by CAMEO root, a domestic group as an org', () => {
    const record = {
      id: 'q',
      text: 'x',
      expected: [
        { source: 'EGYGOV', target: 'EGYOPPMUS', code: '173' },
        { source: 'USAGOV', target: 'EGY', code: '111' },
      ],
    };
    const predicted = analysis([
      event('1731', 'COERCE', 'EGY', 'org:muslim-brotherhood'),
      event('112', 'ACCUSE', 'USA', 'EGY'),
      event('040', 'CONSULT', 'USA', 'EGY'),
    ]);
    const [file] = scoreEvents('petrarch.jsonl', [record], [predicted]).files;
    expect(file?.triples).toMatchObject({ tp: 2, fp: 1, fn: 0 });
    expect(file?.allEvents).toBeUndefined();
  });
});
