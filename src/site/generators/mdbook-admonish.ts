/**
 * mdbook-admonish (tommilligan/mdbook-admonish, `src/markdown.rs`, `render.rs`, `config/`), an
 * mdBook preprocessor. It parses each chapter with pulldown-cmark and replaces every fenced code
 * block whose info string is `admonish` or starts with `admonish ` by HTML:
 *
 *     <div id="admonition-note" class="admonition admonish-note" …>
 *     <div class="admonition-title"><div id="admonition-note-title"> Note </div> …</div>
 *     <div>
 *
 *     {the block's body, as written}
 *
 *     </div>
 *     </div>
 *
 * so the body is Markdown of the page (its headings get mdBook ids, its links are links), and the
 * block gets the id `<prefix><title id>` (and `…-title`): the prefix is `default.css_id_prefix`
 * of `[preprocessor.admonish]` (1.14 on; `admonition-` before and by default), the rest
 * `unique_id_from_content` of the block's title, which comes from the info string, the book's
 * defaults or the directive. An `id="x"` in the info string is the id as written (`x`, `x-title`).
 *
 * Modelled here: the fence lines become blank lines of the same length, so the body parses as
 * Markdown at its own line and column; the closing fence becomes `<p>`, an HTML block as the
 * closing `</div>` is (the lines right after it, up to a blank line, are raw HTML to mdBook too).
 * Ids: a written `id` exactly; the title ids only by their prefix (a fragment starting with it
 * is unverifiable), as titles are read from TOML, JSON or the book's settings, by version.
 * A block postlint cannot be sure the tool parses (an info string of another shape, escapes) or
 * one inside a block quote (its `>` lines the HTML breaks) stays code, and every id of the page
 * is unknown.
 */
import type {Code, Nodes, Root} from 'mdast';
import {get, isObject} from './common.js';
import type {PreprocessedPage, SiteInfo} from './types.js';

const defaultPrefix = 'admonition-';

/** The id prefixes the book's admonitions may take (the configured one, and the fixed one of versions before 1.14). */
export function admonishPrefixes(site: SiteInfo): string[] {
  const defaults = get(site.config, 'preprocessor', 'admonish', 'default');
  const configured = isObject(defaults) ? defaults.css_id_prefix ?? defaults['css-id-prefix'] : undefined;
  return typeof configured === 'string' && configured !== defaultPrefix ? [defaultPrefix, configured] : [defaultPrefix];
}

/** A TOML or JSON string with nothing to unescape (no `\`, no control character; no `=`, which v2's key split would cut at). */
const plainString = String.raw`(?:"[^"\\=\x00-\x1f]*"|'[^'=\x00-\x1f]*')`;
const pair = String.raw`(?:type|title|id|class|collapsible) *= *(?:${plainString}|true|false)`;
const directive = '[A-Za-z0-9_-]+';
/**
 * Config strings the tool surely parses (config/v1.rs, v2.rs, v3.rs): v1's
 * `warning.class "Title"`, and key-value pairs, with a bare directive first, separated by commas (v3)
 * or by spaces (v2).
 */
const surelyParsed = [
  /^(?:[a-z]+)?(?:\.(?:-?[_a-zA-Z]+[_a-zA-Z0-9-]*)?)*(?: "[^"\\\x00-\x1f]*")?$/,
  new RegExp(`^(?:${directive} +)?${pair}(?: *, *${pair})*$`),
  new RegExp(`^(?:${directive} +)?${pair}(?: +${pair})*$`),
];

/** The block's config string (after `admonish`) if the info string is an admonition's (config/mod.rs `admonition_config_string`). */
function configString(info: string): string | undefined {
  if (info === 'admonish') return '';
  return info.startsWith('admonish ') ? info.slice('admonish '.length) : undefined;
}

/** The `id` an info string writes, if it names one; `null` when it names one postlint cannot read. */
function writtenId(config: string): string | undefined | null {
  if (!/(?:^|[\s,])id *=/.test(config)) return undefined;
  const match = /(?:^|[\s,])id *= *(?:"([^"]*)"|'([^']*)')/.exec(config);
  return match ? match[1] ?? match[2]! : null;
}

