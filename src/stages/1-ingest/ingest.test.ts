import { describe, expect, it } from 'vitest';
import type { ArticleInput, ParagraphKind } from '../../model/article.js';
import type { StageContext } from '../../model/stage.js';
import { classifyParagraph, findCredit, findDateline, ingestArticle } from './index.js';

// The ingest stage reads nothing from the context.
const ctx = {} as StageContext;

function ingest(text: string, extra: Partial<ArticleInput> = {}) {
  const { value, issues } = ingestArticle({ id: 't', text, origin: { file: 'test' }, ...extra }, ctx);
  const parts = value.paragraphs.map((p) => ({ kind: p.kind, text: text.slice(p.start, p.end) }));
  return { value, issues, parts };
}

describe('classifyParagraph', () => {
  const cases: [string, ParagraphKind][] = [
    ['France', 'heading'],
    ['United Kingdom', 'heading'],
    ['SAUDI ARABIA', 'heading'],
    ['By Marta Lindqvist', 'meta'],
    ['BY OKONKWO ADEYEMI, Associated Press', 'meta'],
    ['(Reporting by Lena Vogt in Berlin; Editing by Peter Hale)', 'meta'],
    ['Associated Press writer Tomas Reyes in Quito contributed to this report.', 'meta'],
    ['IMAGE: Protesters gather outside parliament in Valdoria. Photograph: Ana Ruiz/AFP', 'caption'],
    ['PHOTO: Aid trucks queue at the border crossing', 'caption'],
    ['Photograph: Ana Ruiz/AFP', 'caption'],
    ['June 8, 2026', 'meta'],
    ['8 June 2026 14:20 GMT', 'meta'],
    ['Updated: 2026-06-08', 'meta'],
    ['Tuesday, March 3, 2026 at 9:15 a.m.', 'meta'],
    ['June Talks', 'heading'],
    // a caption with no label, told by its credit
    ['Firefighters near Vlore on Sunday. Photograph: Eleni Kostas/Example Agency', 'caption'],
    ['Rescuers at work in the hills (Photo by Jonas Berg/Getty Images)', 'caption'],
    ['Police outside the embassy. REUTERS/Denis Kovac', 'caption'],
    ['A photo by a resident showed smoke over the port.', 'body'],
    ['The ministry said. Photo: it posted one of the damage online.', 'body'],
    ['11:42 GMT', 'meta'],
    ['9.45am', 'meta'],
    ['Updated 3 hours ago', 'meta'],
    ['2h ago', 'meta'],
    ['The ministry said the talks would resume next week.', 'body'],
    ['"We will not accept this," the minister said.', 'body'],
    ['the talks went on without a break', 'body'],
    // web furniture pasted with the story: not read
    ['READ MORE: Army retakes the airport in the north', 'meta'],
    ['Related: Egypt sends aid convoy', 'meta'],
    ['WATCH | Floods sweep through the valley', 'meta'],
    ['Advertisement', 'meta'],
    ['More on this story', 'meta'],
    ['Share this article', 'meta'],
    ['Share on Facebook, X and WhatsApp', 'meta'],
    ['Sign up for our morning newsletter', 'meta'],
    ['Skip to main content', 'meta'],
    ['© 2026 Example Post. All rights reserved.', 'meta'],
    ['Copyright 2026 Example Post', 'meta'],
    ['Example Post Ltd. ALL RIGHTS RESERVED', 'meta'],
    ['(Staff writer Ida Holm contributed reporting to this story.)', 'meta'],
    ['Aid workers near the port. (Credit: Ida Holm)', 'caption'],
    ['Crowds in the square at dusk! Picture by Ida Holm', 'caption'],
    // the same words in prose are prose
    ['Related talks in Geneva ended without a deal.', 'body'],
    ['Watch officials said the curfew would be lifted on Friday.', 'body'],
    ['Subscribers to the service said the outage lasted a day.', 'body'],
    ['Sign up for the army, the general urged young men on Friday.', 'body'],
    ['Rights groups said the vote was fair and that all rights were reserved.', 'body'],
    ['She said colleagues had contributed to this report on the floods.', 'body'],
    ['Officials shared it. Picture: the port at dawn. Talks went on.', 'body'],
  ];
  it.each(cases)('%s -> %s', (body, kind) => {
    expect(classifyParagraph(body, false)).toBe(kind);
  });

  it('allows a longer title line only as the first paragraph', () => {
    const title =
      'Neighbours urge calm as border dispute between two coastal states enters its third week of standoff';
    expect(classifyParagraph(title, true)).toBe('heading');
    expect(classifyParagraph(title, false)).toBe('body');
    expect(classifyParagraph('Analysis: Can the truce in the north hold?', true)).toBe('heading');
    expect(classifyParagraph('Can the truce in the north hold?', false)).toBe('body');
  });
});

