import type {Html, Root, Text} from 'mdast';
import {walkType} from '../walk.js';
import {englishFunctionWords} from '../text/english-function-words.js';

/**
 * An npm package specifier as an install command takes it: a name in lower case, URL-safe
 * characters only, maybe scoped (`@apollo/server`), maybe with a version or tag (`drizzle-orm@rc`),
 * as validate-npm-package-name allows names; or an option (`-D`, `--save-dev`).
 */
const specifier = /^(?:(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*(?:@[\w.^~<>=*|-]+)?|--?[A-Za-z][\w-]*)$/;

/** A specifier that can only be a package: scoped, versioned, or an all-lower-case hyphenated compound (`drizzle-graphql`). */
const surelyPackage = /^@|[a-z0-9]@|^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/** A component tag as MDX reads it: a capital first letter (`<Npm>`, `<Tabs.Item>`); lower case is an HTML element. */
const componentOpen = /^<([A-Z][\w.]*)(?:\s[^>]*)?>$/;

/**
 * Source ranges of the text of MDX components whose whole content is a list of package names
 * (`<Npm>drizzle-graphql graphql</Npm>`): a component that turns its children into an install
 * command (`npm i drizzle-graphql graphql`) takes arguments, not prose, so a lone `graphql` there
 * is the package, as its registry writes it. The list must hold two words or more, one of them
 * surely a package (scoped, versioned or a hyphenated compound), and no English function word
 * (`the`, `and`, `of`): a component around a sentence (`<Note>use github</Note>`) is still read.
 */
export function componentPackageLists(tree: Root): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  walkType(tree, 'paragraph', (paragraph) => {
    const children = paragraph.children;
    for (let at = 0; at + 2 < children.length; at++) {
      const [open, text, close] = [children[at]!, children[at + 1]!, children[at + 2]!];
      if (open.type !== 'html' || text.type !== 'text' || close.type !== 'html') continue;
      const name = componentOpen.exec((open as Html).value)?.[1];
      if (name === undefined || (close as Html).value !== `</${name}>` || !packageList((text as Text).value)) continue;
      const start = text.position?.start.offset;
      const end = text.position?.end.offset;
      if (start !== undefined && end !== undefined) ranges.push([start, end]);
    }
  });
  return ranges;
}

function packageList(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || !words.every((word) => specifier.test(word) && !englishFunctionWords.has(word))) return false;
  return words.some((word) => surelyPackage.test(word));
}
