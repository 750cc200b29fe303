// Paths named on the command line -> every article in them, in stable order, or an InputError for each input that cannot be read.
import type { Dirent } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ArticleInput } from '../../model/article.js';
import type { InputError } from '../../model/input-error.js';
import { idFromPath } from './article-id.js';
import { decodeBytes, detectBinary, detectEncoding, SNIFF_BYTES } from './decode.js';
import { extractHtml } from './extract-html.js';
import { readFileText } from './read-file.js';
import { readJsonLinesFile, readJsonLinesText } from './read-jsonl.js';

export type InputRecord = ArticleInput | InputError;

export interface ReadOptions {
  /** Longest article text kept, in UTF-16 units (the resolved config's maxArticleChars). */
  maxChars: number;
}

/** The extensions a directory walk picks up; a file named directly is read whatever its extension. */
export const INPUT_EXTENSIONS = ['.txt', '.jsonl', '.html', '.htm'] as const;

/**
 * Yields, for each path in order, its articles: a file's one article (`.txt`, `.html`, `.htm`, any
 * other extension read as plain text), a `.jsonl` file's records line by line, a directory's files
 * recursively in sorted order. Nothing is thrown for a bad input: it becomes an InputError.
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions,
): AsyncGenerator<InputRecord> {
  for (const path of paths) {
    let kind: 'file' | 'directory' | 'other';
    try {
      const info = await stat(path);
      kind = info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
    } catch (error) {
      yield inputError('input.not_found', `cannot read it (${(error as Error).message}).`, path);
      continue;
    }
    if (kind === 'other') {
      yield inputError('input.not_a_file', 'it is neither a file nor a directory.', path);
    } else if (kind === 'file') {
      yield* readInputFile(path, idFromPath(path), options);
    } else {
      for await (const file of listInputFiles(path)) {
        if (typeof file === 'string') yield* readInputFile(file, idFromPath(file, path), options);
        else yield file;
      }
    }
  }
}

/** Every input file below `directory` (dot-folders and node_modules skipped), sorted by path; an unreadable folder is an InputError. */
export async function* listInputFiles(directory: string): AsyncGenerator<string | InputError> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    yield inputError('input.unreadable', `cannot list the folder (${(error as Error).message}).`, directory);
    return;
  }
  const sorted = entries
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of sorted) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) yield* listInputFiles(path);
    else if ((entry.isFile() || entry.isSymbolicLink()) && isInputFile(entry.name)) yield path;
  }
}

export function isInputFile(name: string): boolean {
  return (INPUT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

async function* readInputFile(file: string, id: string, options: ReadOptions): AsyncGenerator<InputRecord> {
  const extension = extname(file).toLowerCase();
  try {
    if (extension === '.jsonl') {
      const head = await readHead(file);
      const binary = detectBinary(head);
      if (binary) {
        yield inputError('input.binary', `skipped: ${binary}.`, file);
      } else if (detectEncoding(head).encoding !== 'utf-8') {
        const decoded = decodeBytes(await readFile(file));
        if (decoded.kind === 'text') yield* readJsonLinesText(decoded.text, file, id);
      } else {
        yield* readJsonLinesFile(file, id);
      }
      return;
    }
    const html = extension === '.html' || extension === '.htm';
    const read = await readFileText(file, options.maxChars, html);
    if (read.kind === 'binary') {
      yield inputError('input.binary', `skipped: ${read.reason}.`, file);
      return;
    }
    const input: ArticleInput = { id, text: read.text, origin: { file } };
    if (html) {
      const page = extractHtml(read.text);
      input.text = page.text;
      if (page.title !== undefined) input.title = page.title;
      if (page.date !== undefined) input.date = page.date;
      // The HTML's own offsets mean nothing in the extracted text: keep the issues, not their spans.
      const issues = [...read.issues.map(({ code, message }) => ({ code, message })), ...(page.issues ?? [])];
      if (issues.length > 0) input.issues = issues;
    } else if (read.issues.length > 0) {
      input.issues = read.issues;
    }
    yield input;
  } catch (error) {
    yield inputError('input.unreadable', `cannot read it (${(error as Error).message}).`, file);
  }
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const bytes = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await handle.read(bytes, 0, SNIFF_BYTES, 0);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function inputError(code: string, message: string, file: string): InputError {
  return { kind: 'input-error', code, message, file };
}
