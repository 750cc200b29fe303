// Bytes of a file -> its text (UTF-8, or UTF-16 with a byte-order mark) plus issues, or a verdict that it is binary.
import { type Issue, issueAt } from '../../model/issue.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding; issues: Issue[] }
  | { kind: 'binary'; reason: string };

/** How many leading bytes are enough to tell text from binary. */
export const SNIFF_BYTES = 8192;

/** The encoding a byte-order mark announces, with the mark's length; UTF-8 without a mark otherwise. */
export function detectEncoding(head: Uint8Array): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: 0 };
}

/**
 * A reason to call the bytes binary, or null for text. UTF-16 with a mark is text; otherwise a NUL
 * byte, or more than 10% control bytes other than tab, line feed, form feed and carriage return.
 */
export function detectBinary(head: Uint8Array): string | null {
  if (detectEncoding(head).encoding !== 'utf-8') return null;
  const length = Math.min(head.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = head[i] ?? 0;
    if (byte === 0) return 'it contains NUL bytes';
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) {
      control++;
    }
  }
  if (length > 0 && control / length > 0.1) {
    return `${Math.round((100 * control) / length)}% of its first bytes are control characters`;
  }
  return null;
}

/**
 * Decodes a whole file, or its first bytes when `partial` (a multi-byte character cut at the end is
 * dropped). Invalid UTF-8 is decoded with U+FFFD replacements and an `ingest.invalid_utf8` issue.
 */
export function decodeBytes(bytes: Uint8Array, partial = false): Decoded {
  const binary = detectBinary(bytes);
  if (binary) return { kind: 'binary', reason: binary };
  const { encoding, bom } = detectEncoding(bytes);
  const body = bytes.subarray(bom);
  const issues: Issue[] = [];
  if (encoding !== 'utf-8') {
    return {
      kind: 'text',
      text: new TextDecoder(encoding).decode(body, { stream: partial }),
      encoding,
      issues,
    };
  }
  const text = decodeUtf8(body, partial, issues);
  return { kind: 'text', text, encoding, issues };
}

/** Decodes UTF-8; on invalid sequences, decodes again with replacements and records where the first one is. */
export function decodeUtf8(bytes: Uint8Array, partial: boolean, issues: Issue[]): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: partial });
  } catch (error) {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes, { stream: partial });
    const at = text.indexOf('\uFFFD');
    const count = countReplacements(text);
    issues.push(
      issueAt(
        'ingest.invalid_utf8',
        `The input is not valid UTF-8 (${(error as Error).message}); ${count} invalid sequence(s) were replaced by U+FFFD. Re-save the file as UTF-8 to keep those characters.`,
        at < 0 ? undefined : at,
        at < 0 ? undefined : at + 1,
      ),
    );
    return text;
  }
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) count++;
  return count;
}
