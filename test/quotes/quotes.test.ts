// Table tests of the quotes stage: invented news sentences -> quote content, kind, cue and speaker.
import { describe, expect, it } from 'vitest';
import { defaultContext } from '../../src/apps/context.js';
import type { Quote } from '../../src/model/quote.js';
import { analyzeDoc } from '../../src/pipeline.js';

function analyze(text: string) {
  const doc = analyzeDoc({ id: 't', text, origin: { file: 'test' } }, defaultContext());
  for (const q of doc.quotes) {
    // every span is its own evidence
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    // the speaker's span is its nearest naming mention, which holds the name's last word ("Kallas")
    const { start, end, name } = q.speaker ?? {};
    if (start !== undefined && end !== undefined && name !== undefined) {
      expect(text.slice(start, end)).toContain(name.split(' ').at(-1));
    }
  }
  return doc;
}

const quotesOf = (text: string): Quote[] => analyze(text).quotes;

interface Row {
  text: string;
  content: string;
  kind: Quote['kind'];
  cue?: string;
  speaker?: string;
}

function check(rows: Row[]) {
  it.each(rows)('$text', ({ text, content, kind, cue, speaker }) => {
    const quote = quotesOf(text).find((q) => q.text === content);
    expect(quote, `no quote "${content}"`).toBeDefined();
    expect(quote?.kind).toBe(kind);
    if (cue !== undefined) expect(quote?.cue?.text).toBe(cue);
    if (speaker !== undefined) expect(quote?.speaker?.name).toBe(speaker);
  });
}

describe('quotation marks', () => {
  check([
    {
      // straight single marks, as British copy uses them
      text: "The defence secretary said: 'We will not be intimidated.'",
      content: 'We will not be intimidated.',
      kind: 'direct',
      cue: 'said',
    },
    {
      text: "'We will not leave,' the minister said.",
      content: 'We will not leave,',
      kind: 'direct',
      cue: 'said',
    },
    {
      text: '“We will not back down,” the energy minister said on Tuesday.',
      content: 'We will not back down,',
      kind: 'direct',
      cue: 'said',
    },
    {
      text: '"The talks are over," said Maria Lopez.',
      content: 'The talks are over,',
      kind: 'direct',
      cue: 'said',
      speaker: 'Maria Lopez',
    },
    {
      text: "''We were not consulted,'' said Tomas Berg.",
      content: 'We were not consulted,',
      kind: 'direct',
      speaker: 'Tomas Berg',
    },
    {
      // nested single marks stay inside the outer quote
      text: '“He told me ‘never again’ and I believed him,” said Ana Ruiz.',
      content: 'He told me ‘never again’ and I believed him,',
      kind: 'direct',
      speaker: 'Ana Ruiz',
    },
    {
      // a quote split by its attribution is one quote
      text: '“We will respond,” Colonel Amir Haddad said, “and firmly.”',
      content: '“We will respond,” Colonel Amir Haddad said, “and firmly.'.slice(1),
      kind: 'direct',
      cue: 'said',
    },
    {
      // a sentence of quote after a postposed cue goes on with the same quote
      text: '“The wards are full,” said Hugh Hill. “We need more doctors and more beds.”',
      content: 'The wards are full,” said Hugh Hill. “We need more doctors and more beds.',
      kind: 'direct',
      speaker: 'Hugh Hill',
    },
    {
      text: 'The mayor told the council: “The bridge will reopen in May.”',
      content: 'The bridge will reopen in May.',
      kind: 'direct',
      cue: 'told',
    },
  ]);

  it('reads a quote over several paragraphs as one, each paragraph opening with a mark', () => {
    const text =
      'The minister said:\n\n“We have finished the first round of talks.\n\n“We expect a second round next month.”';
    const doc = analyze(text);
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]?.text).toBe(
      'We have finished the first round of talks.\n\n“We expect a second round next month.',
    );
    expect(doc.issues.filter((i) => i.code === 'quotes.unbalanced_marks')).toHaveLength(0);
  });

  it('records an unbalanced mark as an issue and keeps the rest of the article', () => {
    const text =
      '“We will respond, the minister said on state radio.\n\nOfficials in Lagos said the talks would resume next week.';
    const doc = analyze(text);
    const issue = doc.issues.find((i) => i.code === 'quotes.unbalanced_marks');
    expect(issue).toBeDefined();
    expect(doc.quotes.map((q) => q.text)).toContain('the talks would resume next week');
  });

  it('closes a curly quotation that ends with a straight mark, and records it', () => {
    const text =
      '“We will study the proposal carefully," the trade minister said.\n\n“There is no deal yet,” a spokesperson added.';
    const doc = analyze(text);
    expect(doc.quotes.map((q) => q.text)).toEqual([
      'We will study the proposal carefully,',
      'There is no deal yet,',
    ]);
    expect(doc.issues.some((i) => i.code === 'quotes.mismatched_marks')).toBe(true);
  });

  it('keeps a straight quotation nested inside a curly one', () => {
    const text = '“They told us "no" twice before the vote,” the envoy said.';
    expect(quotesOf(text).map((q) => q.text)).toContain('They told us "no" twice before the vote,');
  });

  it('does not take a title in marks for a quote', () => {
    expect(quotesOf('She starred in “Night Train” last year and toured Asia.')).toHaveLength(0);
  });
});

