/**
 * MDX's JSX in flow: a line holding only JSX tags (`<Tabs>`, `  <TabItem label="SQL">`, `</Tabs>`,
 * `<A> <B>`, a tag followed by an `{expression}`) is a block of its own that ends with its last tag;
 * the lines after it are Markdown, even with no blank line between (micromark-extension-mdx-jsx,
 * `jsx-flow.js` and its tests "should support an element w/ content": `<a>\nb\n</a>` is a
 * paragraph `b`; "… w/ containers as content": `<a>\n- b\n</a>` a list). MDX has no HTML blocks.
 *
 * A CommonMark parser (postlint's) reads `<Tabs>` as an HTML block that runs to the next blank
 * line: a fence opened inside the component and holding a blank line is cut there, its closing
 * backticks open a fence of their own, and every heading after it is lost. In MDX sources this
 * construct is tried before CommonMark's HTML: the tag lines become `html` nodes of their own lines
 * (their `href`s still read as HTML's), the lines between are Markdown. A line whose tags are not
 * JSX (`<https://…>`, `<!-- … -->`, `a <b>`) or that holds more than tags is left to CommonMark.
 * A tag over lines whose JavaScript holds Markdown-looking lines (`code={`\n# Sample\n`}`) is one
 * node too: its lines make no heading, no prose, no code sample. markdown.ts also turns indented
 * code off in MDX, as MDX does (micromark-extension-mdx-md): indented content is Markdown.
 *
 * Not micromark-extension-mdx-jsx itself: it builds `mdxJsx*` nodes the rules do not read (they
 * read tags as `html`, hrefs and all) and fails the whole parse on JSX it cannot read (`<https://…>`,
 * `<!-- … -->`, which postlint leaves to CommonMark), with acorn for the expressions.
 */

import {asciiAlpha, asciiDigit, markdownLineEnding, markdownSpace} from 'micromark-util-character';
import {codes} from 'micromark-util-symbol';
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types';
import {expressionScanner} from './text/js-expression.js';
import {nonLazyLine} from './non-lazy-line.js';

/**
 * Per parse: the offset up to which an attempt that failed had read. A tag may span lines and has
 * no length limit (micromark-extension-mdx-jsx has none: a generated page's `responses={{…}}` runs
 * to hundreds of kilobytes on one line), so an attempt may read far; every later attempt that
 * starts inside what a failed one read fails at once. Attempts then read disjoint stretches of the
 * text (one start may be tried twice: as an interruption, then as a block): the work grows with the
 * file. This is what MDX reads too: a tag open to the end of the file is an MDX build error
 * ("Unexpected end of file"), and the lines of a tag that fails as a block (text after its `>`)
 * are JSX inside a paragraph, no tag of their own.
 */
const failedUntil = new WeakMap<TokenizeContext['parser'], number>();

// JSX names are JavaScript identifiers (ASCII letters here; others are rare in component names).
const isNameStart = (code: Code): boolean => asciiAlpha(code) || code === codes.dollarSign || code === codes.underscore;
const isNamePart = (code: Code): boolean => isNameStart(code) || asciiDigit(code) || code === codes.dash;

/** The micromark extension: JSX tag lines as blocks of their own (see the module comment). */
export function mdxJsxFlowTags(): Extension {
  return {flow: {[codes.lessThan]: jsxFlowTag}};
}

const jsxFlowTag: Construct = {name: 'mdxJsxFlowTagLine', concrete: true, tokenize: tokenizeJsxFlowTag, resolveTo: withLinePrefix};