function codeBlocks(tree: Root): Array<{node: Code; quoted: boolean}> {
  const found: Array<{node: Code; quoted: boolean}> = [];
  const visit = (node: Nodes, quoted: boolean): void => {
    if (node.type === 'code') found.push({node, quoted});
    if ('children' in node) for (const child of node.children) visit(child as Nodes, quoted || node.type === 'blockquote');
  };
  visit(tree, false);
  return found;
}

/** Quick test before any parse: a fence whose info string starts with `admonish`, wherever it is. */
const mayHaveBlock = /(?:`{3,}|~{3,})[ \t]*admonish/;

/**
 * The page as mdbook-admonish leaves it for mdBook, or undefined when it has no admonition.
 * `parse` reads Markdown as the page's parser does (to find fenced blocks as CommonMark does).
 */
export function readAdmonishBlocks(text: string, parse: (text: string) => Root, prefixes: readonly string[]): PreprocessedPage | undefined {
  if (!mayHaveBlock.test(text)) return undefined;
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  for (let i = 0, offset = 0; i < lines.length; offset += lines[i]!.length + 1, i++) lineStarts.push(offset);
  const page: PreprocessedPage = {text, ids: [], idPrefixes: []};
  let changed = false;
  for (const {node, quoted} of codeBlocks(parse(text))) {
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end || start.offset === undefined) continue;
    const opening = lines[start.line - 1]!;
    const fence = /^(`{3,}|~{3,})[ \t]*([^\n]*?)[ \t]*\r?$/.exec(opening.slice(start.column - 1));
    const at = {line: start.line, column: start.column};
    if (!fence) {
      // A fenced block postlint cannot find the fence of (a tab before it): whether it is an admonition is not known.
      if (node.lang === 'admonish') page.idPrefixes.push({prefix: '', ...at, reason: `mdbook-admonish may rewrite the block of line ${start.line}: the page's ids are not all known`});
      continue;
    }
    const config = configString(fence[2]!);
    if (config === undefined) continue;
    const closing = lines[end.line - 1]!.replace(/\r$/, '');
    const closed = end.line > start.line && new RegExp(`^ *${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},} *$`).test(closing);
    const id = writtenId(config.trim());
    if (quoted || !closed || /[\\&]/.test(config) || id === null || !surelyParsed.some((shape) => shape.test(config.trim()))) {
      const why = quoted ? 'inside a block quote' : !closed ? 'never closed' : 'whose settings postlint cannot read';
      page.idPrefixes.push({prefix: '', ...at, reason: `mdbook-admonish rewrites a block (line ${start.line}) ${why}: the page's ids are not all known`});
      continue;
    }
    // The fence lines: blank (same length), the closing one an HTML block as the tool's `</div>` is.
    lines[start.line - 1] = opening.slice(0, start.column - 1) + opening.slice(start.column - 1).replace(/[^\r]/g, ' ');
    const indent = /^ */.exec(closing)![0].length;
    lines[end.line - 1] = `${closing.slice(0, indent)}<p>${' '.repeat(closing.length - indent - 3)}${lines[end.line - 1]!.endsWith('\r') ? '\r' : ''}`;
    changed = true;
    if (id !== undefined) {
      page.ids.push({id, ...at});
      page.idPrefixes.push({prefix: `${id}-title`, ...at, reason: `mdbook-admonish writes "${id}-title" for the titled admonition of line ${start.line}`});
    } else {
      for (const prefix of prefixes) page.idPrefixes.push({prefix, ...at, reason: `mdbook-admonish writes an id starting "${prefix}" from the title of the admonition of line ${start.line}`});
    }
  }
  if (changed) page.text = lines.join('\n');
  // One prefix of each kind is enough: the first block that writes it names it.
  page.idPrefixes = page.idPrefixes.filter((entry, i, all) => all.findIndex((other) => other.prefix === entry.prefix) === i);
  return page.ids.length > 0 || page.idPrefixes.length > 0 ? page : undefined;
}
