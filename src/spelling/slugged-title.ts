/**
 * Link text that is its target's own title, as the target's address spells it: a slide deck, a
 * post or a video on another site whose address ends in the slug of its title
 * (`<a href="https://slides.example.com/ana/encouragin-you-to-write">Encouragin you to write</a>`).
 * The words are the target's, quoted as its author titled it — a typo and all, and changing them
 * would misquote it. Only the whole text counts, three words or more, against one path segment of
 * an absolute address (a page on another site: the site's own `/posts/…` slugs are its own words),
 * without a file's extension (`…/feature-comparision.xlsx` is a file named after the text, not a
 * title). A word of the text the address does not carry (a typo planted into the text) breaks the match.
 */
const fewestWords = 3;

/** The title's slug: lower case, runs of anything but letters and digits made one dash. */
function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

export function sluggedTitle(text: string, url: string): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  const words = text.trim().split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length < fewestWords) return false;
  const wanted = slug(text);
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return false;
  }
  return path.split('/').some((segment) => {
    const page = segment.replace(/\.html?$/i, '');
    return !/\.\w+$/.test(page) && slug(page) === wanted;
  });
}

/** The text of a raw HTML link from its span (opening tag to closing tag), tags dropped. */
export function rawLinkText(source: string, link: readonly [number, number, string]): string {
  return source.slice(link[0], link[1]).replace(/<[^>]*>?/g, ' ');
}
