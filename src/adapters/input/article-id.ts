// A file path (and the directory it was found under) -> a stable article id: "wire/kyiv-strike", "feed:12".
import { basename, extname, relative, sep } from 'node:path';

/**
 * The path relative to the directory named on the command line, without its extension, with `/`
 * separators; for a file named directly, its base name without extension.
 */
export function idFromPath(file: string, root?: string): string {
  const path = root === undefined ? basename(file) : relative(root, file);
  const withoutExtension = path.slice(0, path.length - extname(path).length);
  return withoutExtension.split(sep).join('/');
}

/** A JSON Lines record without its own id: the file's id and the 1-based line number. */
export function idFromLine(fileId: string, line: number): string {
  return `${fileId}:${line}`;
}
