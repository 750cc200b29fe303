// Developer shortcut before the CLI exists: npx tsx scripts/eval-dev.ts reactions|quotes|events [split]
import { defaultContext } from '../src/apps/context.js';
import { defaultEvalDir, type EvalSuite, runEval } from '../src/apps/eval.js';

const suite = (process.argv[2] ?? 'reactions') as EvalSuite;
const split = (process.argv[3] ?? 'dev') as 'dev' | 'train' | 'test';
const report = runEval(suite, { dataDir: defaultEvalDir(), split }, defaultContext());
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
