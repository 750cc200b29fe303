// Parallel analysis on worker threads: the public entry of src/apps/workers/.
export { analyzeParallel, analyzeParallelToJson, type ParallelOptions } from './pool.js';
