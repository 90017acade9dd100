/**
 * Block tags whose body the site renders as Markdown of its own (Jekyll plugin tags:
 * src/site/generators/jekyll-block-tags.ts), read for the parser.
 *
 * The page's text with each such tag that stands alone on its line (`{% tab 'Scala 3' %}`,
 * `{% endtab %}`) made an HTML comment of the same length: a line that ends the block before it and
 * starts none, as the tag does for the body the plugin converts on its own. Positions stay.
 */
export function separateOwnMarkdownBlocks(text: string, names: readonly string[]): string {
  if (names.length === 0 || !text.includes('{%')) return text;
  const alternatives = names.map((name) => name.replace(/[^\w-]/g, '')).join('|');
  const line = new RegExp(`^([ \\t]*)(\\{%-?\\s*(?:end)?(?:${alternatives})\\b[^%\\n]*-?%\\})[ \\t]*$`, 'gm');
  return text.replace(line, (whole, indent: string, tag: string) => (tag.length < 7 ? whole : `${indent}<!--${' '.repeat(tag.length - 7)}-->${whole.slice(indent.length + tag.length)}`));
}
