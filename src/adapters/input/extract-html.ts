// An HTML page -> its main text (paragraphs separated by blank lines), title and publication date.
import { Parser } from 'htmlparser2';

export interface HtmlArticle {
  /** The produced plain text: all spans of the analysis refer to it. */
  text: string;
  title?: string;
  date?: string;
}

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
// class="share-tools", id="photo-credit", class="article__related": furniture by its name.
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:credits?|share|sharing|social|related|newsletter|advert|ads?|cookies?|promo|subscribe|comments?|breadcrumbs?)(?:$|[\s_-])/i;
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

export function extractHtml(html: string): HtmlArticle {
  const blocks: Block[] = [];
  const stack: { name: string; dropped: boolean; main: boolean; content: boolean }[] = [];
  let dropDepth = 0;
  let mainDepth = 0;
  let contentDepth = 0;
  let buffer = '';
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

  const flush = (): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, main: bufferMain, content: bufferContent });
    buffer = '';
    bufferMain = false;
    bufferContent = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
          const content = attributes.content?.trim();
          if (content && key === 'og:title') ogTitle = content;
          if (content && (DATE_META.has(key) || key === 'datepublished')) metaDate ??= content;
        }
        if (name === 'time' && attributes.datetime) timeDate ??= attributes.datetime.trim();
        const furniture =
          DROPPED.has(name) ||
          (name === 'header' && mainDepth === 0) ||
          FURNITURE_NAME.test(`${attributes.class ?? ''} ${attributes.id ?? ''}`);
        const main = name === 'article' || name === 'main' || attributes.role === 'main';
        const content = CONTENT.has(name);
        if (BLOCKS.has(name)) flush();
        stack.push({ name, dropped: furniture, main, content });
        if (furniture) dropDepth++;
        if (main) mainDepth++;
        if (content) contentDepth++;
        if (name === 'h1' && dropDepth === 0 && h1 === undefined) {
          inH1 = true;
          h1Text = '';
        }
      },
      ontext(data) {
        if (inTitle) pageTitle += data;
        if (dropDepth > 0) return;
        if (inH1) h1Text += data;
        buffer += data;
        if (mainDepth > 0) bufferMain = true;
        if (contentDepth > 0) bufferContent = true;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
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
            if (closed.main) mainDepth--;
            if (closed.content) contentDepth--;
          }
          break;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const hasMain = blocks.some((block) => block.main);
  const kept = blocks.filter((block) => (hasMain ? block.main : block.content));
  const article: HtmlArticle = { text: kept.map((block) => block.text).join('\n\n') };
  const title = ogTitle ?? h1 ?? (pageTitle.replace(/\s+/g, ' ').trim() || undefined);
  if (title) article.title = title;
  const date = metaDate ?? timeDate;
  if (date) article.date = date;
  return article;
}
