// An HTML page -> its main text (paragraphs separated by blank lines), title and publication date.
import { Parser } from 'htmlparser2';
import { type Issue, issueAt } from '../../model/issue.js';

export interface HtmlArticle {
  /** The produced plain text: all spans of the analysis refer to it. */
  text: string;
  title?: string;
  date?: string;
  /** Problems met while reading the page (an element nesting too deep to read on). */
  issues?: Issue[];
}

/**
 * How deep elements may nest before the rest of the page is left unread. Real pages nest a few dozen deep; the
 * HTML parser's work per tag grows with the depth, so thousands of unclosed tags would take minutes.
 */
export const MAX_NESTING = 3000;

class NestingLimit extends Error {}

// Page furniture, never article prose.
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'footer',
  'form',
  'figure',
  'iframe',
  'svg',
  'button',
  'select',
  'textarea',
  'head',
  // AMP's own furniture: menus, ads, share buttons, consent dialogs
  'amp-sidebar',
  'amp-ad',
  'amp-embed',
  'amp-social-share',
  'amp-consent',
  'amp-analytics',
]);
// Elements that end one block of text and start another.
const BLOCKS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'li',
  'ul',
  'ol',
  'div',
  'section',
  'article',
  'main',
  'header',
  'pre',
  'table',
  'tr',
  'td',
  'th',
  'dd',
  'dt',
  'br',
  'hr',
  'body',
]);
// Blocks that hold prose even on a page with no <article> or <main>.
const CONTENT = new Set(['p', 'h1', 'h2', 'h3', 'blockquote', 'li', 'pre']);
// class="share-tools", id="photo-credit", class="wp-caption-text", class="article__related", class="pullquote", class="reflist",
// class="navbox", id="toc", class="mw-editsection", class="sidebar", class="teaser", class="most-read": furniture
// by its name (teasers summarise other stories in sentences of their own). A pull quote repeats a sentence of the
// story out of its context, where it would be read again as a quotation with no speaker or the wrong one.
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:captions?|credits?|logo|branding|masthead|site-title|site-name|share|sharing|social|related|newsletter|advert|ads?|cookies?|consent|promo|subscribe|comments?|breadcrumbs?|pull-?quotes?|reflist|references|footnotes|navbox|toc|editsection|sidebar|widgets?|rail|teasers?|recommended|recommendations|trending|popular|most-?read|more-stories|outbrain|taboola)(?:$|[\s_-])/i;
// style="display: none": text the page never shows (a duplicate for another layout, a template, a dialog)
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
// Landmark roles of page furniture.
const FURNITURE_ROLE = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);
// "[12]", "[a]", "[citation needed]" in a <sup>: a footnote marker, not prose.
const FOOTNOTE_MARKER = /^(?:\s*\[[^\]]{1,24}\]\s*)+$/;
// Soft hyphens (&shy;), zero-width spaces and joiners, word joiners and stray byte-order marks: pages put them
// inside words ("Aus&shy;tria") for line breaking, where they hide the word from every look-up.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// "© 2026 Example Wire. All rights reserved.", "Copyright 2026 …": a page's copyright line, wherever it stands.
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\.?$/i;
const DATE_META = new Set([
  'article:published_time',
  'og:published_time',
  'date',
  'pubdate',
  'publishdate',
  'dc.date.issued',
  'dc.date',
  'parsely-pub-date',
]);

interface Block {
  text: string;
  main: boolean;
  content: boolean;
}

interface Open {
  name: string;
  dropped: boolean;
  /** a <header> outside <article> and <main>: the site's, of which only an <h1> is read */
  siteHeader: boolean;
  headline: boolean;
  main: boolean;
  content: boolean;
  link: boolean;
}

// Words that a name written in full may hold in lower case ("Democratic Republic of the Congo").
const NAME_WORDS = new Set([
  'of',
  'and',
  'the',
  'for',
  'de',
  'du',
  'la',
  'le',
  'des',
  'del',
  'al',
  'on',
  'in',
]);

/**
 * A block whose every word is in links and that reads as a headline ("Army retakes airport in the north"): a
 * link to another page, in a list of related stories or a menu. A linked name ("Democratic Republic of the
 * Congo", a round-up's country) has no lower-case word other than those of NAME_WORDS, and stays.
 */
function isLinkedHeadline(text: string): boolean {
  let lower = 0;
  for (const word of text.split(' ')) {
    if (/^\p{Ll}/u.test(word) && !NAME_WORDS.has(word)) lower++;
  }
  return lower >= 2;
}

