// Stage 3: TextDoc -> mentions of actors, resolved in context, and the actors they add up to.
import type { ActorLayer, TextDoc } from '../../model/doc.js';
import type { Stage } from '../../model/stage.js';

export const resolveActors: Stage<TextDoc, ActorLayer> = () => ({
  value: { mentions: [], actors: [] },
  issues: [],
});
