import type {Processor} from 'unified';
import {gfmFootnote} from 'micromark-extension-gfm-footnote';
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough';
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item';
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote';
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough';
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table';
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item';
import {mdxJsxFlowTags} from './mdx-jsx-flow.js';
import {mathFromMarkdown} from 'mdast-util-math';
import {codes} from 'micromark-util-symbol';
import {kramdownMathBlock} from './kramdown-math-block.js';
import {kramdownHtmlBlock} from './kramdown-html-block.js';
import {kramdownAtxHeading} from './kramdown-atx-heading.js';
import {linearMathText} from './linear-math-text.js';
import {withParseText} from './parse-text.js';
import {gfmTableOnHeadRows} from './gfm-table-rows.js';

/**
 * GitHub Flavored Markdown as remark-gfm parses it (tables, footnotes, strikethrough, task
 * lists), except literal autolinks (`https://…`, `www.…` and e-mail addresses in plain text):
 * their tokenizer is tried at every letter of every text and costs half of all parsing
 * (bench/README.md). postlint finds bare URLs itself, in one pass over the text (bare-urls.ts).
 */
export function remarkGfmWithoutLiterals(this: Processor): void {
  const data = this.data();
  // Tables are tried only on lines a delimiter row follows, which needs the text being parsed (gfm-table-rows.ts).
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTableOnHeadRows(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
  if (this.parser) this.parser = withParseText(this.parser);
}

/**
 * In an MDX source: lines of JSX tags are blocks of their own, not CommonMark HTML (mdx-jsx-flow.ts),
 * and indentation makes no code (MDX turns indented code off: micromark-extension-mdx-md), so the
 * content of a nested component (`    Text` inside `<TabItem>`) is Markdown.
 */
export function remarkMdxJsxFlowTags(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push(mdxJsxFlowTags(), {disable: {null: ['codeIndented']}});
}

/**
 * Math written between dollar signs (`$$…$$`, with `singleDollar` `$…$` too) as `inlineMath`
 * nodes, which no rule reads as prose or links: micromark-extension-math's text construct only (its
 * fenced block, `$$` alone on a line and running to the end of the page when unclosed, is no
 * converter's block postlint models), in linear time (linear-math-text.ts). With `blocks: 'kramdown'`,
 * kramdown's math blocks too: `$$` starting a block, up to the first `$$` that ends a line before
 * a blank one, blank lines included, as one `math` node (kramdown-math-block.ts). Both look ahead
 * in the text being parsed, which the parser keeps for them (parse-text.ts).
 */
export function remarkDollarMath(this: Processor, options: {singleDollar: boolean; blocks?: 'kramdown'}): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({text: {[codes.dollarSign]: linearMathText(options)}});
  (data.fromMarkdownExtensions ??= []).push(mathFromMarkdown());
  if (options.blocks === 'kramdown') data.micromarkExtensions.push(kramdownMathBlock());
  if (this.parser) this.parser = withParseText(this.parser);
}

/**
 * kramdown's block HTML (`parse_block_html` off): an element's content is raw to its matching end
 * tag, blank lines and all, one `html` node (kramdown-html-block.ts).
 */
export function remarkKramdownHtmlBlocks(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push(kramdownHtmlBlock());
  if (this.parser) this.parser = withParseText(this.parser);
}

/** kramdown's GFM parser's ATX headers: hashes alone on a line (`#`, `##`) are paragraph text (kramdown-atx-heading.ts). */
export function remarkKramdownAtxHeadings(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push(kramdownAtxHeading());
}
