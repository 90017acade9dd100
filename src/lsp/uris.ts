import {fileURLToPath, pathToFileURL} from 'node:url';

/** The file path of a `file:` URI; other schemes (untitled:) get a path that exists nowhere. */
export function pathOf(uri: string): string {
  if (uri.startsWith('file:')) return fileURLToPath(uri);
  return `/${encodeURIComponent(uri)}`;
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}
