// The one error type for failures of a whole run (bad options, unreadable files, bugs), with stable codes.
// Problems with one article are never thrown: they are Issues (src/model/issue.ts).

export class ChorusError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ChorusError';
    this.code = code;
  }
}
