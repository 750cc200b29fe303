// Store-thread entry: lists of StoreRequest (an analysed article as JSON, commit, rollback, close) in -> lists of StoreReply out, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { ChorusError } from '../../errors.js';
import type { Analysis } from '../../model/analysis.js';
import { createArticleWriter } from './article-writer.js';
import { openStore } from './open-store.js';
import type { StoreReply, StoreRequest, StoreThreadSetup } from './store-thread.js';

const port = parentPort;
if (!port) {
  throw new ChorusError(
    'store.not_a_thread',
    'store-worker.js runs only as a worker thread; call startStoreThread().',
  );
}
const { file } = workerData as StoreThreadSetup;
const db = openStore(file);
const writer = createArticleWriter(db);
// After a failure the open batch is gone: later requests fail too, so that no later commit stores part of it.
let failed: string | undefined;

function answer(request: StoreRequest): StoreReply {
  if (request.type === 'close') {
    db.close();
    return { type: 'done' };
  }
  if (request.type === 'rollback') {
    writer.rollback();
    failed = undefined;
    return { type: 'done' };
  }
  if (failed !== undefined) return { type: 'failed', message: failed };
  try {
    if (request.type === 'commit') {
      writer.commit();
      return { type: 'done' };
    }
    const analysis = JSON.parse(request.json) as Analysis;
    return { type: 'stored', result: writer.store({ input: request.input, analysis, json: request.json }) };
  } catch (error) {
    failed = error instanceof Error ? error.message : String(error);
    writer.rollback();
    return { type: 'failed', message: failed };
  }
}

port.on('message', (requests: StoreRequest[]) => {
  port.postMessage(requests.map(answer));
});
