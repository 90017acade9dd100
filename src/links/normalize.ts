/** A URL as postlint checks it: normalized, without its fragment (the fragment is checked apart). */
export interface NormalizedUrl {
  /** Key for de-duplication and the cache: the WHATWG serialization without the fragment. */
  url: string;
  /** The fragment without '#', decoded; undefined when there is none. */
  fragment?: string;
}

/** Only http(s) URLs (and protocol-relative ones, taken as https) are external links. */
export function isExternal(raw: string): boolean {
  return /^(https?:)?\/\//i.test(raw.trim());
}

/**
 * Normalize with the WHATWG parser: lower-case scheme and host, default port dropped, an empty
 * path becomes "/", percent-encoding made uniform. The query is kept as written (order can matter).
 * Returns undefined for a string that is not a valid URL.
 */
export function normalizeUrl(raw: string): NormalizedUrl | undefined {
  let text = raw.trim();
  if (text.startsWith('//')) text = `https:${text}`;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.hostname === '') return undefined;
  const hash = parsed.hash;
  parsed.hash = '';
  const result: NormalizedUrl = {url: parsed.href};
  if (hash.length > 1) result.fragment = safeDecode(hash.slice(1));
  return result;
}

function safeDecode(text: string): string {
  return decodedWith(decodeURIComponent, text);
}

/** A URL path with its escapes decoded (`%20`; `%2F` stays, as decodeURI keeps it), or as written when they are malformed (a stray `%`). */
export function decodedPath(path: string): string {
  return decodedWith(decodeURI, path);
}

function decodedWith(decode: (text: string) => string, text: string): string {
  try {
    return decode(text);
  } catch {
    return text;
  }
}

/**
 * Fragments that are not element ids and are never reported: GitHub line anchors
 * (#L10, #L10-L20, #L10C5-L12C2) and text fragments (#:~:text=...).
 */
export function isIgnoredFragment(fragment: string): boolean {
  return /^L\d+(C\d+)?(-L\d+(C\d+)?)?$/.test(fragment) || fragment.startsWith(':~:') || fragment === '' || fragment === 'top';
}
