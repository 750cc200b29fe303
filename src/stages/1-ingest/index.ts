// Stage 1: ArticleInput -> Layout.
export { classifyParagraph, findCredit, findDateline } from './classify.js';
export { ingestArticle, splitParagraphs } from './ingest.js';
