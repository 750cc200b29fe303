// Eval reports -> rows of P/R/F1 for a readable table, and a check of the figures against a gate of minimums (pure).

export interface FigureRow {
  suite: string;
  /** dotted path of the figure set in the report: "pairs", "perStance.CONDEMN", "files.0.triples" */
  name: string;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Every precision/recall/F1 set in a report, wherever it sits, in report order. */
export function collectFigures(suite: string, report: unknown): FigureRow[] {
  const rows: FigureRow[] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (
      typeof record.precision === 'number' &&
      typeof record.recall === 'number' &&
      typeof record.f1 === 'number'
    ) {
      rows.push({
        suite,
        name: path.join('.'),
        precision: record.precision,
        recall: record.recall,
        f1: record.f1,
        tp: Number(record.tp ?? 0),
        fp: Number(record.fp ?? 0),
        fn: Number(record.fn ?? 0),
      });
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'details') visit(child, [...path, key]);
    }
  };
  visit(report, []);
  return rows;
}

export interface AccuracyRow {
  suite: string;
  /** dotted path of the accuracy in the report: "speakerAccuracy", "actors.sourceCountry" */
  name: string;
  correct: number;
  total: number;
  accuracy: number;
}

/** Every `{ correct, total, accuracy }` in a report, wherever it sits, in report order. */
export function collectAccuracies(suite: string, report: unknown): AccuracyRow[] {
  const rows: AccuracyRow[] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.accuracy === 'number' && typeof record.total === 'number') {
      const correct = Number(record.correct ?? 0);
      rows.push({ suite, name: path.join('.'), correct, total: record.total, accuracy: record.accuracy });
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key !== 'details') visit(child, [...path, key]);
    }
  };
  visit(report, []);
  return rows;
}

export function formatAccuracies(rows: readonly AccuracyRow[]): string {
  if (rows.length === 0) return '';
  const width = Math.max(12, ...rows.map((row) => `${row.suite} ${row.name}`.length));
  const lines = [`${'accuracy'.padEnd(width)}  ${'%'.padStart(6)}   correct/total`];
  for (const row of rows) {
    lines.push(
      `${`${row.suite} ${row.name}`.padEnd(width)}  ${(100 * row.accuracy).toFixed(1).padStart(6)}   ${row.correct}/${row.total}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function formatFigures(rows: readonly FigureRow[], extras: readonly string[] = []): string {
  const width = Math.max(12, ...rows.map((row) => `${row.suite} ${row.name}`.length));
  const lines = [
    `${'figure'.padEnd(width)}  ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp/fp/fn`,
  ];
  for (const row of rows) {
    const pct = (value: number) => (100 * value).toFixed(1).padStart(6);
    lines.push(
      `${`${row.suite} ${row.name}`.padEnd(width)}  ${pct(row.precision)} ${pct(row.recall)} ${pct(row.f1)}   ${row.tp}/${row.fp}/${row.fn}`,
    );
  }
  return `${[...lines, ...extras].join('\n')}\n`;
}

/** `{ "reactions": { "pairs.f1": 0.4, "invalidSpans": { "max": 0 } } }`: minimums (or maximums) per suite. */
export type Gate = Record<string, Record<string, number | { min?: number; max?: number }>>;

export interface GateFailure {
  suite: string;
  figure: string;
  expected: string;
  found: number | null;
}

/** Figures of the suites that ran against the gate; a gate figure the report lacks is a failure. */
export function checkGate(gate: Gate, reports: Readonly<Record<string, unknown>>): GateFailure[] {
  const failures: GateFailure[] = [];
  for (const [suite, figures] of Object.entries(gate)) {
    const report = reports[suite];
    if (report === undefined) continue;
    for (const [figure, bound] of Object.entries(figures)) {
      const { min, max } = typeof bound === 'number' ? { min: bound, max: undefined } : bound;
      const found = valueAt(report, figure);
      const expected = [min !== undefined ? `>= ${min}` : '', max !== undefined ? `<= ${max}` : '']
        .filter(Boolean)
        .join(' and ');
      if (found === null || (min !== undefined && found < min) || (max !== undefined && found > max)) {
        failures.push({ suite, figure, expected, found });
      }
    }
  }
  return failures;
}

function valueAt(report: unknown, path: string): number | null {
  let node: unknown = report;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' ? node : null;
}

/** Reads a parsed gate file, or explains what shape was expected. */
export function readGate(value: unknown): Gate | string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return 'a gate file is a JSON object: { "<suite>": { "<figure path>": <minimum> } }';
  }
  for (const [suite, figures] of Object.entries(value as Record<string, unknown>)) {
    if (figures === null || typeof figures !== 'object' || Array.isArray(figures)) {
      return `"${suite}" should map figure paths to minimums, e.g. { "pairs.f1": 0.4 }`;
    }
    for (const [figure, bound] of Object.entries(figures as Record<string, unknown>)) {
      const ok =
        typeof bound === 'number' ||
        (bound !== null &&
          typeof bound === 'object' &&
          Object.entries(bound).every(([k, v]) => (k === 'min' || k === 'max') && typeof v === 'number'));
      if (!ok) return `"${suite}.${figure}" should be a number (a minimum) or { "min": n, "max": n }`;
    }
  }
  return value as Gate;
}
