/**
 * The props of one JSX tag as written (`<Code code={sample} lang="ts" title="a.ts" />`): the ones
 * given a string (`lang="ts"`, a bare `wrap` is `true`), the ones given an expression (`code={…}`),
 * and whether the tag spreads an object into its props (`{...props}`), which may hold any prop. JSX
 * strings have no escapes; an expression ends where js-expression.ts says (its strings, template
 * literals and comments may hold a `}`).
 */

import {expressionScanner} from './js-expression.js';

export interface TagProps {
  literal: Record<string, string>;
  computed: string[];
  spread: boolean;
}

/** Reads the props of the tag that starts `tag` (at its `<`); undefined when it is not a tag postlint can read to its end. */
export function jsxTagProps(tag: string): TagProps | undefined {
  const name = /^<[A-Za-z][\w.:-]*/.exec(tag);
  if (!name) return undefined;
  const props: TagProps = {literal: {}, computed: [], spread: false};
  let i = name[0].length;
  // Past an expression in braces starting at `i`; -1 when it does not close.
  const skipExpression = (): number => {
    const scanner = expressionScanner();
    for (let j = i; j < tag.length; j++) if (scanner.push(tag.charCodeAt(j))) return j + 1;
    return -1;
  };
  while (i < tag.length) {
    while (i < tag.length && /\s/.test(tag[i]!)) i++;
    const char = tag[i];
    if (char === undefined) return undefined;
    if (char === '/' || char === '>') return props;
    if (char === '{') {
      props.spread = true;
      i = skipExpression();
      if (i < 0) return undefined;
      continue;
    }
    const prop = /^[A-Za-z_$][\w$:.-]*/.exec(tag.slice(i, i + 200));
    if (!prop) return undefined;
    i += prop[0].length;
    while (i < tag.length && /\s/.test(tag[i]!)) i++;
    if (tag[i] !== '=') {
      props.literal[prop[0]] = 'true';
      continue;
    }
    i++;
    while (i < tag.length && /\s/.test(tag[i]!)) i++;
    const quote = tag[i];
    if (quote === '"' || quote === "'") {
      const end = tag.indexOf(quote, i + 1);
      if (end < 0) return undefined;
      props.literal[prop[0]] = tag.slice(i + 1, end);
      i = end + 1;
    } else if (quote === '{') {
      props.computed.push(prop[0]);
      i = skipExpression();
      if (i < 0) return undefined;
    } else return undefined;
  }
  return undefined;
}