describe('reporting verbs in every tense and voice', () => {
  check([
    {
      text: 'Kenya has warned that the border will close.',
      content: 'the border will close',
      kind: 'indirect',
      cue: 'has warned',
    },
    {
      text: 'The union had claimed that the vote was rigged.',
      content: 'the vote was rigged',
      kind: 'indirect',
      cue: 'had claimed',
    },
    {
      text: 'Officials will argue that the tax is unfair.',
      content: 'the tax is unfair',
      kind: 'indirect',
      cue: 'will argue',
    },
    {
      text: 'The mayor is saying that the bridge is safe.',
      content: 'the bridge is safe',
      kind: 'indirect',
      cue: 'is saying',
    },
    {
      text: 'Peru says the mine will stay closed.',
      content: 'the mine will stay closed',
      kind: 'indirect',
      cue: 'says',
    },
    {
      text: 'Other senators said they, too, had never met him.',
      content: 'they, too, had never met him',
      kind: 'indirect',
      cue: 'said',
    },
    {
      // the tagger reads "Josh" as a verb
      text: 'It was late. “The port will reopen,” harbour spokesman Josh Earnest said Tuesday.',
      content: 'The port will reopen,',
      kind: 'direct',
      cue: 'said',
      speaker: 'Josh Earnest',
    },
    {
      text: 'It was late. “Hey, hey! Ho, ho! The mayor must go!” some protesters chanted.',
      content: 'Hey, hey! Ho, ho! The mayor must go!',
      kind: 'direct',
      cue: 'chanted',
    },
    {
      text: 'As a city engineer noted, the bridge has not been inspected since 2019.',
      content: 'the bridge has not been inspected since 2019',
      kind: 'indirect',
      cue: 'noted',
    },
    {
      text: 'The auditor pointed out that the accounts were never signed.',
      content: 'the accounts were never signed',
      kind: 'indirect',
      cue: 'pointed',
    },
    {
      text: 'Residents are calling for the mayor to resign.',
      content: 'the mayor to resign',
      kind: 'indirect',
      cue: 'are calling',
    },
    {
      text: 'The governor vetoed the bill, saying it would raise rents.',
      content: 'it would raise rents',
      kind: 'indirect',
      cue: 'saying',
      speaker: 'governor',
    },
  ]);

  it('does not read a passive as its subject speaking', () => {
    expect(quotesOf('The minister was told to resign by Friday.')).toHaveLength(0);
  });

  it('reads an expectation held by no one named, and the question in "Asked …"', () => {
    const [expected] = quotesOf('The mayor is expected to sign the budget on Friday.');
    expect(expected?.text).toBe('The mayor is expected to sign the budget on Friday');
    expect(expected?.speaker).toBeNull();
    const asked = quotesOf('Asked by reporters whether she would run again, Diaz smiled.');
    expect(asked[0]?.text).toBe('whether she would run again');
    expect(asked[0]?.speaker?.name).toBe('reporters');
  });

  it.each([
    ['Ghana reportedly voiced concern over the arrests, diplomats in Accra said.', 'diplomats in Accra'],
    ['The port authority reportedly sought a new loan, the finance minister told reporters.', 'minister'],
  ])('leaves "reportedly" to the source the sentence names: %s', (text, speaker) => {
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text).not.toMatch(/said|told/);
    expect(quotes[0]?.speaker?.name).toBe(speaker);
  });

  it('reads "reportedly" as a report with no named source', () => {
    const [quote] = quotesOf('The port authority is reportedly seeking a new loan.');
    expect(quote?.text).toBe('The port authority is reportedly seeking a new loan');
    expect(quote?.speaker).toBeNull();
  });
});

describe('nominal and prepositional cues', () => {
  check([
    {
      text: 'According to the police, three people were hurt in the blast.',
      content: 'three people were hurt in the blast',
      kind: 'indirect',
      cue: 'According to',
      speaker: 'police',
    },
    {
      text: 'Three people were hurt in the blast, according to local officials.',
      content: 'Three people were hurt in the blast',
      kind: 'indirect',
      cue: 'according to',
    },
    {
      text: 'In a statement, the health ministry said the outbreak was over.',
      content: 'the outbreak was over',
      kind: 'indirect',
      cue: 'said',
    },
    {
      text: 'The minister told reporters that the deal was dead.',
      content: 'the deal was dead',
      kind: 'indirect',
      cue: 'told',
    },
    {
      text: 'The mayor told a briefing in Quito that the dam had held.',
      content: 'the dam had held',
      kind: 'indirect',
      cue: 'told',
    },
    {
      text: 'Chile condemned the arrests as "lawless" and recalled its envoy.',
      content: 'the arrests as "lawless"',
      kind: 'mixed',
      cue: 'condemned',
    },
    {
      text: 'The mayor said Quito had sent crews, adding that the river had crested.',
      content: 'the river had crested',
      kind: 'indirect',
      cue: 'adding',
      speaker: 'mayor',
    },
    {
      text: 'The minister said the dam had held, state television reported.',
      content: 'the dam had held',
      kind: 'indirect',
      cue: 'said',
    },
    {
      text: 'The envoy told the assembly on Friday that the vote was rigged.',
      content: 'the vote was rigged',
      kind: 'indirect',
      cue: 'told',
    },
    {
      text: 'Prime Minister Ola Berg said in a post on X that the vote was fair.',
      content: 'the vote was fair',
      kind: 'indirect',
      speaker: 'Ola Berg',
    },
    {
      text: 'A spokesperson for the agency said the figures were wrong.',
      content: 'the figures were wrong',
      kind: 'indirect',
      speaker: 'spokesperson for the agency',
    },
  ]);
});

