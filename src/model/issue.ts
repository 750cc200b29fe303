// Issues: what went wrong with one article or mention, recorded as data and never thrown.

export interface Issue {
  /** Stable code, `stage.snake_case`, e.g. `quotes.unbalanced_marks`. */
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export function issueAt(code: string, message: string, start?: number, end?: number): Issue {
  const issue: Issue = { code, message };
  if (start !== undefined) issue.start = start;
  if (end !== undefined) issue.end = end;
  return issue;
}
