/**
 * mkdocs-include-markdown-plugin (mondeja/mkdocs-include-markdown-plugin): on `on_page_markdown`
 * it replaces each `{% include-markdown "file" start="…" end="…" %}` and `{% include "file" %}`
 * directive with (part of) the file it names, before Markdown runs. The directive's own text is
 * never rendered: a quoted argument (`end="![](cleanup.png)"`, a start or end marker) is no image,
 * link or prose of the page. Its grammar (directive.py `INCLUDE_TAG_RE`, compiled VERBOSE|DOTALL):
 * the opening tag, white space, the directive's name, white space, an optional quoted file name,
 * then anything up to the first closing tag, across lines. `opening_tag`/`closing_tag` (default
 * `{%`/`%}`) and `directives` (renaming `include`/`include-markdown`) come from the plugin's settings.
 * The plugin reads the whole text, code blocks too. The included text itself is not read here.
 */
import {escapeRegExp} from '../../links/patterns.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The directives of the plugin with these settings, as one regular expression (global). */
export function includeDirectivePattern(settings: Record<string, unknown>): RegExp {
  const opening = typeof settings.opening_tag === 'string' && settings.opening_tag !== '' ? settings.opening_tag : '{%';
  const closing = typeof settings.closing_tag === 'string' && settings.closing_tag !== '' ? settings.closing_tag : '%}';
  const renamed = isObject(settings.directives) ? settings.directives : {};
  const names = ['include', 'include-markdown'].map((name) => (typeof renamed[name] === 'string' && renamed[name] !== '' ? renamed[name] : name));
  const quoted = String.raw`(?:"(?:[^"]|(?<=\\)")+")?(?:'(?:[^']|(?<=\\)')+')?`;
  return new RegExp(`${escapeRegExp(opening)}\\s*(?:${names.map(escapeRegExp).join('|')})\\s+${quoted}[\\s\\S]*?\\s*${escapeRegExp(closing)}`, 'g');
}

/** The page's text with each directive's characters made spaces (line breaks kept: same length, same lines); undefined when it has none. */
export function blankIncludeDirectives(text: string, pattern: RegExp): string | undefined {
  pattern.lastIndex = 0;
  if (!pattern.test(text)) return undefined;
  pattern.lastIndex = 0;
  return text.replace(pattern, (directive) => directive.replace(/[^\n]/g, ' '));
}
