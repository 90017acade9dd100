/**
 * markdown-it-replace-link (martinheidegger/markdown-it-replace-link index.js): a markdown-it core
 * rule that hands every link's `href` and every image's `src` (the `link_open` and `image` tokens:
 * inline links and images, reference links, autolinks, linkified URLs) to a `replaceLink(link, env,
 * token)` function of the site's — markdown-it's own options' `replaceLink` first, else the plugin
 * options' — and writes what it returns. With `processHTML: true` (2.x) raw HTML goes through it
 * too, but only an `<a>`'s `href` and an `<img>`'s `src` (replaceNodes): `<video src>`, `<source
 * srcset>` and the rest are left as written. Without a function the rule does nothing.
 *
 * postlint never runs that function. It reads one common shape as data: each rewriting branch
 * guarded by a regular expression tested on the link (`if (/^\.\.\/img\//.test(link)) {…}`, the
 * expression literal or a variable the function declares with one, `link &&` allowed), and every
 * other path returning the link unchanged (`return link`, `else { return link }`). Then a link its
 * guards do not match is left as written and checked, and one they match is rewritten. Any other
 * function (or none postlint can find) may rewrite every link: each is unverifiable.
 */
import {bracketCloses, closedBody, scanCode, withoutComments} from './js-source.js';
import {markdownItUse} from './markdown-it-use.js';
import type {LinkRequest} from './types.js';

/** What the site's replaceLink does, as far as postlint reads it: the guards of its rewriting branches, or none readable. */
export interface LinkReplacement {
  /** Where it is (a file from the site root), for messages. */
  file: string;
  /** Regular expression sources and flags the rewriting branches test the link with; undefined: any link may be rewritten. */
  guards?: Array<{source: string; flags: string}>;
  /** Raw HTML links go through it too (`processHTML: true`). */
  html: boolean;
}

const identifier = '[A-Za-z_$][\\w$]*';
/** A regular expression literal: `/…/flags` (no `/` unescaped outside a class). */
const regexLiteral = String.raw`\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n\[])+)\/([a-z]*)`;

/**
 * The replaceLink of the modules (the config and the local modules it imports, `{file, text}`,
 * `file` shown as given) that use markdown-it-replace-link; undefined when none does.
 */
export function linkReplacement(modules: ReadonlyArray<{file: string; text: string}>): LinkReplacement | undefined {
  const using = modules.find((module) => markdownItUse(module.text, 'markdown-it-replace-link') !== undefined);
  if (!using) return undefined;
  const options = markdownItUse(using.text, 'markdown-it-replace-link')?.options ?? '';
  const html = mayProcessHtml(options);
  for (const {file, text} of [using, ...modules.filter((module) => module !== using)]) {
    const code = withoutComments(text);
    const fn = replaceLinkFunction(code);
    if (fn === undefined) continue;
    const guards = fn === 'unread' ? undefined : readGuards(fn.body, fn.param);
    return {file: using.file === file ? file : `${using.file} (its replaceLink in ${file})`, ...(guards ? {guards} : {}), html};
  }
  return {file: using.file, html};
}

/**
 * Does the plugin read raw HTML too? It takes `opts.processHTML || false`: on for any truthy value,
 * so for one of code (`process.env.X !== "off"`, a shorthand `{processHTML}`) and for options spread
 * from elsewhere; off when it is not written, or written falsy.
 */
function mayProcessHtml(options: string): boolean {
  if (/\.\.\./.test(options)) return true;
  const value = /\bprocessHTML\s*:\s*([^,}\n]+)/.exec(options)?.[1]?.trim();
  // A shorthand `{processHTML}` is a variable's value: code too.
  if (value === undefined) return /\bprocessHTML\b/.test(options);
  return !/^(?:false|0|null|undefined|''|""|``)$/.test(value);
}

/**
 * How a replaceLink function opens after its name, read at that place: `: function name(`, `: async (`
 * (an arrow's parameters) or `(` (a method, a declaration), up to the parameters' `(`; or `: link => {`.
 */
const opening = new RegExp(`\\s*(?::\\s*(?:async\\s+)?(?:(function\\b\\s*(?:${identifier}\\s*)?)?\\(|(${identifier})\\s*=>\\s*\\{)|(\\())`, 'y');
const firstParam = new RegExp(`\\s*(${identifier})`, 'y');

/**
 * The replaceLink function's first parameter and body, 'unread' when it is written otherwise (a name, an
 * expression arrow), undefined when there is none. Each mention is read at its place, its brackets'
 * closes found in one pass, so a config whose brackets are left open costs time linear in its length.
 */
