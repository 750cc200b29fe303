// Stage 2: Layout -> sentences and tokens.
export { splitText } from './tokenize.js';