export function extractHtml(html: string): HtmlArticle {
  const blocks: Block[] = [];
  const stack: Open[] = [];
  let dropDepth = 0;
  let siteHeaderDepth = 0;
  let headlineDepth = 0;
  // inside furniture, or in the site's header outside its <h1> (a story's headline may stand there)
  const hidden = (): boolean => dropDepth > 0 || (siteHeaderDepth > 0 && headlineDepth === 0);
  let mainDepth = 0;
  let contentDepth = 0;
  let linkDepth = 0;
  let buffer = '';
  // some of the block's text lies outside links
  let bufferUnlinked = false;
  let bufferMain = false;
  let bufferContent = false;
  let pageTitle = '';
  let inTitle = false;
  let ogTitle: string | undefined;
  let h1: string | undefined;
  let inH1 = false;
  let h1Text = '';
  let metaDate: string | undefined;
  let timeDate: string | undefined;
  // <script type="application/ld+json">: the schema.org record most news pages carry
  let linkedData: string | undefined;
  const linkedDataRecords: string[] = [];
  // the text of an open <sup>, held back until it is known not to be a footnote marker
  let sup: string | undefined;

  const flush = (): void => {
    // a blank line in an element's text separates paragraphs (a page that shows its text with white-space: pre-line)
    for (const part of buffer.split(/\n[ \t\r]*\n/)) {
      const text = part.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
      const linkOnly = !bufferUnlinked && isLinkedHeadline(text);
      if (text && !COPYRIGHT.test(text) && !linkOnly)
        blocks.push({ text, main: bufferMain, content: bufferContent });
    }
    buffer = '';
    bufferUnlinked = false;
    bufferMain = false;
    bufferContent = false;
  };
  const addText = (data: string): void => {
    if (inH1) h1Text += data;
    buffer += data;
    if (linkDepth === 0 && /\S/.test(data)) bufferUnlinked = true;
    if (mainDepth > 0) bufferMain = true;
    if (contentDepth > 0) bufferContent = true;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (stack.length >= MAX_NESTING) throw new NestingLimit();
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          const content = attributes.content?.trim();
          if (content && key === 'og:title') ogTitle = content;
          if (content && (DATE_META.has(key) || key === 'datepublished')) metaDate ??= content;
        }
        if (name === 'time' && attributes.datetime) timeDate ??= attributes.datetime.trim();
        if (name === 'script' && attributes.type?.toLowerCase() === 'application/ld+json') linkedData = '';
        const siteHeader = name === 'header' && mainDepth === 0;
        const headline = name === 'h1';
        const furniture =
          DROPPED.has(name) ||
          attributes.hidden !== undefined ||
          HIDDEN_STYLE.test(attributes.style ?? '') ||
          FURNITURE_ROLE.has(attributes.role ?? '') ||
          FURNITURE_NAME.test(`${attributes.class ?? ''} ${attributes.id ?? ''}`);
        const main = name === 'article' || name === 'main' || attributes.role === 'main';
        const content = CONTENT.has(name);
        if (BLOCKS.has(name)) flush();
        const link = name === 'a' && attributes.href !== undefined;
        stack.push({ name, dropped: furniture, siteHeader, headline, main, content, link });
        if (furniture) dropDepth++;
        if (siteHeader) siteHeaderDepth++;
        if (headline) headlineDepth++;
        if (name === 'sup' && !hidden()) sup = '';
        if (link) linkDepth++;
        if (main) mainDepth++;
        if (content) contentDepth++;
        if (name === 'h1' && dropDepth === 0 && h1 === undefined) {
          inH1 = true;
          h1Text = '';
        }
      },
      ontext(data) {
        if (inTitle) pageTitle += data;
        if (linkedData !== undefined) linkedData += data;
        if (hidden()) return;
        if (sup !== undefined) sup += data;
        else addText(data);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script' && linkedData !== undefined) {
          linkedDataRecords.push(linkedData);
          linkedData = undefined;
        }
        if (name === 'sup' && sup !== undefined) {
          const held = sup;
          sup = undefined;
          if (!FOOTNOTE_MARKER.test(held)) addText(held);
        }
        if (name === 'h1' && inH1) {
          inH1 = false;
          h1 = h1Text.replace(/\s+/g, ' ').trim() || undefined;
        }
        if (BLOCKS.has(name)) flush();
        // htmlparser2 closes implied elements itself; pop up to the matching open tag.
        for (let i = stack.length - 1; i >= 0; i--) {
          if (stack[i]?.name !== name) continue;
          for (const closed of stack.splice(i)) {
            if (closed.dropped) dropDepth--;
            if (closed.siteHeader) siteHeaderDepth--;
            if (closed.headline) headlineDepth--;
            if (closed.link) linkDepth--;
            if (closed.main) mainDepth--;
            if (closed.content) contentDepth--;
          }
          break;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  let cutAt: number | undefined;
  try {
    parser.write(html);
    parser.end();
  } catch (error) {
    if (!(error instanceof NestingLimit)) throw error;
    cutAt = parser.startIndex;
  }
  if (sup !== undefined && !FOOTNOTE_MARKER.test(sup)) addText(sup);
  flush();

  const schema = readLinkedData(linkedDataRecords);
  const article: HtmlArticle = {
    text: selectBlocks(blocks)
      .map((block) => block.text)
      .join('\n\n'),
  };
  const headTitle = pageTitle.replace(/\s+/g, ' ').trim();
  const title =
    (ogTitle && withoutSiteName(ogTitle, h1)) ??
    schema.headline ??
    h1 ??
    (headTitle ? withoutSiteName(headTitle, h1) : undefined);
  if (title) article.title = title.replace(INVISIBLE, '');
  const date = metaDate ?? schema.datePublished ?? timeDate;
  if (date) article.date = date;
  if (cutAt !== undefined) {
    article.issues = [
      issueAt(
        'ingest.html_too_deep',
        `The page nests more than ${MAX_NESTING} elements (unclosed tags?); it was read only up to character ${cutAt} of its HTML. Repair the page's markup to read the rest.`,
      ),
    ];
  }
  return article;
}