describe('belief and intent attributions', () => {
  check([
    {
      text: 'Most voters believe the economy is getting worse.',
      content: 'the economy is getting worse',
      kind: 'indirect',
      cue: 'believe',
      speaker: 'Most voters',
    },
    {
      text: 'Farmers fear that the drought will last another year.',
      content: 'the drought will last another year',
      kind: 'indirect',
      cue: 'fear',
    },
  ]);
});

describe('a relative clause set off by commas: its antecedent speaks, its comma ends the content', () => {
  check([
    {
      text: 'Chile said it was pleased. Hungary, which had threatened to veto the package, abstained.',
      content: 'to veto the package',
      kind: 'indirect',
      speaker: 'Hungary',
    },
    {
      text: 'Ana Ruiz, who said the plan was flawed, abstained in the vote.',
      content: 'the plan was flawed',
      kind: 'indirect',
      speaker: 'Ana Ruiz',
    },
  ]);
});

describe('a round-up heading before a colon is no content', () => {
  check([
    {
      text: 'World reacts\n\nPeru: Lima is deeply saddened and ready to help, the foreign ministry said.',
      content: 'Lima is deeply saddened and ready to help',
      kind: 'indirect',
      speaker: 'foreign ministry',
    },
    {
      text: 'Reactions\n\n10:15 - South Africa: The raid was unlawful, the presidency said.',
      content: 'The raid was unlawful',
      kind: 'indirect',
    },
    {
      // a clause before the colon is content: no heading is all capitalised names
      text: 'The aim is clear: talks must resume soon, the envoy said.',
      content: 'The aim is clear: talks must resume soon',
      kind: 'indirect',
    },
  ]);
});

describe('verbs whose object is the attributed content', () => {
  check([
    {
      // "denounce" takes its object as content, as "condemn" does, with what it is called
      text: 'Minsk denounced the sanctions as “economic warfare” and vowed to retaliate.',
      content: 'the sanctions as “economic warfare”',
      kind: 'mixed',
      speaker: 'Minsk',
    },
    { text: 'The union denounced the layoffs.', content: 'the layoffs', kind: 'indirect', cue: 'denounced' },
    {
      // a day with a possessive is the object's, not a time adjunct
      text: "Chile condemned Thursday's missile attack on the ferry.",
      content: "Thursday's missile attack on the ferry",
      kind: 'indirect',
      speaker: 'Chile',
    },
    {
      text: 'Ghana welcomed Sunday’s vote in Accra.',
      content: 'Sunday’s vote in Accra',
      kind: 'indirect',
    },
    {
      text: 'Senator Ruth Diaz endorsed the mayor’s housing plan.',
      content: 'the mayor’s housing plan',
      kind: 'indirect',
      cue: 'endorsed',
      speaker: 'Ruth Diaz',
    },
    { text: 'The governor declined to comment.', content: 'to comment', kind: 'indirect', cue: 'declined' },
  ]);
});

