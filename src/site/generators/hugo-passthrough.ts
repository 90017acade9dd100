/**
 * Hugo's Goldmark passthrough extension (gohugoio/hugo-goldmark-extensions passthrough/passthrough.go;
 * Hugo's `markup.goldmark.extensions.passthrough`, off by default): with `enable = true`, text between
 * the delimiters the config lists (`delimiters.inline = [['$', '$'], ['\(', '\)']]`, `delimiters.block
 * = [['$$', '$$'], ['\[', '\]']]`) is kept raw, delimiters and all, for a math renderer (KaTeX,
 * MathJax): no emphasis, links or escapes inside, and no prose. The parser finds the closing
 * delimiter like a code span (the first one after the opening, over the paragraph's lines), which
 * micromark-extension-math's text construct models for `$…$` and `$$…$$` (src/markdown.ts):
 * a `$` pair makes `$` and `$$` math, a `$$` pair alone `$$`. The backslash pairs postlint's parser
 * does not model; spelling reads TeX in them as math where the page writes TeX (src/spelling/tex-math.ts).
 */
import {get} from './common.js';
import type {MarkdownDialect} from './types.js';

/** The dollar pairs of the site's passthrough config as the Markdown dialect's math, or undefined. */
export function hugoPassthroughMath(config: Record<string, unknown>): MarkdownDialect['math'] {
  const passthrough = get(config, 'markup', 'goldmark', 'extensions', 'passthrough');
  if (get(passthrough, 'enable') !== true) return undefined;
  const pairs = ['inline', 'block'].flatMap((kind) => {
    const list = get(passthrough, 'delimiters', kind);
    return Array.isArray(list) ? list : [];
  });
  const has = (open: string) => pairs.some((pair) => Array.isArray(pair) && pair[0] === open && pair[1] === open);
  if (has('$')) return {singleDollar: true};
  return has('$$') ? {singleDollar: false} : undefined;
}