/**
 * A page title without the site's name: "Ferry service suspended | Example Post" -> "Ferry service suspended"; the
 * page's <h1> when the title is it plus a suffix ("Reactions to the flood - Wikipedia"). A title with no "|" and no
 * <h1> to compare with is kept whole: "Peru recalls envoy - Ecuador responds" may be a headline.
 */
function withoutSiteName(title: string, h1: string | undefined): string {
  if (h1 && title !== h1 && title.startsWith(h1) && /^\s+[|–—-]\s/.test(title.slice(h1.length))) return h1;
  const parts = title.split(/\s+\|\s+/);
  if (parts.length === 1) return title;
  return parts.reduce((longest, part) => (part.length > longest.length ? part : longest));
}

/** A block of at least 60 characters that ends a sentence: prose, not a menu entry or a label. */
function isProse(block: Block): boolean {
  return block.text.length >= 60 && /[.!?]["”’)]?$/.test(block.text);
}

function countChars(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

/**
 * The blocks of the story. On a page with <article> or <main>, the blocks inside it, unless more prose lies
 * outside it in paragraphs than inside (an <article> that is only a teaser card beside a story in plain <div>s).
 * Otherwise the prose elements (<p>, <h1>, <li> …) and the prose in other elements among them (a lead or a paragraph
 * written straight into a <div>), unless twice as much prose lies outside them as in them: a page that separates its
 * paragraphs with <br> in a <td> or <div> and has no <p>, whose every block is then kept.
 */
function selectBlocks(blocks: readonly Block[]): Block[] {
  const inMain = blocks.filter((block) => block.main);
  if (inMain.length > 0) {
    const proseOutside = blocks.filter((block) => !block.main && block.content && isProse(block));
    if (countChars(inMain) >= countChars(proseOutside)) return inMain;
  }
  const isContent = (block: Block) => block.content || block.main;
  const content = blocks.filter(isContent);
  const proseElsewhere = blocks.filter((block) => !isContent(block) && isProse(block));
  if (countChars(proseElsewhere) > 2 * countChars(content)) return [...blocks];
  const first = blocks.findIndex(isContent);
  const last = blocks.findLastIndex(isContent);
  return blocks.filter(
    (block, index) => isContent(block) || (isProse(block) && index > first && index < last),
  );
}

/**
 * The publication date and headline of a page's schema.org record (JSON-LD): an object, an array of them, or a
 * "@graph" of them; the first article-like record that has them. Records that are not valid JSON are skipped:
 * they are page metadata, and the page's other dates still apply.
 */
function readLinkedData(records: readonly string[]): { datePublished?: string; headline?: string } {
  const found: { datePublished?: string; headline?: string } = {};
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === 'string') found.datePublished ??= record.datePublished.trim();
    if (typeof record.headline === 'string') found.headline ??= record.headline.replace(/\s+/g, ' ').trim();
    visit(record['@graph'], depth + 1);
  };
  for (const record of records) visit(parseJson(record), 0);
  if (found.headline === '') delete found.headline;
  return found;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // a malformed record is skipped (see readLinkedData)
  }
}
