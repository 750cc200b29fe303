// The lexicon the quotes stage uses, as loaded by src/adapters/lexicons/quotes.ts.

export type CueCategory = 'speech' | 'belief' | 'intent';

/**
 * What follows a reporting verb before its content; `content`: its object is the content ("endorsed Mrs.
 * Clinton"); `transitive`: its object is never left out, so "accused of", "praised for" with none between is a
 * passive ("Army accused of shelling camp": the army is accused, it accuses no one); `concrete`: an object that
 * is a thing, place or force ("offered aid", "attacked a border post") makes it no speech.
 */
export type VerbFrame = 'object' | 'as' | 'of' | 'for' | 'content' | 'transitive' | 'concrete';

export interface ReportingVerb {
  lemma: string;
  category: CueCategory;
  frames: ReadonlySet<VerbFrame>;
}

export type PhraseKind = 'source' | 'channel';

export interface CuePhrase {
  kind: PhraseKind;
  /** the phrase's words, lower case ("according", "to") */
  words: readonly string[];
}

export interface QuoteLexicon {
  version: number;
  /** every inflected form, lower case ("said", "says", "saying") -> its verb */
  verbForms: ReadonlyMap<string, ReportingVerb>;
  /** phrases by their first word, longest first */
  phrasesByFirstWord: ReadonlyMap<string, readonly CuePhrase[]>;
  /** titles and honorifics, lower case ("minister", "sen.") */
  titles: ReadonlySet<string>;
  /** head nouns of bodies ("ministry", "council"): titles are not stripped from their phrases */
  bodies: ReadonlySet<string>;
  /** concrete nouns, lower case ("aid", "checkpoint"): the object of a `concrete` verb that is no content */
  concrete: ReadonlySet<string>;
}
