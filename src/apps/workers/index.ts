// Parallel analysis on worker threads: the public entry of src/apps/workers/.
export {
  describeFailedArticle,
  type EncodedAnalysis,
  encodeAnalysis,
  FAILED_ARTICLE_CODES,
  findFailure,
} from './messages.js';
export { analyzeParallel, analyzeParallelToJson, type ParallelOptions } from './pool.js';
