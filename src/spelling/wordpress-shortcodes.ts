/**
 * WordPress shortcodes left in a page's text (`[soundcloud url="…" width="100%" /]`, `[vimeo 51933492]`,
 * `[caption id="attachment_7" align="alignleft"]…[/caption]`), as posts exported from WordPress keep
 * them: WordPress's get_shortcode_regex (wp-includes/shortcodes.php) reads `[`, a name, attributes
 * (`key="value"`, `key='value'`, `key=value`, or a positional value), an optional `/` and `]`, and a
 * closing `[/name]`. Where no WordPress renders it, the reader sees the tag as it is written: markup,
 * a name and its attributes, not prose. Only a bracket with at least one attribute (`key=value`, a
 * number or a URL) is taken for one: `[see the notes]` and a link's `[text](…)` are still read.
 */

const attribute = String.raw`[A-Za-z_][\w-]*=(?:"[^"\n]*"|'[^'\n]*'|[^\s\]"']+)`;
const positional = String.raw`\d+|[a-z][a-z0-9+.-]*://[^\s\]]+`;
const shortcode = new RegExp(String.raw`\[[a-z][a-z0-9_-]*(?:[ \t]+(?:${attribute}|${positional}))+[ \t]*/?\](?![(\[:])|\[/[a-z][a-z0-9_-]*\]`, 'g');

const blank = (match: string): string => match.replace(/[^\n]/g, ' ');

/** The source with its WordPress shortcode tags blanked (same length, line breaks kept). */
export function blankWordPressShortcodes(source: string): string {
  return source.replace(shortcode, blank);
}
