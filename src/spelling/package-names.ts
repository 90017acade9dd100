import type {Root} from 'mdast';
import {DomUtils, parseDocument} from 'htmlparser2';
import {rawCodeSpans} from './raw-html-spans.js';
import {eachOfTypes} from '../node-index.js';

/**
 * Names a page's code uses as the name of a package, crate or module someone else published, or of a
 * family of programs: spelled by their owners, so the prose's word is that name even where the
 * misspellings list knows the letters as a slip (`ratatui` → `ratatouille`, `mosquitto` → `mosquito`).
 * Only these uses count, never a name the writer picks (a variable, a function, a value: `let recieve`
 * keeps the typo a typo):
 * - the package of an install command (`cargo add ratatui`, `npm install left-pad`, `pip install x`);
 * - the module of an import (`use ratatui::…`, `import numpy`, `from flask import`, `require('x')`,
 *   `import … from 'x'`, R's `library(lubridate)`) and the root of a path into one (`ratatui::layout::Rect`,
 *   R's `lubridate::ymd`);
 * - the shared prefix of two programs the code runs with options (`mosquitto_sub -t …` and
 *   `mosquitto_pub -t …`: one project's commands).
 * Lower case as written, and capitalised as a product's name (`Mosquitto`: namesPackage); a name of one or two letters is no evidence. The page's code is its code
 * blocks and spans, and code pasted as HTML (a `<pre>` listing a highlighter wrote, R Markdown's
 * downlit output in a Hugo page): its text, tags left out.
 */
export function codePackageNames(tree: Root, source?: string): Set<string> {
  const names = new Set<string>();
  const families = new Map<string, Set<string>>();
  const read = (code: string): void => {
    for (const [, list] of code.matchAll(installCommand)) for (const name of list!.split(/[ \t]+/)) addPackage(names, name);
    for (const pattern of importForms) for (const [, name] of code.matchAll(pattern)) addPackage(names, name!);
    for (const [, root] of code.matchAll(pathRoot)) names.add(root!);
    for (const [, program, prefix] of code.matchAll(familyProgram)) {
      const members = families.get(prefix!) ?? new Set<string>();
      members.add(program!);
      families.set(prefix!, members);
    }
  };
  let pastedCode = false;
  eachOfTypes(tree, ['code', 'inlineCode', 'html'], (node) => {
    if (node.type === 'code' || node.type === 'inlineCode') read(node.value);
    else if (/<pre\b/i.test(node.value)) pastedCode = true;
  });
  if (pastedCode && source !== undefined) for (const [start, end] of rawCodeSpans(tree, source)) read(DomUtils.textContent(parseDocument(source.slice(start, end))));
  for (const [prefix, members] of families) if (members.size >= 2) names.add(prefix);
  return names;
}

/** A package as an install command gives it: scope and version dropped (`@scope/name@1.2` → `name`). */
function addPackage(names: Set<string>, written: string): void {
  if (written.startsWith('-')) return;
  const name = written.replace(/^@[\w.-]+\//, '').replace(/[@=<>~^].*$/, '');
  if (/^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/.test(name) && name.length >= 3) for (const part of [name, ...name.split(/[_-]/)]) if (part.length >= 3) names.add(part);
}

/** A package manager's install command and the words after it, up to the line's end or a shell operator. */
const installCommand = /\b(?:cargo[ \t]+(?:add|install)|npm[ \t]+(?:i|install|add)|yarn[ \t]+add|pnpm[ \t]+(?:add|install|i)|bun[ \t]+add|pip3?[ \t]+install|gem[ \t]+install|go[ \t]+get|(?:apt|apt-get|dnf|yum|apk|brew)[ \t]+(?:install|add))((?:[ \t]+[^\s;&|]+)+)/g;

/** The module an import names, in the languages whose forms are unambiguous. */
const importForms = [
  /^[ \t]*(?:pub[ \t]+)?use[ \t]+([a-z_][a-z0-9_]*)(?=::|;)/gm,
  /^[ \t]*(?:extern[ \t]+crate|import)[ \t]+([a-z_][a-z0-9_]*)\b/gm,
  /^[ \t]*from[ \t]+([a-z_][a-z0-9_]*)[ \t.][^\n]*\bimport\b/gm,
  /\brequire\([ \t]*['"](?:@[\w.-]+\/)?([a-z0-9][\w.-]*)['"][ \t]*\)/g,
  /^[ \t]*import\b[^\n]*?\bfrom[ \t]+['"](?:@[\w.-]+\/)?([a-z0-9][\w.-]*)['"]/gm,
  // R: `library(lubridate)`, `require("x")`, `requireNamespace("x")`, `install.packages("x")`.
  /^[ \t]*(?:library|require|requireNamespace|install\.packages)\([ \t]*['"]?([a-z][a-z0-9.]*[a-z0-9])['"]?[ \t]*[,)]/gm,
];

/** The root of a path into a module (`ratatui::layout::Rect`): lower case, not itself after `::` or a dot. */
const pathRoot = /(?<![\w:.])([a-z][a-z0-9_]{2,})::[A-Za-z_]/g;

/** A program run with an option whose name is a prefix and a part (`mosquitto_sub -t`), at a line's or span's start (not `a_b - 1`). */
const familyProgram = /^[ \t]*(?:\$[ \t]+)?(?:sudo[ \t]+)?(([a-z][a-z0-9]{2,})[_-][a-z0-9]+)[ \t]+--?[A-Za-z]/gm;

/**
 * Whether a word is one of these names as prose writes it: lower case as the code has it
 * (`mosquitto`), or capitalised as a product's name (`Mosquitto` opening a title or a list item,
 * `Ratatui`), the rest of its letters as the code writes them. Other casings (`MOSQUITTO`,
 * `MosQuitto`) are not the name's forms.
 */
export function namesPackage(word: string, names: ReadonlySet<string>): boolean {
  if (word === word.toLowerCase()) return names.has(word);
  const rest = word.slice(1);
  return /^\p{Lu}$/u.test(word[0] ?? '') && rest === rest.toLowerCase() && names.has(word.toLowerCase());
}
