// Loads data/reactions/ (stance cues and modifier word lists) into the ReactionLexicon, indexed once.
import { ChorusError } from '../../errors.js';
import type {
  CueFlag,
  CueItem,
  ReactionLexicon,
  ReactionModifiers,
  StanceCue,
} from '../../model/lexicons/reactions.js';
import { STANCES, type Stance } from '../../model/reaction.js';
import { readDataJson, readDataLines } from './data-dir.js';

const FLAGS: readonly CueFlag[] = [
  'appeal',
  'self',
  'keep-negated',
  'object',
  'refusal-flip',
  'needs-appeal',
  'about',
];
const DEFAULT_GAP = 3;

export function loadReactionLexicon(): ReactionLexicon {
  const cues = readDataLines('reactions/stance-cues.txt').map(parseCueLine);
  const modifiers = parseModifiers(readDataJson<Record<string, string[]>>('reactions/modifiers.json'));
  return { version: 1, ...indexCues(cues), modifiers };
}

/** Indexes cues by the words their first item accepts; prefix-first cues go to a short list. */
export function indexCues(cues: readonly StanceCue[]): Pick<ReactionLexicon, 'cuesByWord' | 'prefixCues'> {
  const cuesByWord = new Map<string, StanceCue[]>();
  const prefixCues: StanceCue[] = [];
  for (const cue of cues) {
    const first = cue.items[0];
    if (!first) continue;
    for (const word of first.words) {
      const list = cuesByWord.get(word) ?? [];
      list.push(cue);
      cuesByWord.set(word, list);
    }
    if (first.prefixes.length > 0) prefixCues.push(cue);
  }
  return { cuesByWord, prefixCues };
}

/** `CONDEMN | 2 | act of ~2 aggression | flags` -> a StanceCue; a malformed line fails the run. */
export function parseCueLine(line: string): StanceCue {
  const fail = (why: string): never => {
    throw new ChorusError(
      'lexicon.bad_reaction_cue',
      `data/reactions/stance-cues.txt: "${line}": ${why}. Expected "STANCE | 1-3 | pattern | flags".`,
    );
  };
  const [stanceText, strengthText, pattern, flagText] = line.split(/\s\|\s/).map((part) => part.trim());
  const stance = STANCES.find((s) => s === stanceText) as Stance | undefined;
  if (!stance) return fail(`unknown stance "${stanceText}"`);
  const strength = Number(strengthText);
  if (strength !== 1 && strength !== 2 && strength !== 3) return fail(`strength "${strengthText}"`);
  if (!pattern) return fail('no pattern');
  const items = pattern.split(/\s+/).map(parseItem);
  const first = items[0];
  if (!first || first.optional || first.gap !== undefined) return fail('a pattern must start with a word');
  const last = items[items.length - 1];
  if (last?.gap !== undefined) return fail('a pattern must not end with a gap');
  const flags = new Set<CueFlag>();
  for (const flag of (flagText ?? '').split(',').map((f) => f.trim())) {
    if (!flag) continue;
    const known = FLAGS.find((f) => f === flag);
    if (!known) return fail(`unknown flag "${flag}"`);
    flags.add(known);
  }
  return { stance, strength, items, flags, source: line };
}

function parseItem(text: string): CueItem {
  const gap = /^~(\d*)$/.exec(text);
  if (gap) {
    return {
      words: new Set(),
      prefixes: [],
      posOf: new Map(),
      optional: true,
      gap: gap[1] ? Number(gap[1]) : DEFAULT_GAP,
    };
  }
  const optional = text.startsWith('(') && text.endsWith(')');
  const body = optional ? text.slice(1, -1) : text;
  const words = new Set<string>();
  const prefixes: string[] = [];
  const posOf = new Map<string, string>();
  for (const alternative of body.toLowerCase().split('|')) {
    const [word, pos] = alternative.split('/');
    if (!word) continue;
    if (word.endsWith('*')) prefixes.push(word.slice(0, -1));
    else words.add(word);
    if (pos) posOf.set(word, pos.toUpperCase());
  }
  return { words, prefixes, posOf, optional };
}

const MODIFIER_KEYS: readonly (keyof ReactionModifiers)[] = [
  'negators',
  'negativeVerbs',
  'refusalVerbs',
  'hedges',
  'intensifiers',
  'conditionals',
  'appealWords',
  'clauseBreakWords',
  'clauseBreakPunct',
  'speechVerbs',
  'firstPerson',
  'nonAgentPrepositions',
  'coordinators',
  'groupNouns',
  'nominalBlockers',
  'statives',
  'callAnaphors',
  'obligations',
  'positionNouns',
  'evaluationVerbs',
  'officeNouns',
  'objectRequired',
  'harmNouns',
];

export function parseModifiers(raw: Record<string, string[]>): ReactionModifiers {
  const entries = MODIFIER_KEYS.map((key) => {
    const list = raw[key];
    if (!Array.isArray(list)) {
      throw new ChorusError(
        'lexicon.bad_reaction_modifiers',
        `data/reactions/modifiers.json has no list "${key}"; add it (an array of lower-case words).`,
      );
    }
    // stage 6 looks clause marks up by a token's lower-case form, which is its text only for marks with no letter
    const lettered = key === 'clauseBreakPunct' ? list.find((mark) => /\p{L}/u.test(mark)) : undefined;
    if (lettered !== undefined) {
      throw new ChorusError(
        'lexicon.bad_reaction_modifiers',
        `data/reactions/modifiers.json: clauseBreakPunct holds "${lettered}", which has a letter; list it under clauseBreakWords.`,
      );
    }
    return [key, new Set(list.map((w) => w.toLowerCase()))] as const;
  });
  return Object.fromEntries(entries) as unknown as ReactionModifiers;
}