describe('findCredit', () => {
  const cases: [string, string | null][] = [
    ['IMAGE: Smoke over the port. Photograph: Ana Ruiz/AFP', 'Photograph: Ana Ruiz/AFP'],
    ['PHOTO: Rescue teams at work (Photo by Jonas Berg/Getty Images)', '(Photo by Jonas Berg/Getty Images)'],
    ['IMAGE: Delegates arrive for the summit. Credit: Mei Tanaka', 'Credit: Mei Tanaka'],
    ['IMAGE: Delegates arrive for the summit', null],
    ['Photograph: Ana Ruiz/AFP', 'Photograph: Ana Ruiz/AFP'],
    // wire credits with no label, after the caption's last sentence
    ['PHOTO: Protesters march in Quito on Friday. (AP Photo/Rosa Vega)', '(AP Photo/Rosa Vega)'],
    ['Photo: Police outside the embassy. REUTERS/Denis Kovac', 'REUTERS/Denis Kovac'],
    [
      'Photo: A ferry on the lake. Lake Herald/Sita Gurung via Getty Images',
      'Lake Herald/Sita Gurung via Getty Images',
    ],
    ['IMAGE: Farmers in Mali and Niger. EPA-EFE/ALI KONE', 'EPA-EFE/ALI KONE'],
    ['IMAGE: REUTERS/Jon Doe', 'REUTERS/Jon Doe'],
    // a slash inside the caption's sentence is no credit
    ['PHOTO: Delegates at the EU/Mercosur summit in Lima', null],
    ['IMAGE: The Kyiv/Odesa train leaves on time.', null],
  ];
  it.each(cases)('%s', (caption, credit) => {
    const at = findCredit(caption);
    expect(at === null ? null : caption.slice(at)).toBe(credit);
  });
});

describe('findDateline', () => {
  const cases: [string, string | null, string | null][] = [
    ['KYIV, Ukraine (AP) — Drones struck a power plant overnight.', 'KYIV, Ukraine (AP) —', 'Drones struck'],
    ['WASHINGTON — The State Department said on Monday.', 'WASHINGTON —', 'The State'],
    ['GENEVA, March 3 (Reuters) - Talks resumed on Tuesday.', 'GENEVA, March 3 (Reuters) -', 'Talks resumed'],
    [
      'BEIJING/TAIPEI, Jan 5 (Reuters) - China held drills.',
      'BEIJING/TAIPEI, Jan 5 (Reuters) -',
      'China held',
    ],
    ['LIMA, May 2, 2026 — Congress voted on Friday.', 'LIMA, May 2, 2026 —', 'Congress voted'],
    ['UNITED NATIONS (AP) -- The Security Council met.', 'UNITED NATIONS (AP) --', 'The Security'],
    ['PORT-AU-PRINCE, Haiti – Gangs blocked the road.', 'PORT-AU-PRINCE, Haiti –', 'Gangs blocked'],
    ['NAIROBI, 4 May 2027 — Lawmakers met.', 'NAIROBI, 4 May 2027 —', 'Lawmakers met'],
    ['ACCRA, Ghana, 9 Sept. (AFP) - The vote was delayed.', 'ACCRA, Ghana, 9 Sept. (AFP) -', 'The vote'],
    ['The minister — who spoke briefly — left.', null, null],
    ['A senior official said the talks failed.', null, null],
    ['COVID-19 cases rose again in the region.', null, null],
  ];
  it.each(cases)('%s', (paragraph, dateline, body) => {
    const found = findDateline(paragraph);
    expect(found === null ? null : paragraph.slice(0, found.end)).toBe(dateline);
    expect(
      found === null ? null : paragraph.slice(found.bodyStart, found.bodyStart + (body?.length ?? 0)),
    ).toBe(body);
  });
});

