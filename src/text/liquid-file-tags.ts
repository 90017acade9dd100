/**
 * The places where a page uses one of its site's tags that write out another file's text
 * (src/site/generators/jekyll-file-tags.ts), found in the text as written: Liquid runs before
 * Markdown, so such a tag writes its file in a code block or a `{% capture %}` too (the captured
 * text is output where the variable is). Only `{% raw %}` and `{% comment %}` keep Liquid from
 * running what they hold.
 */
import type {IncludeFact} from '../facts.js';
import type {FileTag} from '../site/generators/jekyll-file-tags.js';
import {escapeRegExp} from '../links/patterns.js';

const quiet = /\{%-?\s*(raw|comment)\s*-?%\}[\s\S]*?\{%-?\s*end\1\s*-?%\}/g;

/** Each use of one of `tags` in `text`, with what it names as written (a path, a URL, template code). */
export function fileTagIncludes(text: string, tags: readonly FileTag[]): IncludeFact[] {
  if (tags.length === 0 || !text.includes('{%')) return [];
  const skipped = [...text.matchAll(quiet)].map((match) => [match.index, match.index + match[0].length] as const);
  const byName = new Map(tags.map((tag) => [tag.name, tag]));
  // A tag's markup runs to the first `%}` (Liquid's tokenizer), whatever quotes it holds.
  const pattern = new RegExp(String.raw`\{%-?\s*(${tags.map((tag) => escapeRegExp(tag.name)).join('|')})(?=[\s%-])([^%]*(?:%(?!\})[^%]*)*)%\}`, 'g');
  const found: IncludeFact[] = [];
  // Lines counted on from the last match (matches come in order): linear in the text.
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (const match of text.matchAll(pattern)) {
    if (skipped.some(([start, end]) => match.index >= start && match.index < end)) continue;
    for (let i = text.indexOf('\n', counted); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    counted = match.index;
    const tag = byName.get(match[1]!)!;
    const path = match[2]!.replace(/-$/, '').trim().replace(/^(["'])(.*)\1$/, '$2');
    // A use that names nothing reads what its code fixes (a VERSION file's number, a data value): a value, not a
    // page's text. Every tag known to write out a file's text is told which (include_absolute, remote_include…).
    if (path === '') continue;
    found.push({path, kind: 'tag-file', tag: {name: tag.name, by: tag.by}, line, column: match.index - lineStart + 1});
  }
  return found;
}
