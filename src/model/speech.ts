// Facts about speech verbs that more than one stage reads.

/** Lemmas of speech verbs whose object is the one addressed: "told the council that …", "assured Kenya that …". */
export const ADDRESSING_VERBS: ReadonlySet<string> = new Set(['tell', 'assure', 'inform', 'remind', 'brief']);
