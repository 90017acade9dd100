/**
 * A paragraph written only of template tags, on a site whose generator runs Liquid or Nunjucks
 * over the Markdown first (Jekyll; Eleventy's `markdownTemplateEngine`, Liquid by default): the
 * Markdown converter never sees the tags, only what they write. A tag that writes something is the
 * section's content (`{% include 'table.html' %}`, `{% render %}`, `{{ notes }}`, a shortcode);
 * one that only sets a variable (`{% assign %}`, Nunjucks' `{% set x = 1 %}`) or is a comment
 * writes nothing (Liquid's tags: Shopify/liquid lib/liquid/tags; Nunjucks' `set`). So neither is a
 * markdown-it-attrs block (`{ #id }`), which the tags' braces would otherwise look like.
 */

/**
 * One tag's body, which cannot run across its own closer (`%}`, `}}`, `#}`): with a lazy `[\s\S]*?`
 * a run of n tags then text split about 2^n ways before the match failed (30 s at 27 tags).
 */
const liquidTag = String.raw`\{%(?!-?\s*comment\b)[^%]*(?:%(?!\})[^%]*)*%\}`;
/** Liquid's `{% comment %}…{% endcomment %}` with whatever it holds (its body never holds an `endcomment`: one reading only). */
const commentBlock = String.raw`\{%-?\s*comment\s*-?%\}(?:(?!\{%-?\s*endcomment\b)[\s\S])*\{%-?\s*endcomment\s*-?%\}`;
const outputTag = String.raw`\{\{[^}]*(?:\}(?!\})[^}]*)*\}\}`;
const commentTag = String.raw`\{#[^#]*(?:#(?!\})[^#]*)*#\}`;
/** A run of tags and the white space between them, and nothing else. */
const onlyTags = new RegExp(String.raw`^(?:\s*(?:${commentBlock}|${liquidTag}|${outputTag}|${commentTag}))+\s*$`);
const commentBlocks = new RegExp(commentBlock, 'g');
/** One tag, with a Liquid/Nunjucks tag's name in group 1. */
const tag = new RegExp(String.raw`\{%-?\s*([\w-]*)[^%]*(?:%(?!\})[^%]*)*%\}|${outputTag}|${commentTag}`, 'g');
/** Tags that write nothing where they stand. */
const silent = new Set(['assign', 'set', 'comment', 'endcomment', 'liquid-comment', 'doc', 'enddoc']);

/** Does a paragraph of only template tags write anything ('writes'), or nothing ('silent')? Undefined when it holds more than tags. */
export function templateTagParagraph(text: string): 'writes' | 'silent' | undefined {
  if (!text.includes('{') || !onlyTags.test(text)) return undefined;
  // A comment block writes nothing, whatever it holds.
  for (const match of text.replace(commentBlocks, ' ').matchAll(tag)) {
    // `{{ … }}` writes its value; `{# … #}` is a Nunjucks comment.
    if (match[0].startsWith('{{')) return 'writes';
    if (match[0].startsWith('{#')) continue;
    if (!silent.has(match[1]!.toLowerCase())) return 'writes';
  }
  return 'silent';
}
