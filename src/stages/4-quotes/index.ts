// Stage 4: ActorDoc -> direct, indirect and mixed quotes with speakers and cues.
import type { ActorDoc, QuoteLayer } from '../../model/doc.js';
import type { Stage } from '../../model/stage.js';

export const attributeQuotes: Stage<ActorDoc, QuoteLayer> = () => ({ value: { quotes: [] }, issues: [] });