describe('speakers', () => {
  check([
    {
      text: 'Hugh Hill, a doctor at the city hospital, said the wards were full.',
      content: 'the wards were full',
      kind: 'indirect',
      speaker: 'Hugh Hill',
    },
    { text: '“It is over,” said Hill.', content: 'It is over,', kind: 'direct', speaker: 'Hill' },
    {
      // "a" cannot govern a plural head: the speaker is the phrase after the noun it does govern
      text: 'The council raised taxes, a decision farm groups called a power grab.',
      content: 'a power grab',
      kind: 'indirect',
      cue: 'called',
      speaker: 'farm groups',
    },
    {
      // a participle's phrase set off by commas between the subject and the cue
      text: 'Norway\'s trade minister, speaking in Oslo, said: "We will not accept new tariffs."',
      content: 'We will not accept new tariffs.',
      kind: 'direct',
      speaker: "Norway's trade minister",
    },
    {
      text: 'Vera Holm, asked about the harbour deal, said it was not finished.',
      content: 'it was not finished',
      kind: 'indirect',
      speaker: 'Vera Holm',
    },
    {
      text: 'Two officials, speaking on condition of anonymity, said the talks had stalled.',
      content: 'the talks had stalled',
      kind: 'indirect',
      speaker: 'Two officials',
    },
    {
      text: 'Ana Ruiz urged farmers to sell their grain early, saying prices would fall.',
      content: 'prices would fall',
      kind: 'indirect',
      cue: 'saying',
      speaker: 'Ana Ruiz',
    },
    {
      // the participle's subject comes before an earlier attribution in the sentence
      text: 'Ana Ruiz criticized the council, saying it had ignored the port.',
      content: 'it had ignored the port',
      kind: 'indirect',
      cue: 'saying',
      speaker: 'Ana Ruiz',
    },
    {
      text: 'It was hard. “Life is very hard here,” his sister, Maria Lazar, wrote.',
      content: 'Life is very hard here,',
      kind: 'direct',
      speaker: 'Maria Lazar',
    },
    {
      text: 'It was late. “I put housing first every time,” the cautious, 64-year-old mayor said.',
      content: 'I put housing first every time,',
      kind: 'direct',
      cue: 'said',
    },
    {
      text: 'Lena Vogt, a planner who worked on the 2019 scheme, said in a radio interview that the costs had doubled.',
      content: 'the costs had doubled',
      kind: 'indirect',
      speaker: 'Lena Vogt',
    },
    {
      text: 'Tomas Berg, 61, who runs a bakery in the old town, says rents have doubled.',
      content: 'rents have doubled',
      kind: 'indirect',
      speaker: 'Tomas Berg',
    },
    {
      text: 'A council report published Monday said the bridge needed repairs.',
      content: 'the bridge needed repairs',
      kind: 'indirect',
      speaker: 'council report',
    },
    {
      text: 'Ruth Diaz on Thursday evening said the hearing would go ahead.',
      content: 'the hearing would go ahead',
      kind: 'indirect',
      speaker: 'Ruth Diaz',
    },
    {
      // a verb outside the lexicon still attributes a quote it follows
      text: 'The host leaned in. “Would you sign the bill?” Diaz pressed.',
      content: 'Would you sign the bill?',
      kind: 'direct',
      cue: 'pressed',
      speaker: 'Diaz',
    },
    {
      text: 'By a wide margin, those surveyed say the city should build more housing.',
      content: 'the city should build more housing',
      kind: 'indirect',
      speaker: 'those surveyed',
    },
    {
      text: '“Clean water is the priority,” said the agency’s representative in Dhaka, Lucia Fernandes.',
      content: 'Clean water is the priority,',
      kind: 'direct',
      speaker: 'Lucia Fernandes',
    },
    {
      text: 'Foreign Minister Wang Yi said China opposed the move.',
      content: 'China opposed the move',
      kind: 'indirect',
      speaker: 'Wang Yi',
    },
    {
      text: 'Senator Ruth Diaz of Ohio, who chairs the committee, said the hearing would go ahead.',
      content: 'the hearing would go ahead',
      kind: 'indirect',
      speaker: 'Ruth Diaz',
    },
    {
      // the reporting clause inside its own content
      text: 'The bigger risk, the admiral said, is a clash at sea.',
      content: 'The bigger risk, the admiral said, is a clash at sea',
      kind: 'indirect',
      cue: 'said',
    },
    {
      text: 'Senator Ruth Diaz called the plan “reckless and dangerous.”',
      content: 'the plan “reckless and dangerous.”',
      kind: 'mixed',
      cue: 'called',
      speaker: 'Ruth Diaz',
    },
  ]);

  it('keeps a relative pronoun as the nearest mention of the speaker it refers to', () => {
    const text = 'The plan was opposed by Ana Ruiz, who says the port cannot pay for it.';
    const quote = quotesOf(text).find((q) => q.text === 'the port cannot pay for it');
    expect(quote?.speaker?.name).toBe('Ana Ruiz');
    const mention = quote?.speakerMention;
    expect(mention && text.slice(mention.start, mention.end)).toBe('who');
  });

  it('reads a capitalised name the tagger takes for a verb as a subject', () => {
    const [quote] = quotesOf('The day began early. Loretta Lynch said the inquiry was independent.');
    expect(quote?.text).toBe('the inquiry was independent');
    expect(quote?.speaker?.name).toBe('Loretta Lynch');
  });

  it('reads a headline source before a colon', () => {
    const [quote] = quotesOf(
      'Kremlin: Strike on the port was a violation of international law.\n\nThe port was closed.',
    );
    expect(quote?.text).toBe('Strike on the port was a violation of international law');
    expect(quote?.cue?.text).toBe(':');
  });

  it.each([
    'Analysis: The port deal leaves both sides short of what they wanted.\n\nThe port was closed.',
    'Live: Ministers meet in Geneva as the deadline nears.\n\nThe port was closed.',
    'Lagos: Will the new port rules hold?\n\nThe port was closed.',
  ])('takes no rubric and no headline question for an attribution: %s', (text) => {
    expect(quotesOf(text).filter((q) => q.cue?.text === ':')).toEqual([]);
  });

  it.each([
    'Tanzania election: opposition rejects results\n\nThe port was closed.',
    'Sudan war: aid convoys reach Darfur\n\nThe port was closed.',
    'Peru protests: police fire tear gas in Lima\n\nThe port was closed.',
  ])('takes no topic before a colon for a source: %s', (text) => {
    expect(quotesOf(text).filter((q) => q.cue?.text === ':')).toEqual([]);
  });

  it('still reads a body before a colon as a source', () => {
    const [quote] = quotesOf('Peru police: suspect fled across the border\n\nThe port was closed.');
    expect(quote?.cue?.text).toBe(':');
  });

  it('gives an organisation its actor id', () => {
    const [quote] = quotesOf('The World Health Organization said the outbreak was contained.');
    expect(quote?.speaker?.name).toBe('World Health Organization');
    expect(quote?.speaker?.actor).toBe('WHO');
  });

  it.each([
    [
      'Chile condemned the raid in a declaration on Monday.\n\n“The use of force is unacceptable,” the declaration said.',
      'The use of force is unacceptable,',
      'CHL',
    ],
    [
      'The African Union said it rejected the result.\n\n“We call for a recount,” the communique said.',
      'We call for a recount,',
      'AU',
    ],
  ])('gives a document the actor of the speaker quoted before it: %s', (text, content, actor) => {
    const quote = quotesOf(text).find((q) => q.text === content);
    expect(quote?.speaker?.actor).toBe(actor);
  });

  it.each([
    'The government of Peru issued the following statement on Monday:\n\n"Peru regrets the incident at the border post.\n\n"Peru calls on Ecuador to investigate."',
    'Ana Ruiz spoke briefly. The foreign ministry of Peru released this text:\n\n“Peru regrets the incident at the border post.”',
  ])('gives a quote alone after a sentence ending in a colon to that sentence’s subject: %s', (text) => {
    const quote = quotesOf(text).find((q) => q.text.startsWith('Peru regrets'));
    expect(quote?.kind).toBe('direct');
    expect(quote?.speaker?.actor).toBe('PER');
    expect(quote?.speaker?.name).not.toBe('Ana Ruiz');
  });

  it('gives every paragraph of a statement quoted in full to the one who issued it', () => {
    const quotes = quotesOf(
      'The government of Peru issued the following statement on Monday:\n\n"Peru regrets the incident at the border post.\n\n"Peru will protect its citizens.\n\n"Peru calls on Ecuador to investigate.\n\n"Peru remains open to dialogue."',
    );
    const covered = quotes.map((q) => q.text).join(' ');
    for (const words of ['regrets', 'protect', 'investigate', 'dialogue']) expect(covered).toContain(words);
    expect(quotes.map((q) => q.speaker?.actor)).toEqual(quotes.map(() => 'PER'));
  });

  it('leaves a document with no speaker quoted before it without an actor', () => {
    const [quote] = quotesOf('“The use of force is unacceptable,” the declaration said.');
    expect(quote?.speaker?.name).toBe('declaration');
    expect(quote?.speaker?.actor).toBeUndefined();
  });

  it('resolves a pronoun to the person named before it', () => {
    const quotes = quotesOf(
      'Hugh Hill, a doctor at the hospital, said the wards were full.\n\nHe said more beds would arrive on Friday.',
    );
    const second = quotes.find((q) => q.text === 'more beds would arrive on Friday');
    expect(second?.speaker?.name).toBe('Hugh Hill');
    expect(second?.speakerMention).toBeDefined();
  });

  it('carries the speaker over to a paragraph that is only a quote', () => {
    const quotes = quotesOf(
      'Ana Ruiz, the head of the port authority, said the cranes were idle.\n\n“We have not unloaded a ship in three weeks.”',
    );
    const carried = quotes.find((q) => q.text.startsWith('We have not unloaded'));
    expect(carried?.kind).toBe('direct');
    expect(carried?.speaker?.name).toBe('Ana Ruiz');
    expect(carried?.cue).toBeNull();
  });

  it('ends a quote where a coordinated attribution begins', () => {
    const quotes = quotesOf(
      'Diaz attacked the budget, calling it “reckless” and insisting that the city “cannot afford it.”',
    );
    expect(quotes.map((q) => q.text)).toEqual(
      expect.arrayContaining(['“reckless”', 'the city “cannot afford it.”']),
    );
  });

  it('attributes quoted words inside the writer’s sentence to the clause subject', () => {
    const [quote] = quotesOf('The senator has dismissed the report as a “partisan stunt” aimed at voters.');
    expect(quote?.text).toContain('partisan stunt');
    expect(quote?.kind).toBe('mixed');
    expect(quote?.speaker?.name).toBe('senator');
  });
});

