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

/** Narrows [start, end) so that it neither starts nor ends with white space. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
