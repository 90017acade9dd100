/**
 * The heading-id options of a VitePress config's `markdown` object, read literally from its text
 * (and the local modules it imports):
 *
 * - `markdown.attrs` holds markdown-it-attrs' options: `leftDelimiter` / `rightDelimiter` change
 *   the `{#id}` block (`%{#id}%`), `disable: true` turns such blocks off (VitePress passes
 *   `attrs` to markdown-it-attrs, src/node/markdown/markdown.ts in vuejs/vitepress);
 * - `markdown.anchor.slugify` replaces the slugify of headings' ids (markdown-it-anchor's option).
 *   The one @mdit-vue/shared exports is VitePress's own. A function defined in the config as a chain
 *   of string methods on its argument (`str.normalize('NFKD').replace(rSpecial, '-')`, regular
 *   expressions and strings written literally) is read as those steps; any other function makes
 *   automatic ids unknown.
 */
import {literalOf, objectOf} from './config-text.js';
import type {SlugifyStep} from '../slug/steps.js';
import {escapeRegExp} from '../../links/patterns.js';

export interface VitepressIdOptions {
  /** The attribute block's delimiters, when the config changes them. */
  delimiters?: {left: string; right: string};
  /** `markdown.attrs.disable: true`: no `{#id}` blocks. */
  attrsDisabled?: boolean;
  /** What the config gives as `markdown.anchor.slugify`, in words, when postlint cannot read it. */
  slugify?: string;
  /** The site's slugify as string-method steps, when it is written as such a chain. */
  slugifySteps?: SlugifyStep[];
  /** The package whose function makes the config (or whose config it extends), which may set `markdown.anchor` (vitepress-config-package.ts). */
  configPackage?: string;
}

export function readIdOptions(text: string): VitepressIdOptions {
  const markdown = objectOf(text, 'markdown');
  if (markdown === undefined) return {};
  const options: VitepressIdOptions = {};
  const attrs = objectOf(markdown, 'attrs');
  const left = literalOf(attrs, 'leftDelimiter');
  const right = literalOf(attrs, 'rightDelimiter');
  if (left !== undefined || right !== undefined) options.delimiters = {left: left ?? '{', right: right ?? '}'};
  if (attrs !== undefined && /(?:^|[\s,])disable\s*:\s*true\b/.test(attrs)) options.attrsDisabled = true;
  const anchor = objectOf(markdown, 'anchor');
  const slugify = anchor === undefined ? undefined : /(?:^|[\s,])slugify\s*(?::\s*([^,}\n]+))?\s*(?:[,}\n]|$)/.exec(anchor);
  if (slugify) {
    const value = (slugify[1] ?? 'slugify').trim();
    // `slugify` imported from @mdit-vue/shared is VitePress's default.
    const name = /^[A-Za-z_$][\w$]*$/.test(value) ? value : undefined;
    // Escaped, and bounded by what is no identifier character (`\b` fails beside a `$`).
    const escaped = name === undefined ? undefined : escapeRegExp(name);
    const imported = escaped !== undefined && new RegExp(`import\\s*\\{[^}]*(?<![\\w$])(?:slugify\\s+as\\s+)?${escaped}(?![\\w$])[^}]*\\}\\s*from\\s*['"]@mdit-vue/shared['"]`).test(text);
    const steps = !imported && name !== undefined ? readSteps(text, name) : undefined;
    if (steps) options.slugifySteps = steps;
    else if (!imported) options.slugify = name ? `the function "${name}"` : 'a function';
  }
  return options;
}

