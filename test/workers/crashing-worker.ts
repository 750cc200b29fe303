// A worker that dies, for the pool's tests: the real worker (src/apps/workers/worker.ts), except that the thread
// exits as soon as it is handed a batch holding an article whose id starts with "crash", as a worker that runs out
// of memory or meets a native fault would. Started by the pool through `ParallelOptions.workerEntry`.
import { parentPort } from 'node:worker_threads';
import type { TaskMessage } from '../../src/apps/workers/messages.js';

// Registered before the real worker's own listener, so it sees each batch first.
parentPort?.on('message', (task: TaskMessage) => {
  if (task.inputs.some((input) => input.id.startsWith('crash'))) process.exit(70);
});
await import('../../src/apps/workers/worker.js');
