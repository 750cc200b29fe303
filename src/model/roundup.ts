// What a round-up's title says (stages 5 and 6 both read it): the event every reaction in it is about.

// "How the world reacted to the disputed vote in Kenya", "International reactions to the coup in Niger",
// "Leaders respond to …", "World reacts as parliament is dissolved", "Region reacts after …".
const REACTIONS_TO =
  /\b(?:react(?:s|ed|ing)?|reactions?|respond(?:s|ed|ing)?|responses?)\s+(?:to|as|after)\s+(.{3,120}?)[\s.:;!?]*$/i;

/** The event a round-up's title says its reactions are to, or undefined. */
export function topicOf(title: string | null | undefined): string | undefined {
  const match = REACTIONS_TO.exec(title ?? '');
  return match?.[1];
}
