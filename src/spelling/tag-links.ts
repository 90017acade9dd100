/**
 * A link to a tag or category page for exactly its text (`<a href="http://www.technorati.com/tag/flickr"
 * rel="tag">flickr</a>`, `[web components](/tags/web-components/)`): the text is the keyword the page is
 * filed under, written as the tag is (lower case, a slug), not prose naming a brand or using a word.
 * The whole text must be the last segment of the path, right after a `tag`/`tags`/`category`/
 * `categories`/`topic`/`topics`/`label`/`labels` segment, as a slug (case, spaces made `-`, `+` or `_`).
 * Link text the address does not repeat whole (`[Github](https://example.org/tag/git)`) is read.
 */
const tagSegment = /^(?:tags?|categor(?:y|ies)|topics?|labels?)$/i;

/** The slug of a tag's text: lower case, runs of spaces made one dash. */
function tagSlug(text: string): string {
  return text.trim().toLowerCase().replace(/[\s+_-]+/g, '-');
}

export function tagLink(text: string, url: string): boolean {
  const wanted = tagSlug(text);
  if (wanted === '' || !/[\p{L}]/u.test(wanted)) return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'https://site.invalid/').pathname);
  } catch {
    return false;
  }
  const segments = path.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1)?.replace(/\.html?$/i, '');
  const parent = segments.at(-2);
  return last !== undefined && parent !== undefined && tagSegment.test(parent) && tagSlug(last) === wanted;
}