/** A string literal's value (`'x'`, `"x"`, a template without `${}`), or undefined. */
function stringValue(text: string): string | undefined {
  const match = /^(['"`])((?:\\.|(?!\1)[^\\])*)\1$/s.exec(text.trim());
  if (!match || (match[1] === '`' && match[2]!.includes('${'))) return undefined;
  try {
    return match[1] === '`' ? match[2]!.replace(/\\(.)/g, '$1') : (JSON.parse(`"${match[2]!.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string);
  } catch {
    return undefined;
  }
}

/** A regular expression literal's source and flags, written as such or as a constant (`const rSpecial = /…/g`). */
function regexValue(text: string, whole: string): {source: string; flags: string} | undefined {
  const literal = /^\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\[\n])+)\/([dgimsuvy]*)$/.exec(text.trim());
  if (literal) return {source: literal[1]!, flags: literal[2]!};
  if (!/^[A-Za-z_$][\w$]*$/.test(text.trim())) return undefined;
  const constant = new RegExp(`(?:const|let|var)\\s+${text.trim().replace(/\$/g, '\\$')}\\s*=\\s*(\\/(?:\\\\.|\\[(?:\\\\.|[^\\]\\\\])*\\]|[^/\\\\\\[\\n])+\\/[dgimsuvy]*)`).exec(whole);
  return constant ? regexValue(constant[1]!, '') : undefined;
}

/** The arguments of a call starting after its `(`: split at top-level commas, up to the matching `)`; regex literals and strings kept whole. */
function callArguments(text: string, start: number): {args: string[]; end: number} | undefined {
  const args: string[] = [];
  let current = '';
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    const rest = text.slice(i);
    const token = /^(?:(['"`])(?:\\.|(?!\1)[^\\])*\1|\/(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\[\n])+\/[dgimsuvy]*)/.exec(rest);
    // A `/` starts a regular expression only where a value may start.
    if (token && (char !== '/' || current.trim() === '')) {
      current += token[0];
      i += token[0].length - 1;
      continue;
    }
    if (char === '(') depth++;
    if (char === ')') {
      if (depth === 0) {
        if (current.trim() !== '') args.push(current.trim());
        return {args, end: i + 1};
      }
      depth--;
    }
    if (char === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  return undefined;
}

/** Whether a regular expression literal is one JavaScript accepts (`/a/gg` is not: its slugify would throw). */
function compiles(pattern: {source: string; flags: string}): boolean {
  try {
    new RegExp(pattern.source, pattern.flags);
    return true;
  } catch {
    return false;
  }
}

/**
 * The steps of `const name = (str) => str.normalize('NFKD').replace(…)…` or
 * `function name(str) { return str….; }`, when every call in the chain is one postlint can follow.
 */
function readSteps(text: string, name: string): SlugifyStep[] | undefined {
  const escaped = name.replace(/\$/g, '\\$');
  const head = new RegExp(`(?:(?:const|let|var)\\s+${escaped}\\s*=\\s*(?:\\(\\s*([A-Za-z_$][\\w$]*)(?:\\s*:\\s*string)?\\s*\\)|([A-Za-z_$][\\w$]*))\\s*(?::\\s*string\\s*)?=>\\s*\\{?\\s*(?:return\\s+)?|function\\s+${escaped}\\s*\\(\\s*([A-Za-z_$][\\w$]*)(?:\\s*:\\s*string)?\\s*\\)\\s*(?::\\s*string\\s*)?\\{\\s*return\\s+)`).exec(text);
  if (!head) return undefined;
  const parameter = head[1] ?? head[2] ?? head[3]!;
  let at = head.index + head[0].length;
  if (!text.startsWith(parameter, at) || /[\w$]/.test(text[at + parameter.length] ?? '')) return undefined;
  at += parameter.length;
  const steps: SlugifyStep[] = [];
  for (;;) {
    const gap = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/.exec(text.slice(at))![0];
    at += gap.length;
    const method = /^\.([A-Za-z]+)\s*\(/.exec(text.slice(at));
    if (!method) break;
    const call = callArguments(text, at + method[0].length);
    if (!call) return undefined;
    at = call.end;
    const [first, second] = call.args;
    if (method[1] === 'normalize') {
      const form = first === undefined ? 'NFC' : stringValue(first);
      if (form === undefined || !['NFC', 'NFD', 'NFKC', 'NFKD'].includes(form)) return undefined;
      steps.push({op: 'normalize', form});
    } else if ((method[1] === 'replace' || method[1] === 'replaceAll') && call.args.length === 2) {
      const pattern = regexValue(first!, text);
      const replacement = stringValue(second!);
      if (!pattern || replacement === undefined || !compiles(pattern)) return undefined;
      steps.push({op: 'replace', ...pattern, replacement});
    } else if (method[1] === 'toLowerCase' && call.args.length === 0) steps.push({op: 'lower'});
    else if (method[1] === 'toUpperCase' && call.args.length === 0) steps.push({op: 'upper'});
    else if (method[1] === 'trim' && call.args.length === 0) steps.push({op: 'trim'});
    else return undefined;
  }
  // The chain must end the function's value: `;`, `}`, a new line with a new statement, or the end.
  const after = text.slice(at).trimStart();
  if (after !== '' && !/^[;}\n]|^(?:export|const|let|var|function)\b/.test(after)) return undefined;
  return steps.length > 0 ? steps : undefined;
}
