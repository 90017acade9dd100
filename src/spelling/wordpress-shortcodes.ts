/**
 * WordPress shortcodes left in a page's text (`[soundcloud url="…" width="100%" /]`, `[vimeo 51933492]`,
 * `[caption id="attachment_7" align="alignleft"]…[/caption]`), as posts exported from WordPress keep
 * them: WordPress's get_shortcode_regex (wp-includes/shortcodes.php) reads `[`, a name, attributes
 * (`key="value"`, `key='value'`, `key=value`, or a positional value), an optional `/` and `]`, and a
 * closing `[/name]`. Where no WordPress renders it, the reader sees the tag as it is written: markup,
 * a name and its attributes, not prose. Only a bracket with at least one attribute (`key=value`, a
 * number or a URL) is taken for one, and only where Markdown reads no link: not a link's text
 * (`[/now](/now/)`), a full reference's label (`[here][part 1]`), a definition, nor a shortcut
 * reference the page defines (`[part 1]` with `[part 1]: …`); not glued to a word (`B[base 10]`).
 * `[see the notes]` is still read. A tag whose attributes are all positional (`[vimeo 51933492]`)
 * is one only on a page that writes a sure one too (a `key=value` attribute or a closing tag: the
 * post came from WordPress): WordPress parses only the names a site registers, and alone the shape
 * is bracketed prose as often (`[upated 2020]`, `[chapter 3]`), whose words are read.
 *
 * Tags of the names WordPress itself registers (wp-includes/media.php, embed.php: `embed`, `caption`,
 * `wp_caption`, `gallery`, `audio`, `video`, `playlist`) and the oEmbed-style ones Jetpack registers
 * (modules/shortcodes/youtube.php, vimeo.php, soundcloud.php: `[youtube https://…]`, `[youtube=https://…]`,
 * `[vimeo https://…]`, `[soundcloud url="…"]`) are taken on any page when they carry a URL or a `key=value`
 * attribute, also back to back (`[youtube …][youtube …]`), which no Markdown link reads unless the second is
 * a defined label; and bare (`[embed]…[/embed]`) where their closing tag follows. They are the exporter's
 * leftovers, not the writer's prose.
 */

const attribute = String.raw`[A-Za-z_][\w-]*=(?:"[^"\n]*"|'[^'\n]*'|[^\s\]"']+)`;
const positional = String.raw`\d+|[a-z][a-z0-9+.-]*://[^\s\]]+`;
const tag = String.raw`\[[a-z][a-z0-9_-]*(?:[ \t]+(?:${attribute}|${positional}))+[ \t]*/?\]|\[/[a-z][a-z0-9_-]*\]`;
const shortcode = new RegExp(String.raw`(?<![\p{L}\p{N}\]\\])(?:${tag})(?![(\[:])`, 'gu');
/** Names WordPress core and Jetpack's oEmbed-style shortcodes register (see above). */
const registeredNames = 'embed|caption|wp_caption|gallery|audio|video|playlist|youtube|vimeo|soundcloud';
const url = String.raw`[a-z][a-z0-9+.-]*://[^\s\]]+`;
/** A URL or a `key=value` attribute in a tag (`[vimeo 123]` alone has neither). */
const carriesValue = new RegExp(String.raw`[ \t=](?:${url}|${attribute})`);
/** A registered tag with a URL or `key=value` attribute, or Jetpack's `[youtube=URL]`; or bare, group 1 its name, for a closing tag to confirm. */
const registered = new RegExp(String.raw`(?<![\p{L}\p{N}\\])\[(?:(?:${registeredNames})(?:=${url}|(?:[ \t]+(?:${attribute}|${positional}))+)[ \t]*/?\]|(${registeredNames})[ \t]*\])(?![(:])`, 'gu');
/** Labels of the page's link reference definitions (`[part 1]: …`), as CommonMark matches them: case and inner white space aside. */
const definition = /^[ \t]{0,3}\[((?:[^[\]\\\n]|\\.)+)\]:/gm;
const label = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

const blank = (match: string): string => match.replace(/[^\n]/g, ' ');

/** A tag that only WordPress markup writes: a closing tag, or a `key=value` attribute. */
const sure = new RegExp(String.raw`^(?:\[/|\[[a-z][a-z0-9_-]*.*?[ \t]${attribute})`);

/** The source with its WordPress shortcode tags blanked (same length, line breaks kept), where one of them is surely WordPress's. */
export function blankWordPressShortcodes(source: string): string {
  let defined: Set<string> | undefined;
  const definedLabel = (match: string): boolean => (defined ??= new Set([...source.matchAll(definition)].map((found) => label(found[1]!)))).has(label(match.slice(1, -1)));
  let text = source;
  if (source.includes('[')) {
    text = source.replace(registered, (match, bare: string | undefined) => {
      if (bare !== undefined ? !source.includes(`[/${bare}]`) : !carriesValue.test(match)) return match;
      return definedLabel(match) ? match : blank(match);
    });
  }
  if (!text.match(shortcode)?.some((tag) => sure.test(tag)) && text === source) return source;
  return text.replace(shortcode, (match) => (definedLabel(match) ? match : blank(match)));
}
