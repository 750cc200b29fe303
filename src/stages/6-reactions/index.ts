// Stage 6: EventDoc -> each actor's reactions in the contract's ten stances.
import type { EventDoc, ReactionLayer } from '../../model/doc.js';
import type { Stage } from '../../model/stage.js';

export const codeReactions: Stage<EventDoc, ReactionLayer> = () => ({ value: { reactions: [] }, issues: [] });
