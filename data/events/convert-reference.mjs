// Reference tables -> data/events/cameo-codes.json: CAMEO codes with name, Goldstein score and PLOVER category.
// Run: node data/events/convert-reference.mjs /work/shared/reference
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const referenceDir = process.argv[2] ?? '../shared/reference';
const codebook = readFileSync(join(referenceDir, 'cameo/cameo-codebook.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line));

const gdelt = new Map();
for (const line of readFileSync(join(referenceDir, 'cameo/goldstein-scale.txt'), 'utf8')
  .split('\n')
  .slice(1)) {
  const [code, score] = line.trim().split(/\s+/);
  if (code && score !== undefined) gdelt.set(code, Number(score));
}

const plover = new Map();
for (const line of readFileSync(join(referenceDir, 'plover/cameo-to-plover.txt'), 'utf8').split('\n')) {
  const match = /^(\d{2,4}):\s*([A-Z]+)/.exec(line);
  if (match) plover.set(match[1], match[2]);
}
// The 0.8 table lists 0813 (ease curfew) and 0814 (ease state of emergency) as RETREAT, against the
// manual's own text: section 3.4 names "removing curfews" and "the lifting of a curfew" as CONCEDE,
// and its CAMEO-to-PLOVER table (chapter 7) gives CONCEDE to all of 081-083. The text wins, and the
// two rows follow their parent 081 ("the government lifted the curfew in the capital": CONCEDE).
// 1712 (destroy property) keeps the table's ASSAULT: section 3.16 names intentional destruction
// ("demolition of housing settlements", bombing power lines) as the ASSAULT mode "destroy".
const MANUAL_OVERRIDES = { '0813': 'CONCEDE', '0814': 'CONCEDE' };
for (const [code, category] of Object.entries(MANUAL_OVERRIDES)) plover.set(code, category);
// PLOVER has no public-statement category and folds CAMEO 02 (appeal) into REQUEST.
const ploverOf = (code) => {
  for (let length = code.length; length >= 2; length--) {
    const found = plover.get(code.slice(0, length));
    if (found) return found;
  }
  return code.startsWith('02') ? 'REQUEST' : 'STATEMENT';
};

const codes = {};
for (const entry of codebook) {
  const goldstein = typeof entry.goldstein === 'number' ? entry.goldstein : (gdelt.get(entry.code) ?? 0);
  codes[entry.code] = { name: entry.name, goldstein, plover: ploverOf(entry.code) };
}
writeFileSync(
  new URL('./cameo-codes.json', import.meta.url),
  `${JSON.stringify({ version: 1, codes }, null, 0)}\n`,
);
process.stdout.write(`${Object.keys(codes).length} codes\n`);