describe('verbs of judgement that report what was said', () => {
  check([
    {
      text: 'Japan regretted that the talks had failed.',
      content: 'the talks had failed',
      kind: 'indirect',
      cue: 'regretted',
    },
    {
      text: 'Canada deplored that the journalists were still held.',
      content: 'the journalists were still held',
      kind: 'indirect',
      cue: 'deplored',
    },
    {
      text: 'The Chilean minister bemoaned that the talks had stalled.',
      content: 'the talks had stalled',
      kind: 'indirect',
      cue: 'bemoaned',
    },
    {
      text: 'Ghana hailed the ruling as a victory for the rule of law.',
      content: 'a victory for the rule of law',
      kind: 'indirect',
      cue: 'hailed',
    },
    {
      text: 'Norway lauded the court as a beacon of independence.',
      content: 'a beacon of independence',
      kind: 'indirect',
      cue: 'lauded',
    },
    {
      text: 'Germany applauded the decision to free the prisoners.',
      content: 'the decision to free the prisoners',
      kind: 'indirect',
      cue: 'applauded',
    },
    {
      text: '“Let the convoys through,” the aid chief pleaded.',
      content: 'Let the convoys through,',
      kind: 'direct',
      cue: 'pleaded',
    },
  ]);
});

describe('straight single marks that no cue claims', () => {
  it.each([
    "The paper ran a story headlined 'Harbour Deal Is Dead'.",
    "The Jones' house was fine, and nobody worried about the '90s.",
    "The farmers don't plant rice in the dry season.",
  ])('are no quote: %s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('do not make reported words a mixed quote', () => {
    const quote = quotesOf("Lima said the blast was an 'intentional act'.").find(
      (q) => q.cue?.text === 'said',
    );
    expect(quote?.kind).toBe('indirect');
  });
});

