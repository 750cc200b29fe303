// Bytes of a file -> its text (UTF-8, UTF-16 with or without a byte-order mark, the charset an HTML page declares,
// or a legacy Windows-1252/Latin-1 file) plus issues, or a verdict that it is binary.
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
  return { encoding: sniffUtf16(head) ?? 'utf-8', bom: 0 };
}

/**
 * UTF-16 without a mark: text in a Latin script has a NUL in every other byte. Says which order when
 * at least 90% of the odd (little-endian) or even (big-endian) bytes of the first 8 KB are NUL and
 * almost none of the others are.
 */
function sniffUtf16(head: Uint8Array): Encoding | null {
  const length = Math.min(head.length, SNIFF_BYTES) & ~1;
  if (length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  if (oddNul >= 0.9 * pairs && evenNul <= 0.05 * pairs) return 'utf-16le';
  if (evenNul >= 0.9 * pairs && oddNul <= 0.05 * pairs) return 'utf-16be';
  return null;
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

// <meta charset="windows-1251">, <meta http-equiv="Content-Type" content="text/html; charset=shift_jis">,
// <?xml version="1.0" encoding="iso-8859-2"?>
const CHARSET_DECLARATION =
  /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)|<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i;

/**
 * The character encoding an HTML or XML page declares in its first 2 KB, as a label TextDecoder knows
 * ("windows-1251", "shift_jis"), or undefined when it declares none or one TextDecoder does not know.
 */
export function declaredCharset(head: Uint8Array): string | undefined {
  const start = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  const match = CHARSET_DECLARATION.exec(start);
  const label = (match?.[1] ?? match?.[2])?.toLowerCase();
  return label !== undefined && isKnownEncoding(label) ? label : undefined;
}

function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false; // TextDecoder throws a RangeError for a label it does not support
  }
}

/**
 * Decodes a whole file, or its first bytes when `partial` (a multi-byte character cut at the end is
 * dropped). Bytes that are not valid UTF-8 are read in the `declared` charset when a page declares one
 * other than UTF-8 (valid UTF-8 stays UTF-8: pages re-saved as UTF-8 often keep their old declaration),
 * else as Windows-1252 with an `ingest.legacy_encoding` issue when no byte forms a UTF-8 sequence, else
 * with U+FFFD replacements and an `ingest.invalid_utf8` issue.
 */
export function decodeBytes(bytes: Uint8Array, partial = false, declared?: string): Decoded {
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
  if (
    declared !== undefined &&
    new TextDecoder(declared).encoding !== 'utf-8' &&
    !isValidUtf8(body, partial)
  ) {
    return {
      kind: 'text',
      text: new TextDecoder(declared).decode(body, { stream: partial }),
      encoding,
      issues,
    };
  }
  if (isLegacySingleByte(body)) {
    issues.push(
      issueAt(
        'ingest.legacy_encoding',
        'The input is not UTF-8 but a single-byte legacy encoding; it was read as Windows-1252 (Latin-1). Re-save the file as UTF-8 if any character looks wrong.',
      ),
    );
    return { kind: 'text', text: new TextDecoder('windows-1252').decode(body), encoding, issues };
  }
  const text = decodeUtf8(body, partial, issues);
  return { kind: 'text', text, encoding, issues };
}

/**
 * Bytes above 0x7F that never form a valid UTF-8 sequence, and not one that does: a Latin-1 or
 * Windows-1252 file ("Café" saved by an old editor). A UTF-8 file with a few corrupt bytes has valid
 * multi-byte sequences too, and stays UTF-8 with replacements.
 */
export function isLegacySingleByte(bytes: Uint8Array): boolean {
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] as number;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const need =
      byte >= 0xc2 && byte <= 0xdf
        ? 1
        : byte >= 0xe0 && byte <= 0xef
          ? 2
          : byte >= 0xf0 && byte <= 0xf4
            ? 3
            : 0;
    let valid = need > 0 && i + need < bytes.length;
    for (let k = 1; valid && k <= need; k++) valid = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (valid) return false;
    invalid++;
    i++;
  }
  return invalid > 0;
}

function isValidUtf8(bytes: Uint8Array, partial: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: partial });
    return true;
  } catch {
    return false; // the fatal decoder throws a TypeError at the first invalid sequence
  }
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
