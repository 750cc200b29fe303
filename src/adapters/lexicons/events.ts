// data/events/ -> EventLexicon: CAMEO code table, predicate dictionary indexed by head form, word classes.
import { ChorusError } from '../../errors.js';
import {
  type CameoCode,
  type EventLexicon,
  type EventWordClasses,
  type HeadClass,
  type IrregularVerbs,
  NO_EVENT,
  type PatternWord,
  type PredicateEntry,
} from '../../model/lexicons/events.js';
import { readDataJson, readDataLines } from './data-dir.js';

interface CodesFile {
  version: number;
  codes: Record<string, { name: string; goldstein: number; plover: string }>;
}

type WordClassesFile = Record<keyof EventWordClasses, string[]>;

export function loadEventLexicon(): EventLexicon {
  const file = readDataJson<CodesFile>('events/cameo-codes.json');
  const codes = new Map<string, CameoCode>();
  for (const [code, value] of Object.entries(file.codes)) codes.set(code, { code, ...value });
  const classes = readDataJson<WordClassesFile>('events/word-classes.json');
  const words: EventWordClasses = {
    light: new Set(classes.light),
    reporting: new Set(classes.reporting),
    negators: new Set(classes.negators),
    clauseBreaks: new Set(classes.clauseBreaks),
    relatives: new Set(classes.relatives),
    timeWords: new Set(classes.timeWords),
    hazards: new Set(classes.hazards),
    passiveAux: new Set(classes.passiveAux),
    locationPreps: new Set(classes.locationPreps),
    boundaries: new Set(classes.boundaries),
    defaultTargetPreps: new Set(classes.defaultTargetPreps),
    future: new Set(classes.future),
    intentVerbs: new Set(classes.intentVerbs),
    intentAdjectives: new Set(classes.intentAdjectives),
    decisionNouns: new Set(classes.decisionNouns),
    decisionVerbs: new Set(classes.decisionVerbs),
    relationalNouns: new Set(classes.relationalNouns),
    conditionals: new Set(classes.conditionals),
    ultimatums: new Set(classes.ultimatums),
    obligation: new Set(classes.obligation),
  };
  const entries = readDataLines('events/predicates.txt').map((line, index) =>
    parsePredicateLine(line, index + 1, codes, words.defaultTargetPreps),
  );
  const irregular = parseIrregularVerbs(readDataLines('events/irregular-verbs.txt'));
  return { version: file.version, codes, byHead: indexByHead(entries), words, irregular };
}

/** `take took taken` -> took and taken as "take"; `! resent relay` -> words of their own. */
export function parseIrregularVerbs(lines: readonly string[]): IrregularVerbs {
  const forms = new Map<string, string>();
  const ownWords = new Set<string>();
  for (const line of lines) {
    const [first = '', ...rest] = line.split(/\s+/);
    if (first === '!') {
      for (const word of rest) ownWords.add(word);
      continue;
    }
    for (const form of rest.flatMap((word) => word.split('/'))) if (form !== first) forms.set(form, first);
  }
  return { forms, ownWords };
}

/** `190  attack/n  ; tprep=on,against loc` -> an entry; a malformed line fails the run. */
export function parsePredicateLine(
  line: string,
  lineNumber: number,
  codes: ReadonlyMap<string, CameoCode>,
  defaultTargetPreps: ReadonlySet<string>,
): PredicateEntry {
  const [patternPart = '', flagPart = ''] = line.split(';');
  const [code = '', ...words] = patternPart.trim().split(/\s+/);
  const fail = (why: string) =>
    new ChorusError(
      'lexicon.bad_event_predicate',
      `data/events/predicates.txt entry ${lineNumber} ("${line}"): ${why}. Fix the entry (see the format at the top of the file).`,
    );
  if (!codes.has(code) && code !== NO_EVENT)
    throw fail(`"${code}" is not a CAMEO code in cameo-codes.json (nor "${NO_EVENT}", no event)`);
  const [first, ...others] = words;
  if (!first || first === '_') throw fail('the pattern has no head word');
  const [head = '', mark] = first.split('/');
  const headClass: HeadClass = mark === 'n' ? 'noun' : mark === 'a' ? 'any' : 'verb';
  const rest: PatternWord[] = [];
  let gap = false;
  for (const word of others) {
    if (word === '_') {
      gap = true;
      continue;
    }
    const [bare = word, mark] = word.split('/');
    rest.push(mark === 'n' ? { word: bare, gap, noun: true } : { word: bare, gap });
    gap = false;
  }
  const flags = flagPart.trim().split(/\s+/).filter(Boolean);
  let negCode: string | null = null;
  let targetPreps: ReadonlySet<string> = defaultTargetPreps;
  for (const flag of flags) {
    if (flag.startsWith('neg=')) {
      negCode = flag.slice(4);
      if (!codes.has(negCode)) throw fail(`negation code "${negCode}" is not a CAMEO code`);
    } else if (flag.startsWith('tprep=')) {
      targetPreps = new Set(flag.slice(6).split(','));
    } else if (!['sym', 'comp', 'loc', 'nosrc'].includes(flag)) {
      throw fail(`unknown flag "${flag}"`);
    }
  }
  return {
    code,
    head,
    headClass,
    rest,
    sym: flags.includes('sym'),
    comp: flags.includes('comp'),
    negCode,
    targetPreps,
    loc: flags.includes('loc'),
    subjectIsTarget: flags.includes('nosrc'),
    display: [head, ...rest.map((w) => w.word)].join(' '),
  };
}

/** Indexes entries under the head lemma and, for verbs, its regular inflections ("staged", "shelling"). */
function indexByHead(entries: PredicateEntry[]): Map<string, PredicateEntry[]> {
  const byHead = new Map<string, PredicateEntry[]>();
  for (const entry of entries) {
    const forms = new Set([entry.head, ...(entry.headClass === 'noun' ? [] : inflectVerb(entry.head))]);
    if (entry.headClass !== 'verb') forms.add(pluralize(entry.head));
    for (const form of forms) {
      const list = byHead.get(form) ?? [];
      list.push(entry);
      byHead.set(form, list);
    }
  }
  for (const list of byHead.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return byHead;
}

export function inflectVerb(lemma: string): string[] {
  const forms = [lemma];
  const vowel = /[aeiou]/;
  const last = lemma.at(-1) ?? '';
  if (/(s|x|z|ch|sh)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (last === 'y' && !vowel.test(lemma.at(-2) ?? '')) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  if (last === 'e') {
    forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else if (last === 'y' && !vowel.test(lemma.at(-2) ?? '')) {
    forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  } else {
    forms.push(`${lemma}ed`, `${lemma}ing`);
    // "stop" -> "stopped": a short word ending consonant-vowel-consonant doubles its last letter
    if (/^[^aeiou]*[aeiou][bdgklmnprtv]$/.test(lemma)) forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  }
  return forms;
}

function pluralize(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}
