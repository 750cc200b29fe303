// Free text (event summaries, titles, evidence) -> key words for matching reports of the same event.

// Function words and newsroom filler that say nothing about which event is meant.
const STOP_WORDS = new Set(
  `a about above after again against all also an and any are as at be because been before being below
  between both but by can could did do does during each few for from further had has have having he her
  here hers him his how i if in into is it its itself just may me might more most must my no nor not now
  of off on once only or other our out over own same she should so some such than that the their them
  then there these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your said says say saying told according new news report
  reports reported reuters afp ap photograph image monday tuesday wednesday thursday friday saturday
  sunday today yesterday week weeks day days year years month months people government official officials
  minister ministry statement spokesperson spokesman spokeswoman`.split(/\s+/),
);

/** The distinct content words of a text: lower-cased letters, three or more long, not function words. */
export function extractKeywords(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (word.length >= 3 && !STOP_WORDS.has(word)) words.add(word);
  }
  return words;
}

/** |A ∩ B| / min(|A|, |B|): how much the smaller description is contained in the larger; 0 when either is empty. */
export function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size;
}
