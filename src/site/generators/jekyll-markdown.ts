/**
 * Which Markdown converter a Jekyll site runs, and what that means for how postlint parses its
 * pages. Jekyll's `markdown:` setting picks the converter (Converters::Markdown#get_processor:
 * `kramdown`, the default in Configuration::DEFAULTS, or a plugin's class such as jekyll-commonmark's
 * `CommonMark` and `CommonMarkGhPages`); the GitHub Pages gem turns `markdown: GFM` into
 * `CommonMarkGhPages` with the `autolink` extension (github/pages-gem lib/github-pages/configuration.rb).
 */
import {get} from './common.js';
import type {MarkdownDialect, SiteInfo} from './types.js';

/** The converter's name as the site writes it, lower case; kramdown when the config names none. */
export function jekyllConverter(site: SiteInfo): string {
  const engine = site.config['markdown'];
  return typeof engine === 'string' ? engine.toLowerCase() : 'kramdown';
}

/**
 * kramdown (with Jekyll's default `input: GFM` or its own syntax): only `<https://…>` is an automatic
 * link (kramdown's syntax docs, "Automatic Links"; its GFM parser adds none, kramdown/parser-gfm#17),
 * and `$$…$$` is math, inline or as a block, a block holding blank lines too (lib/kramdown/parser/kramdown/math.rb,
 * among the span and block parsers of both inputs; the math engine only changes the output); a single `$` is text. jekyll-commonmark links a bare URL only with
 * `commonmark.extensions: [autolink]` (its setup_extensions: none by default). With kramdown's GFM
 * input (Jekyll's default `kramdown.input`), an ATX header needs a space and a title after its
 * hashes: `##` alone is text (src/kramdown-atx-heading.ts). Any other converter is left as GFM
 * reads it: postlint does not know it.
 */
export function jekyllMarkdownDialect(site: SiteInfo): MarkdownDialect {
  const converter = jekyllConverter(site);
  if (converter === 'kramdown') {
    // kramdown keeps block HTML raw unless `parse_block_html` (off by default, and in Jekyll's defaults).
    const parsesHtml = get(site.config, 'kramdown', 'parse_block_html') === true;
    // Jekyll's kramdown reads GFM unless `kramdown.input` names another parser (Configuration::DEFAULTS `input: GFM`).
    const input = get(site.config, 'kramdown', 'input');
    const gfmInput = typeof input !== 'string' || input.toLowerCase() === 'gfm';
    return {bareUrlsAsText: true, math: {singleDollar: false, blocks: 'kramdown'}, ...(parsesHtml ? {} : {htmlBlocks: 'kramdown' as const}), ...(gfmInput ? {atxHeadings: 'kramdown-gfm' as const} : {})};
  }
  if (converter === 'commonmark' || converter === 'commonmarkghpages') {
    const extensions = get(site.config, 'commonmark', 'extensions');
    const autolink = Array.isArray(extensions) && extensions.some((name) => String(name).toLowerCase() === 'autolink');
    return autolink ? {} : {bareUrlsAsText: true};
  }
  return {};
}
