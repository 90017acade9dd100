/**
 * The paths a gen-files script builds, read from its text without running it: a small evaluator of
 * the pathlib expressions mkdocstrings' recipe uses (`Path("reference", doc_path)`, `root / "src" /
 * PKG`, `path.relative_to(src).with_suffix(".md")`, `x.with_name("index.md")`, `Path(__file__).parent`),
 * over the script's module constants (`PKG = "tool"`) and the files a `for path in
 * sorted(src.rglob("*.py"))` walks. A variable is every value any of its assignments gives (control
 * flow is not followed: the answer is all the paths the script may build). Anything else is unknown.
 */
import {readdirSync} from 'node:fs';
import {posix, resolve} from 'node:path';
import {toPosix} from '../../paths.js';

/** Where the script is, and the folder it runs in (MkDocs' working folder, the project's root). */
export interface ScriptWhere {
  script: string;
  root: string;
}

/** One step of a pathlib chain postlint reads: an attribute or a method with a literal (or, for relative_to, a plain) argument. */
const chainStep = String.raw`\.(?:parent|resolve\(\)|absolute\(\)|as_posix\(\)|with_(?:name|suffix)\(\s*(?:"[^"\n]*"|'[^'\n]*')\s*\)|relative_to\([^()]*\))`;

/** More paths than this from one expression is no answer (a walk over a whole tree). */
const mostPaths = 5000;
const deepest = 8;