describe('a headline passive names no speaker', () => {
  it('reads the content of "accused of" with no speaker, its subject being the accused', () => {
    const quote = quotesOf('Chad army accused of shelling refugee camp\n\nThe camp was hit on Monday.').find(
      (q) => q.cue?.text === 'accused',
    );
    expect(quote?.text).toBe('shelling refugee camp');
    expect(quote?.speaker).toBeNull();
  });

  it('keeps the speaker of an active "accused X of"', () => {
    const quote = quotesOf('Chad accused Sudan of shelling the camp.').find((q) => q.cue?.text === 'accused');
    expect(quote?.speaker?.name).toBe('Chad');
  });
});

describe('where reported content ends', () => {
  check([
    {
      // a cue in a fronted subordinate clause: its content ends where the main clause starts
      text: 'When Peru announced that it would close the port, traders in Lima were stunned.',
      content: 'it would close the port',
      kind: 'indirect',
      cue: 'announced',
      speaker: 'Peru',
    },
    {
      text: 'LIMA, May 2 - After Peru said it would close the port, exporters protested.',
      content: 'it would close the port',
      kind: 'indirect',
      cue: 'said',
    },
    {
      // the main clause's own reported content is not cut at an inner comma
      text: 'Peru said that, as a precaution, the port would close.',
      content: 'as a precaution, the port would close',
      kind: 'indirect',
      cue: 'said',
    },
    {
      // the hearer of "told" before a clause with no "that"
      text: 'The mayor told reporters the bridge would reopen in May.',
      content: 'the bridge would reopen in May',
      kind: 'indirect',
      cue: 'told',
      speaker: 'mayor',
    },
    {
      text: 'Vera Holm told the local radio station she would run again.',
      content: 'she would run again',
      kind: 'indirect',
      cue: 'told',
    },
    {
      text: 'A geologist told local radio that poorly built homes had made the damage worse.',
      content: 'poorly built homes had made the damage worse',
      kind: 'indirect',
      cue: 'told',
    },
    {
      // "that" as a pronoun, with its own verb, is the content's subject
      text: 'The mayor said that was the end of the matter.',
      content: 'that was the end of the matter',
      kind: 'indirect',
      cue: 'said',
    },
    {
      // "that" after a time adjunct, before a subject pronoun, opens the content
      text: 'Peru announced last year that it would close the port.',
      content: 'it would close the port',
      kind: 'indirect',
      cue: 'announced',
    },
    {
      text: 'Peru said it hoped the talks would resume soon, while Chile offered to host them.',
      content: 'it hoped the talks would resume soon',
      kind: 'indirect',
      cue: 'said',
      speaker: 'Peru',
    },
    {
      text: 'The mayor said the bridge was safe, whereas the engineers said it needed repairs.',
      content: 'the bridge was safe',
      kind: 'indirect',
      cue: 'said',
      speaker: 'mayor',
    },
    {
      text: 'Kenya called for calm, while the regional envoy said he feared more violence.',
      content: 'he feared more violence',
      kind: 'indirect',
      cue: 'said',
      // a regional envoy is no official of Kenya's: the speaker is the whole noun phrase
      speaker: 'regional envoy',
    },
    {
      text: 'Bolivia said the talks had collapsed, and Chile said it would leave.',
      content: 'the talks had collapsed',
      kind: 'indirect',
      cue: 'said',
      speaker: 'Bolivia',
    },
    {
      text: 'Bolivia said the talks had collapsed, and Chile said it would leave.',
      content: 'it would leave',
      kind: 'indirect',
      cue: 'said',
      speaker: 'Chile',
    },
    {
      text: 'The mayor said the dam was safe but the engineers insisted it needed repairs.',
      content: 'the dam was safe',
      kind: 'indirect',
      cue: 'said',
      speaker: 'mayor',
    },
    {
      text: 'The mayor said the dam was safe but the engineers insisted it needed repairs.',
      content: 'it needed repairs',
      kind: 'indirect',
      cue: 'insisted',
      speaker: 'engineers',
    },
    {
      text: 'The bank said rates would rise, although analysts cautioned that inflation was easing.',
      content: 'rates would rise',
      kind: 'indirect',
      cue: 'said',
    },
    {
      text: 'Bolivia said the army and the police said nothing.',
      content: 'the army and the police said nothing',
      kind: 'indirect',
      cue: 'said',
      speaker: 'Bolivia',
    },
    {
      text: 'Bolivia said the deal was dead, and it would not return to the table.',
      content: 'the deal was dead, and it would not return to the table',
      kind: 'indirect',
      cue: 'said',
    },
    {
      text: 'The spokesman said the troops had withdrawn, a claim the rebels denied.',
      content: 'the troops had withdrawn',
      kind: 'indirect',
      cue: 'said',
      speaker: 'spokesman',
    },
    {
      text: 'Ghana said the count was rigged, an allegation the commission rejected.',
      content: 'the count was rigged',
      kind: 'indirect',
      cue: 'said',
      speaker: 'Ghana',
    },
    {
      text: 'The minister said rents would fall, while remaining cautious about wages.',
      content: 'rents would fall, while remaining cautious about wages',
      kind: 'indirect',
      cue: 'said',
    },
  ]);
});

