// `chorus eval <suite>`: scores the pipeline on the gold data, prints P/R/F1, optionally writes JSON and checks a gate.
import { readFileSync, writeFileSync } from 'node:fs';
import { ChorusError } from '../../../errors.js';
import { defaultEvalDir, EVAL_SUITES, type EvalSuite, runEval } from '../../eval.js';
import {
  checkGate,
  collectAccuracies,
  collectFigures,
  formatAccuracies,
  formatFigures,
  readGate,
} from '../eval-figures.js';
import { type Command, stringOption } from './command.js';

const SPLITS = ['dev', 'train', 'test'] as const;

export const evalCommand: Command = {
  name: 'eval',
  summary:
    'Score the pipeline against gold data (reactions, quotes, events) and print precision, recall, F1.',
  positionals: [{ name: 'suite', description: 'what to score', choices: [...EVAL_SUITES, 'all'] }],
  options: [
    {
      name: 'data',
      type: 'string',
      value: 'DIR',
      description: 'the gold data folder [default: ../shared/eval]',
    },
    {
      name: 'split',
      type: 'string',
      choices: SPLITS,
      default: 'dev',
      value: 'SPLIT',
      description: 'quotes only: which PolNeAR split (test is held out: run it only to report)',
    },
    {
      name: 'json',
      type: 'string',
      value: 'FILE',
      description: 'also write the full report(s) as JSON to FILE',
    },
    {
      name: 'gate',
      type: 'string',
      value: 'FILE',
      description:
        'JSON of minimum figures per suite, e.g. {"reactions":{"pairs.f1":0.4}}; exit 1 when any is below',
    },
  ],
  examples: ['chorus eval reactions', 'chorus eval all --json report.json --gate eval/thresholds.json'],
  async run({ positionals, values }, io) {
    const which = positionals[0] ?? 'all';
    const suites: EvalSuite[] = which === 'all' ? [...EVAL_SUITES] : [which as EvalSuite];
    const dataDir = stringOption(values, 'data') ?? defaultEvalDir();
    const split = (stringOption(values, 'split') ?? 'dev') as (typeof SPLITS)[number];
    const gateFile = stringOption(values, 'gate');
    const gate = gateFile ? loadGate(gateFile) : undefined;
    const ctx = io.context();
    const reports: Record<string, unknown> = {};
    for (const suite of suites) reports[suite] = runEval(suite, { dataDir, split }, ctx);
    const rows = suites.flatMap((suite) => collectFigures(suite, reports[suite]));
    const extras = suites.map((suite) => {
      const report = reports[suite] as { articles?: number; invalidSpans?: number };
      const articles = report.articles === undefined ? '' : `${report.articles} articles, `;
      return `${suite}: ${articles}${report.invalidSpans ?? 0} invalid spans`;
    });
    const accuracies = suites.flatMap((suite) => collectAccuracies(suite, reports[suite]));
    io.stdout.write(formatFigures(rows));
    const accuracyTable = formatAccuracies(accuracies);
    if (accuracyTable) io.stdout.write(`\n${accuracyTable}`);
    io.stdout.write(`\n${extras.join('\n')}\n`);
    const jsonFile = stringOption(values, 'json');
    if (jsonFile) {
      const body = suites.length === 1 ? reports[suites[0] as EvalSuite] : reports;
      writeFileSync(jsonFile, `${JSON.stringify(body, null, 2)}\n`);
    }
    if (!gate) return 0;
    const failures = checkGate(gate, reports);
    for (const failure of failures) {
      const found = failure.found === null ? 'no such figure in the report' : String(failure.found);
      io.stderr.write(
        `gate: ${failure.suite} ${failure.figure} should be ${failure.expected}; found ${found}\n`,
      );
    }
    if (failures.length === 0) io.stderr.write(`gate: all figures in ${gateFile} hold\n`);
    return failures.length > 0 ? 1 : 0;
  },
};

function loadGate(file: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ChorusError('cli.bad_gate', `Cannot read the gate file ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const gate = readGate(parsed);
  if (typeof gate === 'string') throw new ChorusError('cli.bad_gate', `${file}: ${gate}.`);
  return gate;
}
