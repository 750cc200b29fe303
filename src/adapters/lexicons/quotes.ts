// Loads the quotes stage's lexicon from data/quotes/: reporting verbs with their inflections, cue phrases, titles, bodies.
import type {
  CueCategory,
  CuePhrase,
  PhraseKind,
  QuoteLexicon,
  ReportingVerb,
  VerbFrame,
} from '../../model/lexicons/quotes.js';
import { readDataLines } from './data-dir.js';

const CATEGORIES = new Set<CueCategory>(['speech', 'belief', 'intent']);
const FRAMES = new Set<VerbFrame>(['object', 'as', 'of', 'for', 'content', 'transitive', 'concrete']);
const PHRASE_KINDS = new Set<PhraseKind>(['source', 'channel']);

export function loadQuoteLexicon(): QuoteLexicon {
  return buildQuoteLexicon(
    readDataLines('quotes/verbs.txt'),
    readDataLines('quotes/phrases.txt'),
    readDataLines('quotes/titles.txt'),
    readDataLines('quotes/bodies.txt'),
    readDataLines('quotes/concrete.txt'),
  );
}

/** Builds the lexicon from the lines of the list files (exported for tests). */
export function buildQuoteLexicon(
  verbLines: string[],
  phraseLines: string[],
  titleLines: string[],
  bodyLines: string[] = [],
  concreteLines: string[] = [],
): QuoteLexicon {
  const verbForms = new Map<string, ReportingVerb>();
  for (const line of verbLines) {
    const [head = '', irregular = ''] = line.split('|');
    const [lemma, category, ...frames] = head.trim().split(/\s+/);
    if (!lemma || !category || !CATEGORIES.has(category as CueCategory)) continue;
    const verb: ReportingVerb = {
      lemma,
      category: category as CueCategory,
      frames: new Set(frames.filter((f): f is VerbFrame => FRAMES.has(f as VerbFrame))),
    };
    const forms = [...inflect(lemma), ...irregular.trim().split(/\s+/).filter(Boolean)];
    for (const form of forms) if (!verbForms.has(form)) verbForms.set(form, verb);
  }
  const phrasesByFirstWord = new Map<string, CuePhrase[]>();
  for (const line of phraseLines) {
    const [kind, ...words] = line.toLowerCase().split(/\s+/);
    const first = words[0];
    if (!kind || !first || !PHRASE_KINDS.has(kind as PhraseKind)) continue;
    const list = phrasesByFirstWord.get(first) ?? [];
    list.push({ kind: kind as PhraseKind, words });
    list.sort((a, b) => b.words.length - a.words.length);
    phrasesByFirstWord.set(first, list);
  }
  const titles = new Set(titleLines.map((t) => t.toLowerCase()));
  const bodies = new Set(bodyLines.map((t) => t.toLowerCase()));
  const concrete = new Set(concreteLines.map((t) => t.toLowerCase()));
  return { version: 1, verbForms, phrasesByFirstWord, titles, bodies, concrete };
}

/** Regular English inflections of a verb lemma: say -> says, sayed, saying (irregulars come from the list). */
export function inflect(lemma: string): string[] {
  const forms = [lemma];
  const vowel = /[aeiou]/;
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  if (lemma.endsWith('e')) {
    forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(lemma)) {
    forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  } else {
    forms.push(`${lemma}ed`, `${lemma}ing`);
    // stop -> stopped: one short vowel before a final consonant
    const last = lemma.at(-1) ?? '';
    const beforeLast = lemma.at(-2) ?? '';
    const third = lemma.at(-3) ?? '';
    if (
      lemma.length <= 4 &&
      !/[wxy]/.test(last) &&
      !vowel.test(last) &&
      vowel.test(beforeLast) &&
      !vowel.test(third)
    ) {
      forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
    }
  }
  return forms;
}
