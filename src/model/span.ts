// Spans into an article's original text: UTF-16 offsets, end exclusive; `text` is always text.slice(start, end).

export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  text: string;
}

/** Builds the evidence for [start, end) of `text`, so that the invariant holds by construction. */
export function evidenceOf(text: string, start: number, end: number): Evidence {
  return { text: text.slice(start, end), start, end };
}

/**
 * Narrows [start, end) so that it neither starts nor ends with white space (what `\s` matches). ASCII white space is
 * told by its code (a regular expression on one-character strings allocated ~80 bytes a call); any other character
 * is read by the regular expression.
 */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  return { start: s, end: e };
}

/** Whether the character at i is white space as `\s` reads it (false past the end). */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  // tab, line feed, vertical tab, form feed, carriage return, space
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[i] ?? '');
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
