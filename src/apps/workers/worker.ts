// Worker-thread entry: TaskMessage (an article) in -> WorkerMessage (its analysis, or a failure record) out.
import { parentPort, workerData } from 'node:worker_threads';
import { ChorusError } from '../../errors.js';
import type { Analysis } from '../../model/analysis.js';
import { analyzeArticle } from '../../pipeline.js';
import { createContext } from '../context.js';
import {
  describeFailedArticle,
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

port.on('message', (task: TaskMessage) => {
  let message: WorkerMessage;
  try {
    message = { type: 'done', seq: task.seq, analysis: encode(analyzeArticle(task.input, ctx)) };
  } catch (error) {
    // A bug met by one article becomes that article's issue; the worker and the run go on.
    const reason = error instanceof Error ? error.message : String(error);
    const failed = describeFailedArticle(
      task.input,
      'pipeline.article_failed',
      `The pipeline failed on this article (${reason}); please report it with the article.`,
    );
    message = { type: 'failed', seq: task.seq, analysis: encode(failed) };
  }
  port.postMessage(message);
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