function replaceLinkFunction(code: string): {param: string; body: string} | 'unread' | undefined {
  const closes = bracketCloses(code);
  for (const name of code.matchAll(/\breplaceLink\b/g)) {
    opening.lastIndex = name.index + name[0].length;
    const open = opening.exec(code);
    if (!open) continue;
    let param: string | undefined = open[2];
    let brace = opening.lastIndex - 1;
    if (param === undefined) {
      const paren = opening.lastIndex - 1;
      const close = closes.get(paren);
      if (close === undefined) continue;
      firstParam.lastIndex = paren + 1;
      param = firstParam.exec(code)?.[1];
      // `function (…) {` and a method's `(…) {` open the body at once, an arrow's `(…) => {` after its arrow.
      const body = open[1] === undefined && open[3] === undefined ? /\s*=>\s*\{/y : /\s*\{/y;
      body.lastIndex = close + 1;
      if (!body.exec(code)) continue;
      brace = body.lastIndex - 1;
    }
    const end = closes.get(brace);
    if (param === undefined || end === undefined || end === code.length) return 'unread';
    return {param, body: code.slice(brace + 1, end)};
  }
  return /\breplaceLink\s*[:(]/.test(code) ? 'unread' : undefined;
}

/**
 * The regular expressions the body's rewriting branches are guarded by, when every statement outside
 * them is a regex declaration or `return <param>`; undefined for any other body.
 */
function readGuards(body: string, param: string): Array<{source: string; flags: string}> | undefined {
  const p = param.replace(/\$/g, '\\$');
  const declared = new Map<string, {source: string; flags: string}>();
  const declaration = new RegExp(`^(?:var|let|const)\\s+(${identifier})\\s*=\\s*${regexLiteral}\\s*;?`);
  const condition = new RegExp(`^(?:${p}\\s*&&\\s*)?(?:${regexLiteral}|(${identifier}))\\.test\\(\\s*${p}\\s*\\)(?:\\s*&&\\s*${p})?$`);
  const returnsParam = new RegExp(`^return\\s+${p}\\s*(?:;|$)`);
  const guards: Array<{source: string; flags: string}> = [];
  let rest = body.trim();
  while (rest !== '') {
    rest = rest.replace(/^;\s*/, '');
    const declared1 = declaration.exec(rest);
    if (declared1) {
      declared.set(declared1[1]!, {source: declared1[2]!, flags: declared1[3]!});
      rest = rest.slice(declared1[0].length).trim();
      continue;
    }
    if (returnsParam.test(rest)) return guards;
    const branch = /^if\s*\(/.exec(rest);
    if (!branch) return undefined;
    const test = closedBody(rest, branch[0].length - 1);
    if (test === undefined) return undefined;
    const guard = condition.exec(test.trim());
    const named = guard?.[3] !== undefined ? declared.get(guard[3]) : undefined;
    const regex = guard?.[1] !== undefined ? {source: guard[1], flags: guard[2]!} : named;
    if (!regex) return undefined;
    guards.push(regex);
    // The branch itself, a block or one statement: what it does is the rewrite.
    let after = rest.slice(branch[0].length + test.length + 1).trim();
    if (after.startsWith('{')) {
      const block = closedBody(after, 0);
      if (block === undefined) return undefined;
      after = after.slice(block.length + 2).trim();
    } else {
      const end = statementEnd(after);
      if (end < 0) return undefined;
      after = after.slice(end + 1).trim();
    }
    // `else { return link; }` is read as the statements after the branch; `else if` as the next branch.
    const otherwise = /^else\b\s*/.exec(after);
    if (otherwise) {
      after = after.slice(otherwise[0].length);
      if (after.startsWith('{')) {
        const block = closedBody(after, 0);
        if (block === undefined) return undefined;
        after = `${block}\n${after.slice(block.length + 2)}`;
      }
    }
    rest = after.trim();
  }
  // A function that ends without returning the link writes `undefined` for the links no guard takes.
  return undefined;
}

/** The links markdown-it hands the rule: `link_open` tokens (links, reference links, autolinks) and `image` tokens. */
const markdownKinds = new Set(['link', 'image', 'definition', 'autolink']);
/** The raw HTML attributes replaceNodes hands it with `processHTML` (postlint's LinkFact.element, lower case as htmlparser2 reads tags). */
const htmlElements = new Set(['a href', 'img src']);

/**
 * Where a one-statement branch ends: its `;`, or its line's end at its own bracket level (a config
 * without semicolons, as the plugin's README writes), strings and regex literals skipped; -1 when
 * neither comes. A line that goes on (`return link\n  .slice(1)`) leaves a rest no shape reads.
 */
function statementEnd(text: string): number {
  let depth = 0;
  return scanCode(text, 0, (_, char) => {
    if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    return depth === 0 && (char === ';' || char === '\n');
  });
}

/** Does the site's replaceLink rewrite this link (its path as written, decoded, without query and fragment)? */
export function rewritesLink(replacement: LinkReplacement, link: Pick<LinkRequest, 'path' | 'kind' | 'element'>): boolean {
  const seen = link.kind === 'html' ? replacement.html && htmlElements.has(link.element ?? '') : markdownKinds.has(link.kind);
  if (!seen) return false;
  if (replacement.guards === undefined) return true;
  const {path} = link;
  return replacement.guards.some(({source, flags}) => {
    // A guard on what the decoded path no longer holds (a query, a fragment, an escape) may match the link as written.
    if (/[#?%]/.test(source)) return true;
    try {
      const regex = new RegExp(source, flags.replace(/[gy]/g, ''));
      return regex.test(path) || regex.test(encodeURI(path));
    } catch {
      return true;
    }
  });
}
