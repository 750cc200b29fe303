// Invented pages in the shapes real news comes in; written to a temp folder by shapes.test.ts. Every event, person
// and outlet in them is made up. Each is kept as the text a browser or a scraper would save.

/** File name -> content; a page in a legacy charset is given as its characters and written in that charset. */
export const PAGES: Record<string, { text: string; encoding?: BufferEncoding }> = {
  'amp.html': {
    text: `<!doctype html>
<html amp lang="en"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
<title>Ministers meet over grain corridor</title><link rel="canonical" href="https://example.org/grain">
<meta name="viewport" content="width=device-width">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ministers meet over grain corridor","datePublished":"2026-07-21T08:30:00Z","author":{"@type":"Person","name":"Leo Brandt"}}
</script>
<style amp-custom>body{font-family:serif}</style></head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay"><ul><li>News</li><li>Opinion</li></ul></amp-sidebar>
<div class="story">
<h1>Ministers meet over grain corridor</h1>
<amp-img src="x.jpg" width="600" height="400" layout="responsive" alt="Ships"></amp-img>
<p>Turkey on Tuesday proposed a new inspection regime for grain ships in the Black Sea, and Ukraine welcomed the offer.</p>
<amp-social-share type="twitter"></amp-social-share>
<p>Romania said it backed the plan and would open its ports to extra traffic.</p>
<amp-ad width="300" height="250" type="example"><div placeholder>Loading ad…</div></amp-ad>
<p>Russia rejected the proposal as &quot;one-sided&quot;.</p>
</div></body></html>
`,
  },
  'br-latin1.html': {
    text: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Peru recalls envoy</title></head>
<body><table width="600"><tr><td><font face="Arial"><b>Peru recalls envoy after border incident</b><br><br>
LIMA, March 2, 2026 - Peru recalled its ambassador to Ecuador on Monday after soldiers crossed the border near Tumbes.<br><br>
The foreign ministry called the incursion &quot;unacceptable&quot; and demanded an explanation.<br>
Ecuador's defence minister said the patrol had lost its way.<br><br>
Colombia offered to mediate between the two neighbours. Señor Pérez of the OAS said talks would open «very soon».
</font></td></tr></table>
<p>&copy; 2026 Example Wire. All rights reserved.</p></body></html>
`,
    encoding: 'latin1',
  },
  'embedded-post.html': {
    text: `<html><head><title>Leaders react to Corvala ferry disaster</title></head><body><article>
<h1>Leaders react to Corvala ferry disaster</h1>
<p>More than forty people died when a ferry capsized off Corvala on Sunday, coast guard officials said.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Deeply saddened by the loss of life off Corvala. My thoughts are with the families of the victims.</p>&mdash; Tomas Verhoeven (@tverhoeven) <a href="https://example.org/status/1">June 7, 2026</a></blockquote>
<p>The ferry operator said it was cooperating with investigators.</p>
<p>&mdash; Reporting by Ana Lindqvist.</p>
</article></body></html>
`,
  },
  'news-site.html': {
    text: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Border clash: Vardania condemns shelling | Daily Meridian</title>
<meta name="description" content="Governments react to the shelling of Korvet.">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Neighbours condemn shelling of Korvet border town","datePublished":"2026-05-14T09:12:00+02:00"}</script>
</head>
<body>
<div id="cookie-banner" class="consent"><p>We use cookies to improve your experience. <button>Accept all</button></p></div>
<header class="masthead"><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="page">
<div class="article-body">
<h1 class="headline">Neighbours condemn shelling of Korvet border town</h1>
<div class="byline">By <a href="/authors/m-okafor">Miriam Okafor</a>, Senior Correspondent</div>
<div class="dateline">Published 14 May 2026, 09:12</div>
<ul class="share-buttons"><li>Share on Facebook</li><li>Share on X</li><li>Email</li></ul>
<p>ALMATY, Kazakhstan &mdash; Kazakhstan&#8217;s foreign ministry on Wednesday condemned the shelling of the border town of Korvet, which killed six civilians, and called it &ldquo;a grave violation of international law.&rdquo;</p>
<figure class="lead-image"><img src="a.jpg" alt="Smoke"><figcaption>Smoke rises over Korvet on Tuesday. Photo: Daniyar Seitkali/Agence Example</figcaption></figure>
<p>Kyrgyzstan&rsquo;s president, Aigul Tokoeva, said her country was &ldquo;deeply alarmed&rdquo; and urged both sides to exercise restraint.</p>
<div class="ad-slot"><p>Advertisement</p></div>
<p class="pullquote">&ldquo;A grave violation of international law&rdquo;</p>
<h2>Calls for talks</h2>
<p>The United Nations Secretary-General called for an immediate return to negotiations. &ldquo;There is no military solution,&rdquo; his spokesman told reporters in New York.</p>
<blockquote class="twitter-tweet"><p lang="en">We stand with the people of Korvet. Our thoughts are with the families of the victims.</p>&mdash; Turkish Foreign Ministry (@ExampleMFA) <a href="#">May 14, 2026</a></blockquote>
<p>Russia, for its part, said it was closely monitoring the situation.</p>
<div class="related-stories"><h3>Related stories</h3><ul><li><a href="#">Korvet: a town on the front line</a></li><li><a href="#">Explainer: the border dispute</a></li></ul></div>
<p>The European Union said it would consider sanctions against those responsible.</p>
<p class="article-footer-note">(Reporting by Miriam Okafor; Editing by Paul Renner)</p>
</div>
<aside class="sidebar"><h3>Most read</h3><ol><li>Football: late winner</li></ol></aside>
</div>
<footer><p>&copy; 2026 Daily Meridian</p></footer>
</body>
</html>
`,
  },
  'pasted-page.txt': {
    text: `Chad closes border with Sudan after refugee influx
Published: 12 August 2026 10:40 BST
Share this article
N'DJAMENA, Chad — Chad closed its eastern border with Sudan on Tuesday after tens of thousands of refugees crossed in a week, the interior ministry said.
Advertisement
The UN refugee agency said it was "deeply concerned" by the closure and urged Chad to keep the border open for people fleeing violence.
READ MORE: Sudan army retakes El Fasher airport
Related: Egypt sends aid convoy to Darfur
France called on both governments to protect civilians.
Sign up for our newsletter
Copyright 2026 Example Post. All rights reserved.
`,
  },
  'roundup-wiki.html': {
    text: `<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>International reactions to the 2026 Tessaly coup - Wikipedia</title></head>
<body>
<div id="mw-navigation"><ul><li>Main page</li><li>Contents</li><li>Random article</li></ul></div>
<div id="content" class="mw-body" role="main">
<h1 id="firstHeading">International reactions to the 2026 Tessaly coup</h1>
<div id="bodyContent"><div id="siteSub">From Wikipedia, the free encyclopedia</div>
<div class="mw-parser-output">
<p>The <b>2026 Tessaly coup</b> drew reactions from governments and international organisations around the world.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<div id="toc" class="toc"><h2>Contents</h2><ul><li>1 Supranational bodies</li><li>2 Africa</li><li>3 Europe</li></ul></div>
<h2><span class="mw-headline" id="Supranational">Supranational bodies</span><span class="mw-editsection">[<a href="#">edit</a>]</span></h2>
<ul>
<li><img alt="" src="Flag_AU.png" class="thumbborder"> <a href="#">African Union</a> – The Chairperson of the Commission condemned the seizure of power and demanded the immediate release of the president.<sup class="reference">[2]</sup></li>
<li><a href="#">United Nations</a> – Secretary-General expressed deep concern and called on all parties to show restraint.<sup>[3]</sup></li>
</ul>
<h2><span class="mw-headline">Africa</span></h2>
<ul>
<li><span class="flagicon"><img alt="" src="Flag_of_Nigeria.svg"></span> <a href="#">Nigeria</a>: The Ministry of Foreign Affairs said it "strongly condemns" the coup.<sup>[4][5]</sup></li>
<li><span class="flagicon"><img alt="" src="Flag_of_Kenya.svg"></span>&nbsp;<a href="#">Kenya</a>&nbsp;– President said Kenya stood with the people of Tessaly and urged a return to constitutional order.<sup>[6]</sup></li>
</ul>
<h3>Europe</h3>
<dl><dt><a href="#">France</a></dt><dd>The foreign ministry called for the restoration of the elected government.<sup>[7]</sup></dd>
<dt><a href="#">Germany</a></dt><dd>The federal government said it was suspending development aid.<sup>[8]</sup></dd></dl>
<h2>Americas</h2>
<table class="wikitable sortable">
<tr><th>Country</th><th>Reaction</th></tr>
<tr><td><span class="flagicon"><img alt="" src="Flag_of_Brazil.svg"></span> <a href="#">Brazil</a></td><td>The Itamaraty said it was following events with concern and called for dialogue.<sup>[9]</sup></td></tr>
<tr><td><a href="#">Canada</a></td><td>Ottawa condemned the coup and announced sanctions against the coup leaders.<sup>[10]</sup></td></tr>
</table>
<h2><span class="mw-headline">References</span></h2>
<div class="reflist"><ol class="references"><li id="cite_note-1"><a href="#">^</a> "Tessaly army seizes power". Example News. 3 March 2026.</li><li>^ "Nigeria condemns coup". Example Times.</li></ol></div>
<div class="navbox"><table><tr><th>Tessaly topics</th></tr><tr><td>History • Politics • Economy</td></tr></table></div>
</div></div></div>
<div id="footer"><ul><li>This page was last edited on 4 March 2026.</li><li>Text is available under the Creative Commons Attribution-ShareAlike License</li></ul></div>
</body></html>
`,
  },
  'table-text.txt': {
    text: `Reactions to the Tessaly coup

Country	Reaction
Malta	The prime minister spoke to reporters on Monday. The foreign ministry later urged the military to return to barracks.
Slovenia	Parliament held a minute of silence. The prime minister condemned the coup.
`,
  },
  'wire-trailers.txt': {
    text: `Greece offers firefighting planes to Albania

ATHENS, Aug 3 (Reuters) - Greece sent two firefighting planes to Albania on Sunday as wildfires spread near Vlore, the Greek civil protection ministry said.

Firefighters battle flames near Vlore on Sunday. Photograph: Eleni Kostas/Example Agency

Albania's prime minister thanked Athens and said Italy had also offered help.

Reporting by Nikos Pappas; Additional reporting by Ardit Hoxha in Tirana; Editing by Clare Fox and Tom Hale

Our Standards: The Example Trust Principles.

Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
`,
  },
};