describe('ingestArticle', () => {
  it('reads the seed date line and keeps the first sentence as body', () => {
    const text = ' date 2026-02-11 The foreign ministry of Valdoria condemned the strike.\n\nMore followed.';
    const { value, parts } = ingest(text);
    expect(value.meta.date).toBe('2026-02-11');
    expect(parts[0]).toEqual({
      kind: 'body',
      text: 'The foreign ministry of Valdoria condemned the strike.',
    });
  });

  it('makes a dateline meta and keeps the sentence after the dash as body', () => {
    const text =
      'Drone strikes hit power grid\n\nBy Marta Lindqvist\n\nKYIV, Ukraine (AP) — Drones struck a power plant.\n\nOfficials said repairs would take weeks.';
    const { parts, value } = ingest(text);
    expect(parts.map((p) => p.kind)).toEqual(['heading', 'meta', 'meta', 'body', 'body']);
    expect(parts[2]?.text).toBe('KYIV, Ukraine (AP) —');
    expect(parts[3]?.text).toBe('Drones struck a power plant.');
    expect(value.meta.title).toBe('Drone strikes hit power grid');
  });

  it('finds the title under a header date line or byline', () => {
    const text =
      'Published 9 March 2027, 07:40 GMT\n\nFloods cut road to capital\n\nHeavy rain washed away the main road on Monday.\n\nOfficials said repairs would take weeks.';
    const { value } = ingest(text);
    expect(value.meta.title).toBe('Floods cut road to capital');
    expect(value.meta.date).toBe('2027-03-09');
  });

  it('reads a live page: each entry’s time stamp is meta, the rest of its first line a heading', () => {
    const text =
      'Live: Floods in the north\n\n09:45 GMT - Heavy rain cut the main road on Monday.\n\n10:20 GMT - Chile offers help\nThe foreign minister said rescue teams were ready.\n\n11.05am: Peru sends aid';
    const { parts } = ingest(text);
    expect(parts).toEqual([
      { kind: 'heading', text: 'Live: Floods in the north' },
      { kind: 'meta', text: '09:45 GMT -' },
      { kind: 'body', text: 'Heavy rain cut the main road on Monday.' },
      { kind: 'meta', text: '10:20 GMT -' },
      { kind: 'heading', text: 'Chile offers help' },
      { kind: 'body', text: 'The foreign minister said rescue teams were ready.' },
      { kind: 'meta', text: '11.05am:' },
      { kind: 'heading', text: 'Peru sends aid' },
    ]);
  });

  it('reads no title when a byline is followed only by body text', () => {
    expect(ingest('By Ana Ruiz\n\nHeavy rain washed away the main road.').value.meta.title).toBeNull();
  });

  it.each([
    ['Title of the story\n\nPublished: 3 April 2026 14:20 GMT\n\nThe ministry said on Friday.', '2026-04-03'],
    ['Title of the story\n\nSept. 30, 2025\n\nThe ministry said on Friday.', '2025-09-30'],
    [
      'Title of the story\n\nLast modified on Mon 3 Mar 2026 11.02 GMT\n\nThe ministry said on Friday.',
      '2026-03-03',
    ],
    [
      'Title of the story\n\nMarch 3, 2026 / 10:40 AM / Updated 2 hours ago\n\nThe ministry said on Friday.',
      '2026-03-03',
    ],
    [
      'Title of the story\n\nPosted on March 3, 2026 by Jane Roe\n\nThe ministry said on Friday.',
      '2026-03-03',
    ],
    ['Title of the story\n\n23.03.2026 | 10:40\n\nThe ministry said on Friday.', '2026-03-23'],
    // day and month could be either way round: no date
    ['Title of the story\n\n03/04/2026\n\nThe ministry said on Friday.', null],
    ['Title of the story\n\nBy Ana Ruiz\n\nLIMA, May 2, 2026 — Congress voted on Friday.', '2026-05-02'],
    ['Title of the story\n\nLIMA, May 2 (Reuters) — Congress voted on Friday.', null],
    ['Title of the story\n\nNAIROBI, 4 May 2027 — Lawmakers met on Friday.', '2027-05-04'],
    ['Congress voted on May 2, 2026, to remove the minister.\n\nMore followed.', null],
    ['Title of the story\n\nFebruary 30, 2026\n\nThe ministry said on Friday.', null],
  ])('reads the article date a header line or a dateline states in full: %s', (text, date) => {
    expect(ingest(text).value.meta.date).toBe(date);
  });

  it.each([
    ['Ecuador\nQuito said it would send aid.', ['heading', 'body']],
    ['Organization of American States\nThe council will meet on Monday.', ['heading', 'body']],
    ['The foreign minister of\nFrance said the talks failed.', ['body']],
    ['Ecuador\nsaid it would send aid.', ['body']],
    ['President Ana Ruiz of Peru Said Many Things Today\nThe talks failed.', ['body']],
  ])('splits a heading line off the start of a paragraph only when it is one: %s', (paragraph, kinds) => {
    const { parts } = ingest(`Intro sentence here.\n\n${paragraph}`);
    expect(parts.slice(1).map((p) => p.kind)).toEqual(kinds);
  });

  it('gives each list item under a heading line its own paragraph', () => {
    const { parts } = ingest(
      'Intro sentence here.\n\nGovernments\n- Chile: Santiago sent aid.\n- Peru – Lima said it was worried.',
    );
    expect(parts.slice(1)).toEqual([
      { kind: 'heading', text: 'Governments' },
      { kind: 'body', text: '- Chile: Santiago sent aid.' },
      { kind: 'body', text: '- Peru – Lima said it was worried.' },
    ]);
  });

  it('prefers the date given with the input to the one in the text', () => {
    const text = 'Title of the story\n\nJune 8, 2026\n\nThe ministry said on Friday.';
    expect(ingest(text, { date: '2026-06-09' }).value.meta.date).toBe('2026-06-09');
  });

  it('only reads a dateline at the start of the first body paragraph', () => {
    const text = 'The talks ended.\n\nWASHINGTON — a city far away — said nothing.';
    expect(ingest(text).parts.map((p) => p.kind)).toEqual(['body', 'body']);
  });

  it('records a caption credit span that ends the caption', () => {
    const text =
      'Body text here.\n\nIMAGE: Rescue teams search the rubble. Photograph: Jonas Berg/Reuters\n\nMore.';
    const { value } = ingest(text);
    const caption = value.paragraphs[1];
    expect(caption?.kind).toBe('caption');
    expect(caption?.credit && text.slice(caption.credit.start, caption.credit.end)).toBe(
      'Photograph: Jonas Berg/Reuters',
    );
  });

  it('marks actor headings in a round-up', () => {
    const text =
      'World leaders respond to the coup\n\nGermany\n\nThe foreign office in Berlin called for calm.\n\nBrazil\n\nBrasilia said it was monitoring the situation.';
    expect(ingest(text).parts.map((p) => p.kind)).toEqual(['heading', 'heading', 'body', 'heading', 'body']);
  });

  it('treats the given title as a heading even with closing punctuation', () => {
    const text = 'What next for the ceasefire?\n\nMediators met again on Sunday.';
    const { parts, value } = ingest(text, { title: 'What next for the ceasefire?' });
    expect(parts[0]?.kind).toBe('heading');
    expect(value.meta.title).toBe('What next for the ceasefire?');
  });

  it('splits on a blank line that holds spaces, tabs or carriage returns, and on nothing else', () => {
    const text = 'The envoy arrived.\n \t\r\nTalks began.\n.\nThey ended.\r\n\r\n\n\nThe end.';
    expect(ingest(text).parts.map((p) => p.text)).toEqual([
      'The envoy arrived.',
      'Talks began.\n.\nThey ended.',
      'The end.',
    ]);
  });

  it('handles Windows line endings with exact offsets', () => {
    const text =
      'Ministers meet in Lisbon\r\n\r\nThe ministers met on Friday.\r\n\r\nThey agreed to meet again.\r\n';
    const { parts } = ingest(text);
    expect(parts).toEqual([
      { kind: 'heading', text: 'Ministers meet in Lisbon' },
      { kind: 'body', text: 'The ministers met on Friday.' },
      { kind: 'body', text: 'They agreed to meet again.' },
    ]);
  });

  it('splits a text with no blank lines into one paragraph per line when lines end sentences', () => {
    const text =
      'Floods hit the delta\nHeavy rain fell for a week.\n"We lost everything," one farmer said.\nAid groups appealed for funds.';
    expect(ingest(text).parts.map((p) => p.kind)).toEqual(['heading', 'body', 'body', 'body']);
  });

  it('gives each cell of a table pasted as text its own paragraph, so a round-up row is headed by its actor', () => {
    const tabs =
      'Reactions\n\nCountry\tReaction\nMalta\tThe ministry urged calm.\nSlovenia\t\tThe president sent condolences.';
    const pipes =
      'Reactions\n\n| Country | Reaction |\n|---|:---|\n| Malta | The ministry urged calm. |\n| Slovenia | The president sent condolences. |';
    const expected = [
      { kind: 'heading', text: 'Reactions' },
      { kind: 'heading', text: 'Country' },
      { kind: 'heading', text: 'Reaction' },
      { kind: 'heading', text: 'Malta' },
      { kind: 'body', text: 'The ministry urged calm.' },
      { kind: 'heading', text: 'Slovenia' },
      { kind: 'body', text: 'The president sent condolences.' },
    ];
    expect(ingest(tabs).parts).toEqual(expected);
    expect(ingest(pipes).parts).toEqual(expected);
  });

  it('gives each item of a list without blank lines its own paragraph', () => {
    const text =
      'Reactions\n\n* Malta – The ministry urged calm.\n* Slovenia – The president sent condolences.\n\n- one\nnot an item';
    expect(ingest(text).parts.map((p) => p.text)).toEqual([
      'Reactions',
      '* Malta – The ministry urged calm.',
      '* Slovenia – The president sent condolences.',
      '- one\nnot an item',
    ]);
  });

  it('reads a Wikipedia page copied as text: no footnote marker or edit link in a span, no end matter read', () => {
    const text = [
      'Reactions to the Orvan dam collapse',
      'The collapse drew reactions from around the world.[1][a]',
      'Europe[edit]\nMain article: Orvan–Europe relations',
      'Austria[edit]\nThe chancellor offered condolences.[2]',
      'See also[edit]\nReferences[edit]\n^ "Dam bursts in Orvan". Example Times. 3 March 2026.',
      '^ "Austria sends help". Example News.',
    ].join('\n\n');
    expect(ingest(text).parts).toEqual([
      { kind: 'heading', text: 'Reactions to the Orvan dam collapse' },
      { kind: 'body', text: 'The collapse drew reactions from around the world.' },
      { kind: 'heading', text: 'Europe' },
      { kind: 'meta', text: 'Main article: Orvan–Europe relations' },
      { kind: 'heading', text: 'Austria' },
      { kind: 'body', text: 'The chancellor offered condolences.' },
      {
        kind: 'meta',
        text: 'See also[edit]\nReferences[edit]\n^ "Dam bursts in Orvan". Example Times. 3 March 2026.',
      },
      { kind: 'meta', text: '^ "Austria sends help". Example News.' },
    ]);
  });

  it('reads a dateline that ends its line, and one alone in its paragraph', () => {
    const ownLine = ingest(
      'Norway offers to mediate\n\nOSLO, Oct 6, 2026 (Reuters) -\nNorway offered to mediate.\n\nIceland agreed.',
    );
    expect(ownLine.parts).toEqual([
      { kind: 'heading', text: 'Norway offers to mediate' },
      { kind: 'meta', text: 'OSLO, Oct 6, 2026 (Reuters) -' },
      { kind: 'body', text: 'Norway offered to mediate.' },
      { kind: 'body', text: 'Iceland agreed.' },
    ]);
    expect(ownLine.value.meta.date).toBe('2026-10-06');
    const alone = ingest('Norway offers to mediate\n\nOSLO (AP) —\n\nNorway offered to mediate.');
    expect(alone.parts.map((p) => p.kind)).toEqual(['heading', 'meta', 'body']);
  });

  it('keeps a hard-wrapped text without blank lines as one paragraph', () => {
    const text =
      'The government of the coastal republic announced on Monday that it would\nrecall its ambassador from the neighbouring capital after a week of border\nincidents that left several fishermen detained and a patrol boat damaged in\ndisputed waters, according to a statement read on state television.';
    expect(ingest(text).parts).toHaveLength(1);
  });

  it.each([
    ['2026-04-03T08:00:00Z', '2026-04-03'],
    ['20260403', '2026-04-03'],
    ['2026/4/3', '2026-04-03'],
    ['2026.04.03', '2026-04-03'],
    ['Fri, 03 Apr 2026 08:00:00 GMT', '2026-04-03'],
    ['23/04/2026', '2026-04-23'],
    ['04/23/2026', '2026-04-23'],
    ['1775203200', '2026-04-03'],
    ['1775203200000', '2026-04-03'],
    // leap days: every fourth year, but not a century unless it divides by 400
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2026-1-9', '2026-01-09'],
  ])('reads the given date %s as %s', (date, iso) => {
    const { value, issues } = ingest('Fiji declared a state of emergency.', { date });
    expect(value.meta.date).toBe(iso);
    expect(issues).toEqual([]);
  });

  it.each([
    '2026-13-45',
    '2026-02-30',
    '20261301',
    '03/04/2026',
    '2026/04-03',
    '2026-02-29',
    '2100-02-29',
    '2026-04-31',
    '1850-06-01',
  ])('reports a date that does not exist (%s) and keeps no date', (date) => {
    const { value, issues } = ingest('Fiji declared a state of emergency.', { date });
    expect(value.meta.date).toBeNull();
    expect(issues.map((i) => i.code)).toEqual(['ingest.bad_date']);
  });

  it('reports a text that is HTML markup, and not one with a stray ampersand or angle bracket', () => {
    const page =
      '<p>Ghana&rsquo;s minister <b>welcomed</b> the truce.</p><p>Togo said it was &quot;relieved&quot;.</p>';
    const markup = ingest(page).issues.filter((i) => i.code === 'ingest.html_markup');
    expect(markup).toHaveLength(1);
    expect(markup[0]?.message).toContain('9 tags and character entities');
    const prose = 'Johnson & Johnson said output rose by <5% while AT&T and Marks & Spencer held steady.';
    expect(ingest(prose).issues).toEqual([]);
  });

  it('reports an empty text and an unreadable date, and passes on the adapter issues', () => {
    const { issues } = ingest('   \n\n ', {
      date: 'last Tuesday',
      issues: [{ code: 'ingest.invalid_utf8', message: 'bad bytes' }],
    });
    expect(issues.map((i) => i.code).sort()).toEqual([
      'ingest.bad_date',
      'ingest.empty_text',
      'ingest.invalid_utf8',
    ]);
  });
});
