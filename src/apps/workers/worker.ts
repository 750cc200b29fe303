// Worker-thread entry: TaskMessage (a batch of articles) in -> WorkerMessage (their analyses, failures as records) out.
import { parentPort, workerData } from 'node:worker_threads';
import { ChorusError } from '../../errors.js';
import type { Analysis } from '../../model/analysis.js';
import { analyzeArticles } from '../batches.js';
import { createContext } from '../context.js';
import {
  type EncodedAnalysis,
  encodeAnalysis,
  type TaskMessage,
  type WorkerMessage,
  type WorkerSetup,
} from './messages.js';

const port = parentPort;
if (!port) {
  throw new ChorusError(
    'workers.not_a_worker',
    'worker.js runs only as a worker thread; call analyzeParallel().',
  );
}
const setup = workerData as WorkerSetup;
// Lexicons and the wink-nlp model are loaded once per worker, not per article.
const ctx = createContext(setup.config);
const encode: (analysis: Analysis) => Analysis | EncodedAnalysis =
  setup.output === 'json' ? encodeAnalysis : (analysis) => analysis;

// A bug met by one article becomes that article's issue (analyzeArticles): the worker and the run go on.
port.on('message', (task: TaskMessage) => {
  const analyses = analyzeArticles(task.inputs, ctx).map(encode);
  port.postMessage({ type: 'done', seq: task.seq, analyses } satisfies WorkerMessage);
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
