/**
 * A Jekyll post's categories as its URL's `:categories` writes them (jekyll/jekyll lib/jekyll):
 * - Document#categories_from_path: the folders of its path before `_posts` (`life/_posts/x.md` is in
 *   `life`; none for a post right in `_posts`, none from folders below it);
 * - Document#merge_categories!: the front matter's `categories` (a string split at spaces) joined to
 *   those with Ruby's `|`, so a category the folder already gives is not added twice;
 * - Document#populate_categories: then `category` (or `categories` again) from
 *   Utils.pluralized_array_from_hash, each as text, duplicates dropped;
 * - Drops::UrlDrop#categories: each lower-cased into a Set, joined with `/`.
 * So `life/_posts/…` with `category: life` is `/life/2019/…`, not `/life/life/2019/…`.
 */
import {basename} from 'node:path';

function asList(value: unknown, split: boolean): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.filter((item) => item !== null && item !== undefined).flat().map(String);
  return typeof value === 'string' && split ? value.split(/\s+/).filter((part) => part !== '') : [String(value)];
}

/** The `:categories` of a post whose path below the collections folder is `rel` (POSIX), in URL form (`a/b`). */
export function postCategoriesUrl(rel: string, data: Record<string, unknown>): string {
  const special = '_posts';
  // `relative_path.sub(/_posts.*/, "")`, split at `/`, without empty parts, `_posts` and the file's own name.
  const cut = rel.indexOf(special);
  const superdirs = rel.startsWith(special) ? [] : rel.slice(0, cut === -1 ? rel.length : cut).split('/').filter((part) => part !== '' && part !== special && part !== basename(rel));
  const merged = 'categories' in data && data.categories !== null && data.categories !== undefined ? union(superdirs, asList(data.categories, true)) : superdirs;
  const singular = 'category' in data && data.category !== null && data.category !== undefined ? asList(data.category, false) : asList(data.categories, true);
  const categories = union(merged, singular);
  return [...new Set(categories.map((category) => category.toLowerCase()))].join('/');
}

/** Ruby's `a | b`: a's items, then b's not already there, each once. */
function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
