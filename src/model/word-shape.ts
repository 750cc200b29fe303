// What a word's written form shows, shared by the stages that read words: a capital, a possessive mark.

/** Whether the word begins with a capital letter (ASCII read without a regular expression or a copy). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** Quotation marks, straight and curly, opening and closing, as the text stage leaves them as tokens. */
export const QUOTATION_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);

/** Whether the word is the possessive "'s" (or "’s") that the text stage splits off. */
export function isPossessiveMark(word: string): boolean {
  return word === "'s" || word === '’s';
}
