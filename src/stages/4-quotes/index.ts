// Stage 4: ActorDoc -> direct, indirect and mixed quotes with speakers and cues.
import type { ActorDoc, QuoteLayer } from '../../model/doc.js';
import type { Quote } from '../../model/quote.js';
import { evidenceOf } from '../../model/span.js';
import type { Stage } from '../../model/stage.js';
import type { Token } from '../../model/text.js';
import { type Draft, draftQuotes } from './drafts.js';
import { findQuoteMarks } from './marks.js';
import { SpeakerResolver } from './speakers.js';

export const attributeQuotes: Stage<ActorDoc, QuoteLayer> = (doc, ctx) => {
  const lexicon = ctx.lexicons.quotes;
  const { spans, issues } = findQuoteMarks(doc.text, doc.paragraphs);
  const drafts = dropOverlaps(draftQuotes(doc.text, doc.tokens, doc.sentences, spans, lexicon, doc.mentions));
  const resolver = new SpeakerResolver(doc.text, doc.tokens, doc.mentions, lexicon);
  const quotes = drafts.map((draft) => toQuote(doc.text, doc.tokens, draft, resolver));
  return { value: { quotes }, issues };
};

/** Keeps the first of two drafts whose contents overlap by more than half of the shorter one. */
function dropOverlaps(drafts: Draft[]): Draft[] {
  const kept: Draft[] = [];
  for (const draft of drafts) {
    const previous = kept[kept.length - 1];
    if (previous) {
      const overlap = Math.min(previous.end, draft.end) - Math.max(previous.start, draft.start);
      const shorter = Math.min(previous.end - previous.start, draft.end - draft.start);
      if (overlap * 2 > shorter) continue;
    }
    kept.push(draft);
  }
  return kept;
}

function toQuote(text: string, tokens: readonly Token[], draft: Draft, resolver: SpeakerResolver): Quote {
  const cue = draft.cue
    ? evidenceOf(text, (tokens[draft.cue.first] as Token).start, (tokens[draft.cue.last] as Token).end)
    : null;
  // Field by field, in the order of `{ ...evidence, kind, … }`: a spread object literal is slow in V8.
  const evidence = evidenceOf(text, draft.start, draft.end);
  const quote: Quote = {
    text: evidence.text,
    start: evidence.start,
    end: evidence.end,
    kind: draft.kind,
    speaker: null,
    cue,
    sentence: draft.sentence,
  };
  if (draft.speaker) {
    const resolved = resolver.resolve(draft.speaker);
    quote.speaker = resolved.speaker;
    quote.speakerMention = resolved.mention;
  }
  return quote;
}