/** Module constants assigned one plain string literal once, at the top level (`OUTPUT_DIR = "api"`). */
export function moduleConstants(text: string): Map<string, string> {
  const seen = new Map<string, string | undefined>();
  for (const line of text.matchAll(/^([A-Za-z_]\w*)[ \t]*=[ \t]*(.*)$/gm)) {
    const value = /^(["'])([^"'\\\n{}]*)\1[ \t]*(?:#.*)?$/.exec(line[2]!.trim());
    seen.set(line[1]!, seen.has(line[1]!) ? undefined : value?.[2]);
  }
  return new Map([...seen].filter((entry): entry is [string, string] => entry[1] !== undefined));
}

/** `text` split at `separator` outside quotes and brackets. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

/** Joins as pathlib does: an absolute right side replaces the left. */
function joinAll(sets: ReadonlyArray<readonly string[]>): string[] | undefined {
  let paths = [''];
  for (const set of sets) {
    paths = paths.flatMap((left) => set.map((right) => (right.startsWith('/') || left === '' ? right : posix.join(left, right))));
    if (paths.length > mostPaths) return undefined;
  }
  return paths.map((path) => posix.normalize(path));
}

/** The script's reader: each variable's assignments, the loops' walks, the constants. */
export class ScriptPaths {
  /** The module's top-level names bound once to a literal (moduleConstants), for the literal readers too. */
  readonly constants: Map<string, string>;
  private readonly walks = new Map<string, string>();
  private readonly busy = new Set<string>();

  constructor(private readonly text: string, private readonly where: ScriptWhere | undefined) {
    this.constants = moduleConstants(text);
    for (const loop of text.matchAll(/^[ \t]*for[ \t]+([A-Za-z_]\w*)[ \t]+in[ \t]+(?:sorted\([ \t]*)?(.+?)\.rglob\([ \t]*(["'])\*\.py\3[ \t]*\)/gm)) {
      this.walks.set(loop[1]!, loop[2]!);
    }
  }

  /** Every path the expression may be (posix; absolute when it starts at the script or the root), or undefined. */
  evaluate(expression: string, depth = 0): string[] | undefined {
    if (depth > deepest) return undefined;
    const source = expression.replace(/\s+#.*$/, '').trim();
    const terms = splitTop(source, '/');
    if (terms.length > 1) {
      const sets = terms.map((term) => this.evaluate(term, depth + 1));
      return sets.every((set): set is string[] => set !== undefined) ? joinAll(sets) : undefined;
    }
    const chain = new RegExp(String.raw`^(.*?)((?:${chainStep})*)$`, 's').exec(source);
    if (!chain) return undefined;
    return this.applyChain(this.primary(chain[1]!.trim(), chain[2]!.startsWith('.relative_to('), depth), chain[2]!, depth);
  }

  /** One method or attribute of a chain applied to each path. */
  private step(paths: string[], name: string, argument: string | undefined, depth: number): string[] | undefined {
    switch (name) {
      case 'parent':
        return paths.map((path) => posix.dirname(path));
      case 'with_name':
        return paths.map((path) => posix.join(posix.dirname(path), argument!));
      case 'with_suffix':
        return paths.map((path) => path.replace(/\.[^./]*$/, '') + argument);
      case 'relative_to': {
        const base = this.evaluate(argument ?? '', depth + 1);
        if (base?.length !== 1) return undefined;
        const inside = paths.filter((path) => path === base[0] || path.startsWith(`${base[0]}/`));
        return inside.length === paths.length ? paths.map((path) => posix.relative(base[0]!, path)) : undefined;
      }
      default:
        return paths;
    }
  }

  private primary(text: string, walked: boolean, depth: number): string[] | undefined {
    const literal = /^([rRfF]{0,2})(["'])([^"'\n]*)\2$/.exec(text);
    if (literal) {
      const value = /f/i.test(literal[1]!) ? literal[3]!.replace(/\{([A-Za-z_]\w*)\}/g, (all, name: string) => this.constants.get(name) ?? all) : literal[3]!;
      return value.includes('{') ? undefined : [value];
    }
    const call = /^(?:pathlib\.)?(?:Pure)?(?:Posix)?Path\((.*)\)$/s.exec(text);
    if (call) {
      if (call[1]!.trim() === '__file__') return this.where ? [toPosix(resolve(this.where.script))] : undefined;
      if (call[1]!.trim() === '') return ['.'];
      const sets = splitTop(call[1]!, ',').map((argument) => this.evaluate(argument, depth + 1));
      return sets.every((set): set is string[] => set !== undefined) ? joinAll(sets) : undefined;
    }
    if (/^(?:pathlib\.)?Path\.cwd\(\)$/.test(text)) return this.where ? [toPosix(resolve(this.where.root))] : undefined;
    if (!/^[A-Za-z_]\w*$/.test(text)) return undefined;
    const constant = this.constants.get(text);
    if (constant !== undefined) return [constant];
    // The loop variable of a walk is each module file below the walked folder; it is only read relative to that folder.
    const walk = this.walks.get(text);
    if (walk !== undefined) return walked ? this.modules(walk, depth) : undefined;
    return this.variable(text, depth);
  }

  /** The `.py` files below the folder the walk's expression names, as pathlib yields them: relative to the root when the folder is (`src/tool/core.py`). */
  private modules(folderExpression: string, depth: number): string[] | undefined {
    const folder = this.evaluate(folderExpression, depth + 1);
    if (folder?.length !== 1 || !this.where) return undefined;
    let names: string[];
    try {
      names = readdirSync(resolve(this.where.root, folder[0]!), {recursive: true, encoding: 'utf8'});
    } catch {
      return undefined;
    }
    const files = names.filter((name) => name.endsWith('.py')).map((name) => posix.join(folder[0]!, toPosix(name)));
    return files.length > mostPaths ? undefined : files;
  }

  /**
   * Every value the variable's assignments give. An assignment from the variable itself
   * (`page = page.with_name("index.md")`) applies to the values of the others.
   */
  private variable(name: string, depth: number): string[] | undefined {
    if (this.busy.has(name)) return undefined;
    const assigned = [...this.text.matchAll(new RegExp(String.raw`^[ \t]*${name}[ \t]*=[ \t]*(.+)$`, 'gm'))].map((match) => match[1]!);
    if (assigned.length === 0) return undefined;
    const own = new RegExp(String.raw`^${name}\b`);
    this.busy.add(name);
    try {
      const values = new Set<string>();
      for (const expression of assigned.filter((each) => !own.test(each.trim()))) {
        const paths = this.evaluate(expression, depth + 1);
        if (paths === undefined) return undefined;
        for (const path of paths) values.add(path);
      }
      const base = [...values];
      for (const expression of assigned.filter((each) => own.test(each.trim()))) {
        const chain = expression.trim().slice(name.length);
        const paths = this.applyChain(base, chain, depth + 1);
        if (paths === undefined) return undefined;
        for (const path of paths) values.add(path);
      }
      return values.size > mostPaths ? undefined : [...values];
    } finally {
      this.busy.delete(name);
    }
  }

  /** A chain of steps (`.with_name("index.md")`, `.relative_to(src)`) applied to given paths; undefined when one is not read. */
  private applyChain(paths: string[] | undefined, chain: string, depth: number): string[] | undefined {
    const steps = chain.replace(/\s+#.*$/, '').trim();
    if (!new RegExp(String.raw`^(?:${chainStep})*$`).test(steps)) return undefined;
    let result = paths;
    for (const step of steps.matchAll(/\.(parent|resolve|absolute|as_posix|with_name|with_suffix|relative_to)(?:\(\s*(?:(["'])([^"'\n]*)\2|([^()]*))\s*\))?/g)) {
      // relative_to reads its argument as an expression (a literal keeps its quotes: `relative_to("src")` is the folder, not a name).
      const argument = step[1] === 'relative_to' && step[2] !== undefined ? `${step[2]}${step[3]}${step[2]}` : (step[3] ?? step[4]);
      result = result && this.step(result, step[1]!, argument, depth);
    }
    return result;
  }
}

/** A path the script builds as a place below docs_dir (relative, staying inside), or undefined. */
export function docsRelative(path: string): string | undefined {
  return path === '.' || path.startsWith('/') || path.startsWith('../') || path === '..' ? undefined : path;
}
