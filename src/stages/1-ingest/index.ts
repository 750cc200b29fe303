// Stage 1: ArticleInput -> Layout.
export { ingestArticle, splitParagraphs } from './ingest.js';
