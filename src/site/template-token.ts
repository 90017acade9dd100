/**
 * A template token in a link destination: `{@githubUrl@}/issues`, `{version}/api.md`,
 * `%release%/x`. No URL holds one as it is (RFC 3986 has no `{`, `}` or a `%` not followed by two hex
 * digits), and no generator postlint models leaves one in place: Markdown keeps it in the
 * destination as written, so it names a file only when a plugin of the site's own replaces it
 * (a remark plugin that substitutes the config's `customFields`, say). On a site that runs one,
 * such a destination is unverifiable; on a site that runs none, it stays a missing file.
 * `{{ … }}`, `{% … %}` and `${…}` are template code of the generator's own, read before this.
 */
import type {Generator, Resolution, SiteInfo} from './generators/types.js';

/** `{…}` with no space, slash or brace inside: a variable's name, not a path of folders. */
const braced = /\{[^{}\s/]+\}/;

/** `%name%`, where `%na` is no percent-encoded byte (`%E2%80%99` is text, `%version%` a token). */
const percented = /%(?![0-9A-Fa-f]{2})[A-Za-z_][\w.-]*%/;

/** The first template token of a destination, as written, if it holds one. */
export function templateToken(url: string): string | undefined {
  return braced.exec(url)?.[0] ?? percented.exec(url)?.[0];
}

/** What the rule's notice counts when such links are withheld. */
const counted = {one: 'link whose destination holds a template token', many: 'links whose destinations hold a template token'};

/**
 * A destination holding a template token on a site that runs Markdown plugins of its own
 * (`Generator.ownMarkdownPlugins`): unverifiable, said once per site, naming the plugins. Undefined
 * when it holds none, or the site runs no plugin of its own (the token then stays in the built link).
 */
export function ownPluginToken(url: string, site: SiteInfo | undefined, generator: Generator): Resolution | undefined {
  if (site === undefined || templateToken(url) === undefined) return undefined;
  const plugins = generator.ownMarkdownPlugins?.(site) ?? [];
  if (plugins.length === 0) return undefined;
  // The token is left out of the reason: the rule's notice counts the site's links by reason.
  const reason = `a template token such as {@name@}, {name} or %name% is no part of a URL, and the site runs Markdown plugins of its own (${plugins.join(', ')}) that may replace it; postlint does not run them`;
  return {status: 'unverifiable', reason, siteWide: true, counted};
}
