// Stage 5: QuoteDoc -> CAMEO/PLOVER events with source, target, date and place.
import type { EventLayer, QuoteDoc } from '../../model/doc.js';
import type { Stage } from '../../model/stage.js';

export const codeEvents: Stage<QuoteDoc, EventLayer> = () => ({ value: { events: [] }, issues: [] });