describe('the object of a verb of judgement ends where a second predicate starts', () => {
  check([
    {
      text: 'The regional bloc condemned the takeover and suspended the country from its meetings.',
      content: 'the takeover',
      kind: 'indirect',
      cue: 'condemned',
    },
    {
      text: 'The senator praised her record on trade.',
      content: 'her record on trade',
      kind: 'indirect',
      cue: 'praised',
      speaker: 'senator',
    },
    {
      text: 'Kenya condemned the killing and wounding of protesters.',
      content: 'the killing and wounding of protesters',
      kind: 'indirect',
      cue: 'condemned',
    },
  ]);
});

describe('a reporting verb coordinated with an earlier one shares its speaker', () => {
  check([
    {
      text: 'The foreign ministry said the charges were invented and warned that it would respond.',
      content: 'it would respond',
      kind: 'indirect',
      cue: 'warned',
      speaker: 'foreign ministry',
    },
    {
      text: 'The envoy said the crisis was a provocation, and added that talks would go on.',
      content: 'talks would go on',
      kind: 'indirect',
      cue: 'added',
      speaker: 'envoy',
    },
    {
      text: '“We are ready,” the governor said and insisted that the dam would hold.',
      content: 'the dam would hold',
      kind: 'indirect',
      cue: 'insisted',
      speaker: 'governor',
    },
  ]);
});

describe('a negated verb with quoted words after it', () => {
  it('attributes them to the later sayer, not to the one who did not comment', () => {
    const quotes = quotesOf('Rome has not commented publicly, but an aide said the plan was "under review".');
    expect(quotes.map((q) => [q.text, q.cue?.text])).toEqual([['the plan was "under review"', 'said']]);
  });
});

describe('things offered and places attacked are not words', () => {
  it.each([
    'Several countries offered aid to Peru after the floods.',
    'Japan offered search and rescue teams to Chile.',
    'Canada offered humanitarian assistance to the region.',
    'Gunmen attacked a police post near the river, killing two officers.',
    'Insurgents attacked an army convoy outside the capital on Sunday.',
    'Armed men attacked two villages in the north overnight.',
  ])('%s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  check([
    {
      text: 'The minister offered his condolences to the families.',
      content: 'his condolences to the families',
      kind: 'indirect',
      cue: 'offered',
      speaker: 'minister',
    },
    {
      text: 'The senator attacked the budget plan.',
      content: 'the budget plan',
      kind: 'indirect',
      cue: 'attacked',
      speaker: 'senator',
    },
  ]);
});

describe('a plural noun that is also a reporting verb', () => {
  it('reads "Baltic states demand answers" as a noun phrase, not "Baltic" stating something', () => {
    expect(quotesOf('Baltic states demand answers after cable cut\n\nThe talks ended.')).toEqual([]);
    expect(quotesOf('Gulf states urge calm over tanker seizure\n\nThe talks ended.')).toEqual([]);
    const quotes = quotesOf('The army had retaken the port, Venezuelan state television reported.');
    expect(quotes.map((q) => q.cue?.text)).not.toContain('state');
  });

  it.each([
    'Why the Yemen attacks matter for shipping\n\nThe talks ended.',
    'How the Geneva talks collapsed\n\nThe talks ended.',
    'Chile protests: what we know so far\n\nThe talks ended.',
  ])('reads a topic noun in an explainer or before a headline colon as no cue: %s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  it('still reads a verb in an explainer headline as a cue', () => {
    const quote = quotesOf('Why Ghana says the port deal is dead\n\nThe talks ended.')[0];
    expect([quote?.speaker?.name, quote?.cue?.text, quote?.text]).toEqual([
      'Ghana',
      'says',
      'the port deal is dead',
    ]);
  });

  it('still reads "states" as a verb before a clause', () => {
    const quote = quotesOf('Minister Ana Ruiz states that the dam was unsafe.')[0];
    expect(quote?.cue?.text).toBe('states');
    expect(quote?.text).toBe('the dam was unsafe');
  });
});

describe('a place after "in" belongs to the people before it', () => {
  check([
    {
      text: 'Opposition lawmakers in Lima said the operation was reckless.',
      content: 'the operation was reckless',
      kind: 'indirect',
      speaker: 'Opposition lawmakers in Lima',
    },
    {
      text: 'Diplomats in Brussels said the talks had stalled.',
      content: 'the talks had stalled',
      kind: 'indirect',
      speaker: 'Diplomats in Brussels',
    },
    {
      text: 'Farmers in Mato Grosso told reporters the rains had come too late.',
      content: 'the rains had come too late',
      kind: 'indirect',
      speaker: 'Farmers in Mato Grosso',
    },
    {
      // a common noun after "in" is a place or time adjunct, not part of the speaker
      text: 'In the afternoon the ministry said the border would reopen.',
      content: 'the border would reopen',
      kind: 'indirect',
      speaker: 'ministry',
    },
    {
      // a body after "at" is where the people serve, not their name
      text: 'Western diplomats at the United Nations said the vote would be close.',
      content: 'the vote would be close',
      kind: 'indirect',
      speaker: 'Western diplomats at the United Nations',
    },
    {
      text: 'Envoys at the African Union said the summit had been postponed.',
      content: 'the summit had been postponed',
      kind: 'indirect',
      speaker: 'Envoys at the African Union',
    },
  ]);
});

