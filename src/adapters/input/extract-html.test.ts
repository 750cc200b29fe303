import { describe, expect, it } from 'vitest';
import { extractHtml, MAX_NESTING } from './extract-html.js';

// Invented pages, in the shapes news sites give them.
const page = (head: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('extractHtml', () => {
  it('keeps a page’s paragraphs separated by <br> when it has no <p> at all', () => {
    const html = page(
      '<title>Ferry service suspended</title>',
      `<table><tr><td><font><b>Ferry service suspended after storm</b><br><br>
      Malta suspended its ferry service to Gozo on Monday after a storm damaged the harbour wall.<br><br>
      The transport ministry said repairs would take at least a week.<br>
      Italy offered to lend two vessels while the harbour is repaired.</font></td></tr></table>
      <p>&copy; 2026 Example Wire. All rights reserved.</p>`,
    );
    const blocks = extractHtml(html).text.split('\n\n');
    expect(blocks).toEqual([
      'Ferry service suspended after storm',
      'Malta suspended its ferry service to Gozo on Monday after a storm damaged the harbour wall.',
      'The transport ministry said repairs would take at least a week.',
      'Italy offered to lend two vessels while the harbour is repaired.',
    ]);
  });

  it('keeps the <p> paragraphs of an ordinary page and drops its short <div> labels', () => {
    const html = page(
      '',
      `<div class="menu-label">World</div><div class="byline">By Ana Lima</div>
      <p>Chile sent two transport planes with tents and water to the flooded province on Sunday.</p>
      <p>Argentina said it would send doctors.</p>`,
    );
    expect(extractHtml(html).text).toBe(
      'Chile sent two transport planes with tents and water to the flooded province on Sunday.\n\nArgentina said it would send doctors.',
    );
  });

  it('keeps a lead and a paragraph written straight into <div>s among the story’s <p>s, not prose far from them', () => {
    const html = page(
      '',
      `<div class="site-note">This site is maintained by volunteers and updated every single day of the year.</div>
      <h1>Ferry talks resume</h1>
      <div class="lead">Malta and Italy resumed talks on a shared ferry service on Monday, after a pause of two years.</div>
      <p>The Maltese transport minister said a deal could be signed before the summer season.</p>
      <div class="body-text">Italy’s delegation said it wanted more sailings in winter, when the island is cut off most.</div>
      <p>Both sides will meet again in Valletta next month, and officials expect the talks to last several days.</p>
      <p>Operators in both countries have asked to be heard before any agreement on fares is reached.</p>
      <div class="legal">Reproduction of this material without written permission is prohibited by law.</div>`,
    );
    expect(extractHtml(html).text.split('\n\n')).toEqual([
      'Ferry talks resume',
      'Malta and Italy resumed talks on a shared ferry service on Monday, after a pause of two years.',
      'The Maltese transport minister said a deal could be signed before the summer season.',
      'Italy’s delegation said it wanted more sailings in winter, when the island is cut off most.',
      'Both sides will meet again in Valletta next month, and officials expect the talks to last several days.',
      'Operators in both countries have asked to be heard before any agreement on fares is reached.',
    ]);
  });

  it('reads the story in <div>s when the only <article> is a short teaser card', () => {
    const html = page(
      '',
      `<div class="story"><p>Ghana recalled its ambassador from Lome on Thursday after a dispute over a border market that has simmered for months.</p>
      <p>Togo’s government said it regretted the decision and hoped for talks soon.</p></div>
      <article class="card"><h3>Cocoa prices climb</h3></article>`,
    );
    const text = extractHtml(html).text;
    expect(text).toContain('Ghana recalled its ambassador');
    expect(text).toContain('Togo’s government said');
  });

  it('drops pull quotes, cookie banners, hidden blocks and landmarks of page furniture', () => {
    const html = page(
      '',
      `<div id="cookie-consent"><p>We use cookies to improve your experience.</p></div>
      <div role="navigation"><p>Home, World, Sport, Weather and more sections.</p></div>
      <article>
      <p>Peru’s president called the blockade “an attack on the whole nation” and ordered the road cleared.</p>
      <p class="pullquote">“An attack on the whole nation”</p>
      <div class="pull-quote">“Ordered the road cleared”</div>
      <p hidden>Subscribe to read more.</p>
      <div style="color: red; display:none"><p>Peru’s president called the blockade an attack, the mobile edition says.</p></div>
      <p>Bolivia said it was closely watching the situation.</p>
      </article>`,
    );
    expect(extractHtml(html).text.split('\n\n')).toEqual([
      'Peru’s president called the blockade “an attack on the whole nation” and ordered the road cleared.',
      'Bolivia said it was closely watching the situation.',
    ]);
  });

  it('drops a list of links to other stories with no class to name it, and keeps linked names', () => {
    const html = page(
      '',
      `<article><p>Austria offered to host talks between the two governments, its foreign minister said on Monday.</p>
      <h3>More on this story</h3>
      <ul><li><a href="/a">Army retakes the airport in the north</a></li><li><a href="/b">Why the talks failed last year</a></li></ul>
      <p>Our correspondent <a href="/c">reported from the border last week</a> on the clashes.</p>
      <ul><li><a href="/d">Democratic Republic of the Congo</a></li></ul>
      <p>The <a href="/e">talks are expected to begin</a> in Vienna.</p></article>`,
    );
    expect(extractHtml(html).text.split('\n\n')).toEqual([
      'Austria offered to host talks between the two governments, its foreign minister said on Monday.',
      'More on this story',
      'Our correspondent reported from the border last week on the clashes.',
      'Democratic Republic of the Congo',
      'The talks are expected to begin in Vienna.',
    ]);
  });

  it('drops photo captions written without <figure>', () => {
    const html = page(
      '',
      `<article><div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">Nepal’s prime minister in Kathmandu on Monday.</p></div>
      <p class="image-caption">Rescuers in the hills above Pokhara.</p>
      <p>Nepal asked India for helicopters to reach villages cut off by the landslides.</p></article>`,
    );
    expect(extractHtml(html).text).toBe(
      'Nepal asked India for helicopters to reach villages cut off by the landslides.',
    );
  });

  it('removes soft hyphens and zero-width characters that pages put inside words', () => {
    const html = page('', '<p>Aus&shy;tria and Hun\u200Bgary called for re&shy;straint.</p>');
    expect(extractHtml(html).text).toBe('Austria and Hungary called for restraint.');
  });

  it('drops teasers of other stories in sidebars and rails, which summarise them in sentences', () => {
    const html = page(
      '',
      `<div class="story"><p>Tonga asked Fiji and Samoa for emergency water supplies after the eruption.</p></div>
      <div class="right-rail"><div class="teaser"><p>Samoa’s prime minister said on Friday the budget would be cut.</p></div></div>
      <div class="most-read"><p>Fiji condemned the arrest of its fishermen.</p></div>
      <div id="sidebar"><p>Vanuatu welcomed the new trade deal.</p></div>`,
    );
    expect(extractHtml(html).text).toBe(
      'Tonga asked Fiji and Samoa for emergency water supplies after the eruption.',
    );
  });

  it('splits text that a page separates by blank lines inside one element', () => {
    const html = page(
      '',
      '<article><div class="body">Iceland closed two roads near the volcano on Sunday.\n\n  The civil protection agency said the eruption could last weeks.\n</div></article>',
    );
    expect(extractHtml(html).text).toBe(
      'Iceland closed two roads near the volcano on Sunday.\n\nThe civil protection agency said the eruption could last weeks.',
    );
  });

  it('reads a headline that stands in the site’s <header>, not the header’s menus or logo', () => {
    const html = page(
      '<title>Example Courier</title>',
      `<header class="top"><div class="logo"><h1><a href="/">Example Courier</a></h1></div><ul><li><a href="/w">World</a></li></ul></header>
      <header class="entry-header"><h1 class="entry-title">Chile sends firefighters to Bolivia</h1><ul><li>Politics</li></ul></header>
      <div class="entry"><p>Chile sent two hundred firefighters to eastern Bolivia on Saturday as fires spread.</p></div>`,
    );
    const article = extractHtml(html);
    expect(article.title).toBe('Chile sends firefighters to Bolivia');
    expect(article.text).toBe(
      'Chile sends firefighters to Bolivia\n\nChile sent two hundred firefighters to eastern Bolivia on Saturday as fires spread.',
    );
  });

  it('stops at a nesting no page needs, with an issue, instead of taking minutes', () => {
    const story = '<p>Peru recalled its ambassador on Monday.</p>';
    const html = page('', `${story}${'<font>x '.repeat(MAX_NESTING + 10)}<p>Never read.</p>`);
    const started = Date.now();
    const article = extractHtml(html);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(article.text.startsWith('Peru recalled its ambassador on Monday.')).toBe(true);
    expect(article.text).not.toContain('Never read');
    expect(article.issues?.map((i) => i.code)).toEqual(['ingest.html_too_deep']);
    expect(extractHtml(page('', story)).issues).toBeUndefined();
  });

  it('drops AMP menus, ads and share buttons', () => {
    const html = page(
      '',
      `<amp-sidebar id="menu"><ul><li>News</li><li>Opinion</li></ul></amp-sidebar>
      <h1>Lisbon hosts fisheries talks</h1>
      <p>Portugal and Spain opened talks on sardine quotas in Lisbon on Tuesday.</p>
      <amp-ad type="example"><div placeholder>Loading ad…</div></amp-ad>
      <amp-social-share type="email"></amp-social-share>`,
    );
    expect(extractHtml(html).text).toBe(
      'Lisbon hosts fisheries talks\n\nPortugal and Spain opened talks on sardine quotas in Lisbon on Tuesday.',
    );
  });

  it('reads a Wikipedia-style round-up: list items, definition lists and table rows as blocks, no footnote markers, edit links, contents or references', () => {
    const html = page(
      '<title>Reactions to the Lake Orvan dam collapse - Wikipedia</title>',
      `<div id="content" role="main"><h1>Reactions to the Lake Orvan dam collapse</h1>
      <div id="toc" class="toc"><h2>Contents</h2><ul><li>1 Europe</li></ul></div>
      <h2><span class="mw-headline">Europe</span><span class="mw-editsection">[<a>edit</a>]</span></h2>
      <ul><li><img alt="" src="flag.svg"> Austria – The chancellor offered condolences.<sup class="reference"><a>[3]</a></sup></li>
      <li>Hungary: The government sent rescue teams.<sup>[4]</sup><sup>[5]</sup></li></ul>
      <dl><dt>Slovakia</dt><dd>The foreign ministry expressed sympathy.<sup>[citation needed]</sup></dd></dl>
      <table class="wikitable"><tr><th>Country</th><th>Reaction</th></tr>
      <tr><td>Slovenia</td><td>The prime minister declared a day of mourning.<sup>[6]</sup></td></tr></table>
      <p>Water levels rose by 10<sup>3</sup> cubic metres an hour.</p>
      <h2>References</h2><div class="reflist"><ol class="references"><li>^ "Dam bursts in Orvan". Example Times.</li></ol></div>
      <div class="navbox"><table><tr><td>Disasters in 2026</td></tr></table></div></div>`,
    );
    const blocks = extractHtml(html).text.split('\n\n');
    expect(blocks).toEqual([
      'Reactions to the Lake Orvan dam collapse',
      'Europe',
      'Austria – The chancellor offered condolences.',
      'Hungary: The government sent rescue teams.',
      'Slovakia',
      'The foreign ministry expressed sympathy.',
      'Country',
      'Reaction',
      'Slovenia',
      'The prime minister declared a day of mourning.',
      // a superscript that is no footnote marker stays
      'Water levels rose by 103 cubic metres an hour.',
      'References',
    ]);
  });

  it('reads the date and headline of a schema.org record when the page has no meta date', () => {
    const record = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example Courier' },
        {
          '@type': 'NewsArticle',
          headline: 'Oman brokers prisoner swap',
          datePublished: '2026-02-11T07:45:00Z',
        },
      ],
    };
    const html = page(
      `<script type="application/ld+json">${JSON.stringify(record)}</script><title>Home | Example Courier</title>`,
      '<p>Oman said on Wednesday that it had brokered an exchange of prisoners between the two sides.</p>',
    );
    const article = extractHtml(html);
    expect(article.date).toBe('2026-02-11T07:45:00Z');
    expect(article.title).toBe('Oman brokers prisoner swap');
    expect(article.text).not.toContain('NewsArticle');
  });

  it.each([
    [
      '<meta property="og:title" content="Ferry service suspended | Example Post">',
      '',
      'Ferry service suspended',
    ],
    [
      '<title>World | Ferry service suspended after storm | Example Post</title>',
      '',
      'Ferry service suspended after storm',
    ],
    [
      '<title>Reactions to the flood - Wikipedia</title>',
      '<h1>Reactions to the flood</h1>',
      'Reactions to the flood',
    ],
    ['<title>Peru recalls envoy - Ecuador responds</title>', '', 'Peru recalls envoy - Ecuador responds'],
  ])('reads the title without the site’s name: %s', (head, body, title) => {
    expect(extractHtml(page(head, `${body}<p>Text.</p>`)).title).toBe(title);
  });

  it('skips a malformed schema.org record and keeps the page’s other dates', () => {
    const html = page(
      '<script type="application/ld+json">{"datePublished": "2026-</script>',
      '<article><time datetime="2026-03-04">4 March 2026</time><p>Fiji declared a state of emergency.</p></article>',
    );
    expect(extractHtml(html).date).toBe('2026-03-04');
  });
});
