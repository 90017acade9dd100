/**
 * Which Markdown renderer a Hugo site's `.md` pages go through, and what follows from it.
 *
 * Hugo rendered Markdown with Blackfriday until v0.60.0 made Goldmark the default
 * (markup/markup_config/config.go: `DefaultMarkdownHandler: "goldmark"`); from then a site could
 * still choose `markup.defaultMarkdownHandler = "blackfriday"` (until v0.100 removed it). A Hugo
 * before v0.60 has no `markup` section at all: it renders with Blackfriday whatever that section
 * says, configured by the top-level `blackfriday` section instead (v0.59.1 helpers/content.go
 * `newBlackfriday(cfg.GetStringMap("blackfriday"))`; v0.60 to v0.99 read `markup.blackFriday`).
 *
 * What Blackfriday does that postlint models: heading ids by its SanitizedAnchorName
 * (slug/hugo-blackfriday.ts), numbered `-1`, `-2` when repeated (russross/blackfriday v1 html.go
 * ensureUniqueHeaderID), made only while the `autoHeaderIds` extension is on (Hugo turns it on by
 * default; `extensionsMask = ["autoHeaderIds"]` turns it off); raw HTML written as it is (Goldmark
 * omits it unless `markup.goldmark.renderer.unsafe`); a footnote nothing references left out (the
 * notes written are the ones referenced: v1 inline.go appends to `p.notes` at a reference).
 */
import {get} from './common.js';
import {hugoBlackfridayByVersion} from './hugo-version.js';
import type {SiteInfo} from './types.js';

export type HugoMarkdownHandler = {name: 'goldmark'} | {name: 'blackfriday'; reason: string; config: Record<string, unknown>} | {name: string; reason: string};

/** The handler `markup.defaultMarkdownHandler` names (Goldmark when unset), as a Hugo from v0.60 reads it. */
function configuredHandler(config: Record<string, unknown>): HugoMarkdownHandler {
  const handler = get(config, 'markup', 'defaultMarkdownHandler');
  if (typeof handler !== 'string' || handler.toLowerCase() === 'goldmark') return {name: 'goldmark'};
  const reason = `markup.defaultMarkdownHandler = "${handler}"`;
  if (handler.toLowerCase() !== 'blackfriday') return {name: handler.toLowerCase(), reason};
  return {name: 'blackfriday', reason, config: section(get(config, 'markup', 'blackFriday'))};
}

function section(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The renderer of the site's Markdown: Blackfriday when the site pins a Hugo before v0.60 (its config's
 * `markup` section unread) or its config chooses it; `config` is the Blackfriday section Hugo reads.
 * Without a site (its version unknown) the config alone decides.
 */
export function hugoMarkdownHandler(config: Record<string, unknown>, site?: SiteInfo): HugoMarkdownHandler {
  const byVersion = site === undefined ? undefined : hugoBlackfridayByVersion(site);
  if (byVersion !== undefined) return {name: 'blackfriday', reason: byVersion, config: section(get(config, 'blackfriday'))};
  return configuredHandler(config);
}

/** The Blackfriday extensions a list in its section names (`extensions`, `extensionsMask`), lower-cased. */
function extensionList(config: Record<string, unknown>, key: string): string[] {
  const value = get(config, key);
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string').map((name) => name.toLowerCase()) : [];
}

/** Is a Blackfriday extension Hugo turns on by default (`autoHeaderIds`, `footnotes`) turned off by the section's `extensionsMask`? */
export function blackfridayMasks(config: Record<string, unknown>, extension: string): boolean {
  return extensionList(config, 'extensionsMask').includes(extension.toLowerCase());
}

/**
 * Why the site's raw HTML is left out of its pages: Goldmark writes `<!-- raw HTML omitted -->` for it
 * unless `markup.goldmark.renderer.unsafe` is true; Blackfriday (and the external handlers) write it as it is.
 */
export function hugoRawHtmlOmitted(config: Record<string, unknown>, site?: SiteInfo): string | undefined {
  if (hugoMarkdownHandler(config, site).name !== 'goldmark') return undefined;
  if (get(config, 'markup', 'goldmark', 'renderer', 'unsafe') === true) return undefined;
  return 'Goldmark omits raw HTML unless markup.goldmark.renderer.unsafe = true';
}

/**
 * Does the site's renderer leave out a footnote nothing references? Goldmark does, unless its footnote
 * extension is off (`markup.goldmark.extensions.footnote = false`: `[^note]: text` is a paragraph, shown);
 * Blackfriday does while its `footnotes` extension is on. Pandoc and the other external handlers are not modelled.
 */
export function hugoDropsUnreferencedFootnotes(site: SiteInfo): boolean {
  const handler = hugoMarkdownHandler(site.config, site);
  if (handler.name === 'goldmark') return get(site.config, 'markup', 'goldmark', 'extensions', 'footnote') !== false;
  return 'config' in handler && !blackfridayMasks(handler.config, 'footnotes');
}
