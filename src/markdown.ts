import type {Processor} from 'unified';
import {gfmFootnote} from 'micromark-extension-gfm-footnote';
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough';
import {gfmTable} from 'micromark-extension-gfm-table';
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item';
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote';
import {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough';
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table';
import {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item';
import {mdxJsxFlowTags} from './mdx-jsx-flow.js';
import {math} from 'micromark-extension-math';
import {mathFromMarkdown} from 'mdast-util-math';

/**
 * GitHub Flavored Markdown as remark-gfm parses it (tables, footnotes, strikethrough, task
 * lists), except literal autolinks (`https://…`, `www.…` and e-mail addresses in plain text):
 * their tokenizer is tried at every letter of every text and costs half of all parsing
 * (bench/README.md). postlint finds bare URLs itself, in one pass over the text (bare-urls.ts).
 */
export function remarkGfmWithoutLiterals(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
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
 * nodes, which no rule reads as prose or links. Only micromark-extension-math's text construct:
 * its fenced block (`$$` alone on a line, closed by `$$` alone on a line, else running to the end
 * of the document) is not kramdown's math block, which is any `$$…$$` between blank lines; read
 * as a paragraph, such a block is one math span, as kramdown's inline math would read it.
 */
export function remarkDollarMath(this: Processor, options: {singleDollar: boolean}): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({text: math({singleDollarTextMath: options.singleDollar}).text!});
  (data.fromMarkdownExtensions ??= []).push(mathFromMarkdown());
}