describe('a subordinate clause before any verb leaves the words after the cue an object', () => {
  it.each([
    'Ghana recalled its envoy because the talks had failed.',
    'Chile recalls ambassador after troops cross border',
    'Peru recalled its negotiators before the vote took place.',
  ])('%s', (text) => {
    expect(quotesOf(text)).toEqual([]);
  });

  check([
    {
      // the postposed attribution keeps the whole clause
      text: 'Ecuador recalled its ambassador on Friday after troops crossed the border, the foreign ministry said.',
      content: 'Ecuador recalled its ambassador on Friday after troops crossed the border',
      kind: 'indirect',
      cue: 'said',
      speaker: 'foreign ministry',
    },
    {
      // a clause whose verb comes before the subordinator is still content
      text: 'The minister said the troops withdrew after the talks failed.',
      content: 'the troops withdrew after the talks failed',
      kind: 'indirect',
      cue: 'said',
    },
  ]);
});

describe('the hearer of "told" before a clause whose verb is negated or whose subject is an adjective', () => {
  check([
    {
      text: 'He told state television the military would not bow to pressure.',
      content: 'the military would not bow to pressure',
      kind: 'indirect',
      cue: 'told',
    },
    {
      text: 'The minister told reporters the army would not withdraw.',
      content: 'the army would not withdraw',
      kind: 'indirect',
      cue: 'told',
    },
    {
      text: 'A doctor told local radio the wounded were being moved to the capital.',
      content: 'the wounded were being moved to the capital',
      kind: 'indirect',
      cue: 'told',
    },
  ]);
});

describe('a reported clause may open with a quantity', () => {
  check([
    {
      text: 'A UNICEF spokesperson said at least 40 children had been killed.',
      content: 'at least 40 children had been killed',
      kind: 'indirect',
      speaker: 'UNICEF spokesperson',
    },
    {
      text: 'The ministry said nearly half of the country was without power.',
      content: 'nearly half of the country was without power',
      kind: 'indirect',
      cue: 'said',
    },
    {
      text: 'Officials said up to 30 villages had been flooded.',
      content: 'up to 30 villages had been flooded',
      kind: 'indirect',
      cue: 'said',
    },
    {
      text: 'Rescuers said about 200 people were missing.',
      content: 'about 200 people were missing',
      kind: 'indirect',
      cue: 'said',
    },
  ]);

  it('still reads "spoke up about" as a particle', () => {
    const quote = quotesOf('The senator spoke up about the cuts on Monday.')[0];
    expect(quote?.text ?? '').not.toMatch(/^up/);
  });
});

describe('a fronted participle phrase is not the content of the cue after it', () => {
  it.each([
    'Speaking on behalf of the Nordic states, the Danish envoy urged restraint.',
    'Writing in a regional newspaper, the former minister praised the deal.',
  ])('%s', (text) => {
    expect(quotesOf(text).map((q) => q.text)).not.toContainEqual(
      expect.stringMatching(/^(Speaking|Writing)/),
    );
  });

  check([
    {
      // a verb after the participle makes a clause
      text: 'Killing civilians is a war crime, the envoy said.',
      content: 'Killing civilians is a war crime',
      kind: 'indirect',
      speaker: 'envoy',
    },
  ]);
});

describe('a phrase headed by "chief", "general" or "military" speaks', () => {
  check([
    {
      text: 'The navy chief said the patrols "would continue".',
      content: 'the patrols "would continue"',
      kind: 'mixed',
      speaker: 'navy chief',
    },
    {
      text: 'The Bolivian military said the convoy had been ambushed.',
      content: 'the convoy had been ambushed',
      kind: 'indirect',
      speaker: 'Bolivian military',
    },
  ]);
});

describe("an infinitive of purpose is its verb's subject's; a verb that asks makes its object the subject", () => {
  check([
    {
      text: 'Oman summoned the Danish envoy to protest what it called a "deliberate insult".',
      content: 'what it called a "deliberate insult"',
      kind: 'mixed',
      speaker: 'Oman',
    },
    { text: 'Kenya urged Peru to condemn the raid.', content: 'the raid', kind: 'indirect', speaker: 'Peru' },
    {
      text: 'The minister sent an envoy to condemn the raid.',
      content: 'the raid',
      kind: 'indirect',
      speaker: 'minister',
    },
  ]);
});

describe('a prepositional phrase set off by commas between the subject and the cue', () => {
  check([
    {
      text: 'The ministry, in a statement issued on Sunday, said it "firmly rejects" the report.',
      content: 'it "firmly rejects" the report',
      kind: 'mixed',
      speaker: 'ministry',
    },
  ]);
});