function tokenizeJsxFlowTag(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this;
  const start = this.now().offset;
  let closing = false;
  return (code) => {
    if (code !== codes.lessThan || (failedUntil.get(self.parser) ?? -1) > start) return nok(code);
    effects.enter('htmlFlow');
    effects.enter('htmlFlowData');
    return tagStart(code);
  };

  function tagStart(code: Code): State | undefined {
    closing = false;
    effects.consume(code);
    return gap(afterLessThan);
  }

  /** No tag here: remember how far the attempt read, then fail. */
  function fail(code: Code): State | undefined {
    // The offset, not "the rest of the file": in a container (`> <a b="`), its end is the end this tag reached.
    failedUntil.set(self.parser, Math.max(failedUntil.get(self.parser) ?? -1, self.now().offset));
    return nok(code);
  }

  /** Whitespace, line endings included (JSX allows them inside tags), then `next`. */
  function gap(next: State): State {
    const inGap: State = (code) => {
      if (markdownSpace(code)) {
        effects.consume(code);
        return inGap;
      }
      if (markdownLineEnding(code)) return newLine(inGap)(code);
      return next(code);
    };
    return inGap;
  }

  /** Across a line ending inside a tag: never into a lazy line. */
  function newLine(next: State): State {
    return (code) => {
      effects.exit('htmlFlowData');
      return lineEnding(next)(code);
    };
  }

  /** A line ending and what follows it; blank lines make no data (micromark allows no empty token). */
  function lineEnding(next: State): State {
    return (code) => {
      return effects.check(nonLazyLine, (lineEnd) => {
        effects.enter('lineEnding');
        effects.consume(lineEnd);
        effects.exit('lineEnding');
        return (first: Code) => {
          if (markdownLineEnding(first)) return lineEnding(next)(first);
          if (first === codes.eof) return fail(first);
          effects.enter('htmlFlowData');
          return next(first);
        };
      }, fail)(code);
    };
  }

  function afterLessThan(code: Code): State | undefined {
    if (code === codes.greaterThan) return tagEnd(code); // a fragment, `<>`
    if (code === codes.slash && !closing) {
      closing = true;
      effects.consume(code);
      return gap(afterLessThan);
    }
    if (isNameStart(code)) {
      effects.consume(code);
      return name;
    }
    return fail(code);
  }

  /** A name: `Tabs`, `Foo.Bar`, `svg:rect`, `my-element`. */
  function name(code: Code): State | undefined {
    if (isNamePart(code)) {
      effects.consume(code);
      return name;
    }
    if (code === codes.dot || code === codes.colon) {
      effects.consume(code);
      return (next: Code) => (isNameStart(next) ? name(next) : fail(next));
    }
    return gap(attributes)(code);
  }

  function attributes(code: Code): State | undefined {
    if (code === codes.eof) return fail(code);
    if (code === codes.greaterThan) return tagEnd(code);
    if (code === codes.slash && !closing) {
      effects.consume(code);
      return gap((next) => (next === codes.greaterThan ? tagEnd(next) : fail(next)));
    }
    if (closing) return fail(code);
    if (code === codes.leftCurlyBrace) return expression(code, gap(attributes));
    if (isNameStart(code)) {
      effects.consume(code);
      return attributeName;
    }
    return fail(code);
  }

  function attributeName(code: Code): State | undefined {
    if (isNamePart(code) || code === codes.colon) {
      effects.consume(code);
      return attributeName;
    }
    return gap((next) => {
      if (next !== codes.equalsTo) return attributes(next);
      effects.consume(next);
      return gap(attributeValue);
    })(code);
  }

  function attributeValue(code: Code): State | undefined {
    if (code === codes.leftCurlyBrace) return expression(code, gap(attributes));
    if (code !== codes.quotationMark && code !== codes.apostrophe) return fail(code);
    const quote = code;
    effects.consume(code);
    const inValue: State = (next) => {
      if (next === codes.eof) return fail(next);
      if (markdownLineEnding(next)) return newLine(inValue)(next);
      effects.consume(next);
      return next === quote ? gap(attributes) : inValue;
    };
    return inValue;
  }

  /** `{…}`: JavaScript, whose strings, template literals and comments may hold anything (text/js-expression.ts); then `next`. */
  function expression(code: Code, next: State): State | undefined {
    const scanner = expressionScanner();
    const inExpression: State = (c) => {
      if (c === codes.eof) return fail(c);
      if (markdownLineEnding(c)) {
        scanner.push(c);
        return newLine(inExpression)(c);
      }
      effects.consume(c);
      return scanner.push(c) ? next : inExpression;
    };
    return inExpression(code);
  }

  /** At a tag's `>`: more tags or expressions may follow on the line; then the line must end. */
  function tagEnd(code: Code): State | undefined {
    effects.consume(code);
    return afterTag;
  }

  function afterTag(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code);
      return afterTag;
    }
    if (code === codes.lessThan) return tagStart(code);
    if (code === codes.leftCurlyBrace) return expression(code, afterTag);
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('htmlFlowData');
      effects.exit('htmlFlow');
      return ok(code);
    }
    return fail(code);
  }
}

/** The tag's indent belongs to its node, as for CommonMark's HTML (micromark's `resolveToHtmlFlow`). */
function withLinePrefix(events: Parameters<NonNullable<Construct['resolveTo']>>[0]): ReturnType<NonNullable<Construct['resolveTo']>> {
  let index = events.length;
  while (index--) if (events[index]![0] === 'enter' && events[index]![1].type === 'htmlFlow') break;
  if (index > 1 && events[index - 2]![1].type === 'linePrefix') {
    events[index]![1].start = events[index - 2]![1].start;
    events[index + 1]![1].start = events[index - 2]![1].start;
    events.splice(index - 2, 2);
  }
  return events;
}
