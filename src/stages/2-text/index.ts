// Stage 2: Layout -> sentences and tokens.
export { placeText, readText, splitText, type TextReading } from './tokenize.js';
