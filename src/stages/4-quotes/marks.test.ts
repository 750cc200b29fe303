// Stage 4, the mark scan alone: invented paragraphs -> quotation-mark spans (the scan searches the whole
// text once, so a mark found past one paragraph's end must still open or close in its own paragraph).
import { describe, expect, it } from 'vitest';
import type { Paragraph, ParagraphKind } from '../../model/article.js';
import { findQuoteMarks } from './marks.js';

/** The text of the paragraphs joined by blank lines, and their spans. */
function paragraphsOf(parts: [ParagraphKind, string][]): { text: string; paragraphs: Paragraph[] } {
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const [kind, part] of parts) {
    if (text.length > 0) text += '\n\n';
    paragraphs.push({ kind, start: text.length, end: text.length + part.length });
    text += part;
  }
  return { text, paragraphs };
}

describe('findQuoteMarks', () => {
  it('reads each paragraph with its own marks and skips captions', () => {
    const { text, paragraphs } = paragraphsOf([
      ['body', 'The council met on Monday without a statement.'],
      ['caption', 'A "caption" with marks of its own.'],
      ['body', "She said “we will act” and ''very soon'' as well."],
      ['body', '"Done," he said.'],
    ]);
    const { spans, issues } = findQuoteMarks(text, paragraphs);
    const curly = text.indexOf('“');
    const doubled = text.indexOf("''");
    const straight = text.lastIndexOf('"Done');
    expect(issues).toEqual([]);
    expect(spans.map((s) => [s.open, s.innerStart, s.innerEnd, s.end, s.paragraph, s.closed])).toEqual([
      [curly, curly + 1, text.indexOf('”'), text.indexOf('”') + 1, 2, true],
      [doubled, doubled + 2, text.lastIndexOf("''"), text.lastIndexOf("''") + 2, 2, true],
      [straight, straight + 1, text.lastIndexOf('"'), text.lastIndexOf('"') + 1, 3, true],
    ]);
  });

  it('runs an unclosed mark to its paragraph end, not into the next paragraph', () => {
    const { text, paragraphs } = paragraphsOf([
      ['body', 'He said “the vote was fair and'],
      ['body', 'The count ended at noon.'],
    ]);
    const { spans, issues } = findQuoteMarks(text, paragraphs);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.innerEnd).toBe(paragraphs[0]?.end);
    expect(spans[0]?.closed).toBe(false);
    expect(issues.map((issue) => issue.code)).toEqual(['quotes.unbalanced_marks']);
  });

  it('joins a quote opened over four paragraphs into one span, to the last closing mark', () => {
    const { text, paragraphs } = paragraphsOf([
      ['body', '“We saw the convoys move north for a week.'],
      ['body', '“We told our neighbours at once.'],
      ['body', '“We will hold every road.'],
      ['body', '“No one should doubt it.”'],
      ['body', 'The ministry gave no figures.'],
    ]);
    const { spans, issues } = findQuoteMarks(text, paragraphs);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.innerStart).toBe((paragraphs[0]?.start ?? 0) + 1);
    expect(spans[0]?.innerEnd).toBe((paragraphs[3]?.end ?? 0) - 1);
    expect(spans[0]?.closed).toBe(true);
    expect(issues).toEqual([]);
  });
});
