// A file path -> its decoded text, reading at most a bounded prefix of huge files so memory stays bounded.
import { open } from 'node:fs/promises';
import { type Issue, issueAt } from '../../model/issue.js';
import { declaredCharset, decodeBytes } from './decode.js';

export type FileText = { kind: 'text'; text: string; issues: Issue[] } | { kind: 'binary'; reason: string };

/**
 * Reads the file's text. A file whose bytes could hold more than `maxChars` characters is read only
 * up to that bound (3 UTF-8 bytes per UTF-16 unit at most); the text is cut at `maxChars` with an
 * `ingest.article_truncated` issue, so a 100 MB file costs a few MB. An HTML page's bytes are read in the
 * charset it declares when they are not UTF-8.
 */
export async function readFileText(file: string, maxChars: number, html = false): Promise<FileText> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const limit = Math.min(size, maxChars * 3 + 4);
    const bytes = new Uint8Array(limit);
    let filled = 0;
    while (filled < limit) {
      const { bytesRead } = await handle.read(bytes, filled, limit - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    const partial = filled < size;
    const read = bytes.subarray(0, filled);
    const decoded = decodeBytes(read, partial, html ? declaredCharset(read) : undefined);
    if (decoded.kind === 'binary') return decoded;
    if (!partial && decoded.text.length <= maxChars) return decoded;
    const text = cutAt(decoded.text, maxChars);
    const issues = [
      ...decoded.issues,
      issueAt(
        'ingest.article_truncated',
        `The file has ${size} bytes; only its first ${text.length} characters were analysed (raise maxArticleChars to read more).`,
        text.length,
        text.length,
      ),
    ];
    return { kind: 'text', text, issues };
  } finally {
    await handle.close();
  }
}

/** The first `max` UTF-16 units, one fewer when that would split a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
