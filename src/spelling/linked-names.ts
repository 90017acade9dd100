import type {Link, LinkReference, Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import {eachOfTypes} from '../node-index.js';

/**
 * Project names a page links to their own home: a word of a link's text that is the name of the
 * link's host (`[coursier](https://get-coursier.io/docs/api)`, `[Eclipse Mosquitto](https://mosquitto.org/)`,
 * `[blosxom][]` defined as `http://blosxom.sourceforge.net/`) or of the repository it points into
 * on a forge (`[zstd](https://github.com/facebook/zstd)`). The address spells the name: the site
 * means that project wherever it writes the word, so its other pages' uses (`tools such as scala-cli,
 * coursier or bloop`) are that name too (spelling's site step weighs it). Only a whole label of the
 * host (split at dots and hyphens, `www` and the last label aside) or a whole repository name
 * counts: a word that merely sits in a link's text (`[the teh docs](https://example.org/teh-docs)`)
 * is read. The forms noted are the word as the link writes it and a repository's name as its address writes it.
 */
export function linkedProjectNames(tree: Root): Set<string> {
  const definitions = new Map<string, string>();
  const links: Array<LinkReference | Link> = [];
  eachOfTypes(tree, ['definition', 'link', 'linkReference'], (node) => {
    if (node.type === 'definition') {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    } else links.push(node);
  });
  const names = new Set<string>();
  for (const node of links) {
    const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
    if (url === undefined) continue;
    const labels = projectLabels(url);
    if (labels.size === 0) continue;
    for (const [word] of toString(node).matchAll(/\p{L}[\p{L}\p{N}]*/gu)) {
      if (word.length < 4) continue;
      const written = labels.get(word.toLowerCase());
      if (written === undefined) continue;
      // The form the link writes, and a repository's name as its owner wrote it (`acme/blorpus`). A
      // host's lower case says nothing (DNS ignores case): `[Shotcut](https://www.shotcut.org/)` names
      // Shotcut, and a lower-case `shotcut` elsewhere may be a typo of "shortcut".
      names.add(word);
      if (written !== '') names.add(written);
    }
  }
  return names;
}

/**
 * What an absolute address starts with: after the C0 controls and spaces the URL parser trims, an
 * ASCII letter, and a colon somewhere (tabs and newlines, which the parser drops, may sit in the scheme).
 */
const mayHaveScheme = /^[\x00-\x20]*[A-Za-z][^:]*:/;

/** Forges whose first two path segments are an owner and a repository. */
const forges = new Set(['github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org', 'sr.ht', 'git.sr.ht']);

/**
 * Package registries and their documentation hosts, whose address names a package after a fixed
 * prefix: `docs.rs/<crate>`, `crates.io/crates/<crate>`, `www.npmjs.com/package/<name>`,
 * `pypi.org/project/<name>`, `rubygems.org/gems/<name>`, `hex.pm/packages/<name>`,
 * `hackage.haskell.org/package/<name>`, `www.nuget.org/packages/<name>` (each registry's own URL
 * scheme for a package's page). `[dacquiri](https://docs.rs/dacquiri)` names the crate as
 * `[zstd](https://github.com/facebook/zstd)` names the repository.
 */
const registries = new Map<string, {prefix: readonly string[]}>([
  ['docs.rs', {prefix: []}],
  ['crates.io', {prefix: ['crates']}],
  ['lib.rs', {prefix: ['crates']}],
  ['npmjs.com', {prefix: ['package']}],
  ['pypi.org', {prefix: ['project']}],
  ['rubygems.org', {prefix: ['gems']}],
  ['hex.pm', {prefix: ['packages']}],
  ['hackage.haskell.org', {prefix: ['package']}],
  ['nuget.org', {prefix: ['packages']}],
]);

/**
 * The names an address gives its project, by lower case: a forge repository's name (its pieces), mapped
 * to the piece as the address writes it, or the host's labels, mapped to '' (a host's case is no spelling).
 */
function projectLabels(url: string): Map<string, string> {
  const labels = new Map<string, string>();
  // Most links of a page are relative (`post.md#part`, `/images/x.png`): without a scheme the URL
  // parser can only throw, and a thrown error costs more than the rest of this function.
  if (!mayHaveScheme.test(url)) return labels;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return labels;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return labels;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const registry = registries.get(host);
  if (registry !== undefined) {
    const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
    const name = registry.prefix.every((part, index) => segments[index] === part) ? segments[registry.prefix.length] : undefined;
    if (name) for (const piece of name.split(/[-_.]/)) labels.set(piece.toLowerCase(), piece);
    return labels;
  }
  if (forges.has(host)) {
    const repository = parsed.pathname.split('/').filter((segment) => segment !== '')[1];
    if (repository) for (const piece of repository.replace(/\.git$/i, '').split(/[-_.]/)) labels.set(piece.toLowerCase(), piece);
    return labels;
  }
  const parts = host.split('.');
  // The last label is the top-level domain (`io`, `net`): no project's name.
  for (const label of parts.slice(0, -1)) for (const piece of label.split('-')) labels.set(piece, '');
  // A forge's pages host serves a project site at `<owner>.github.io/<repository>/` (GitHub Pages,
  // GitLab Pages, Codeberg Pages): its first path segment is the repository, as on the forge. A
  // segment with a dot is a file (`/notes.html`), no repository's name.
  const repository = pagesHost.test(host) ? parsed.pathname.split('/').find((segment) => segment !== '') : undefined;
  if (repository !== undefined && !repository.includes('.')) for (const piece of repository.split(/[-_]/)) labels.set(piece.toLowerCase(), piece);
  return labels;
}

/** Hosts of forges' project sites: GitHub Pages, GitLab Pages, Codeberg Pages. */
const pagesHost = /^[^.]+\.(?:github\.io|gitlab\.io|codeberg\.page)$/;

/** A host label (not the top-level domain) that starts with the word: `zorblatproject` for `zorblat`. */
function hostStartsWith(url: string, word: string): boolean {
  if (!mayHaveScheme.test(url)) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return false;
  }
  return host.split('.').slice(0, -1).some((label) => label.startsWith(word));
}

/**
 * Is a link's whole text (`<a href="https://zorblatproject.github.io/zorblat">zorblat</a>`) one
 * word its address names as a project: a label of the host or the start of one (a project's site
 * `zorblatproject.io`, its docs `zorblat.readthedocs.io`), a forge repository or a registry's
 * package (projectLabels), or a pages site's repository? Then it is that project's name in the
 * form the page writes it. A word among others in the link's text, or one the address does not
 * name, is read as prose.
 */
export function linkTextNamesProject(text: string, url: string): boolean {
  const word = text.trim();
  if (!/^\p{L}[\p{L}\p{N}]{3,}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return projectLabels(url).has(lower) || hostStartsWith(url, lower);
}

/** A program's name: lower case, maybe hyphenated (`zlib-flate`, `psql`). */
const programName = String.raw`[a-z][a-z0-9]*(?:-[a-z0-9]+)*`;
/** A shell line in a code block: a prompt (`$`), maybe `sudo`, then the command. */
const promptedCommand = new RegExp(String.raw`^[ \t]*\$[ \t]+(?:sudo[ \t]+)?(${programName})(?=[ \t]|$)`, 'gm');
/** The same in a terminal session block, where `#` (root) and `%` (csh, zsh) are prompts too. */
const sessionCommand = new RegExp(String.raw`^[ \t]*[$%#][ \t]+(?:sudo[ \t]+)?(${programName})(?=[ \t]|$)`, 'gm');
/**
 * Languages of a block that shows a terminal session, whose lines are commands and their output.
 * Elsewhere `#` and `%` start a comment (Python, YAML, shell, Ruby, TOML; LaTeX, Erlang): its first
 * word is prose, not a program.
 */
export const sessionLanguages = new Set(['console', 'shell-session', 'sh-session', 'shellsession', 'terminal']);
/** Languages of a block that is a shell script: its lines are commands, prompted or not. */
export const shellLanguages = new Set(['bash', 'sh', 'shell', 'zsh', 'ksh', 'fish']);
/** A script's line that runs a program with an option (`optipng -o1 -quiet $1`), maybe indented, after `sudo`. */
const optionedCommand = new RegExp(String.raw`^[ \t]*(?:sudo[ \t]+)?(${programName})[ \t]+--?[A-Za-z0-9]`, 'gm');
/**
 * A program a shell line runs from the current directory with an option (`./wrk -t120 -c400`), anywhere
 * on the line: after a wrapper (`taskset -c 32-45 ./wrk -t1`), `&&` or `;`. The `./` says it is an
 * executable file the page built or fetched, and the option that it is run.
 */
const localCommand = new RegExp(String.raw`(?:^|[ \t;&|(])\.\/(${programName})(?=[ \t]+--?[A-Za-z0-9])`, 'gm');
/** Inline code that is a command: a hyphenated name alone (`zlib-flate`), or a name run with an option (`mysql -u root`). */
const inlineCommand = new RegExp(String.raw`^(?:\$[ \t]+)?(?:(${programName}-[a-z0-9]+)(?:[ \t].*)?|(${programName})[ \t]+-.*)$`, 's');

/**
 * The programs a page runs in its code: the command of a prompted shell line in a code block
 * (`$ zlib-flate -uncompress < out.ppmz`; `#` and `%` prompt only in a `console` session block,
 * elsewhere they open a comment), or inline code that is a hyphenated name alone or
 * with its arguments (`` `zlib-flate` ``), or a name run with an option (`` `mysql -u root` ``).
 * The page shows the word as a command; in its prose (`pipe it into zlib-flate`) it names that
 * program, whose name no dictionary has. So does a line of a shell script (a `bash`, `sh` block)
 * that runs a program with an option, prompt or not (`optipng -o1 -quiet $1 -out $2`), or runs one
 * from the current directory with an option anywhere on the line (`taskset -c 1 ./wrk -t120`). A word only
 * the prose writes is read; so is a word of another code block's line without a prompt (any code,
 * not a command shown run).
 */
export function commandNames(tree: Root): Set<string> {
  const names = new Set<string>();
  eachOfTypes(tree, ['code', 'inlineCode'], (node) => {
    if (node.type === 'code') {
      const session = sessionLanguages.has((node.lang ?? '').toLowerCase());
      // A shell script's line that runs a program with an option is a command, with no prompt to show it.
      if (shellLanguages.has((node.lang ?? '').toLowerCase())) for (const match of node.value.matchAll(optionedCommand)) names.add(match[1]!);
      if (!(session ? /^[ \t]*[$%#][ \t]/m : /^[ \t]*\$[ \t]/m).test(node.value)) return;
      for (const match of node.value.matchAll(session ? sessionCommand : promptedCommand)) names.add(match[1]!);
    } else {
      const match = inlineCommand.exec(node.value.trim());
      const name = match?.[1] ?? match?.[2];
      if (name !== undefined) names.add(name);
    }
  });
  for (const name of localProgramNames(tree)) names.add(name);
  return names;
}

/**
 * The programs a page's shell code runs from the current directory (`./wrk -t120`, see localCommand):
 * executable files of that name the page has, so the name holds even where the misspellings list
 * has it (`wrk` → `work`): a typo planted in the prose is not also a file the code runs.
 */
export function localProgramNames(tree: Root): Set<string> {
  const names = new Set<string>();
  eachOfTypes(tree, ['code'], (node) => {
    const lang = (node.lang ?? '').toLowerCase();
    if (sessionLanguages.has(lang) || shellLanguages.has(lang)) for (const match of node.value.matchAll(localCommand)) names.add(match[1]!);
  });
  return names;
}

/** What an organisation adds to its project's name on a forge (`storaged-project`, `zorblat-dev`, `zorblatlang`). */
const organisationSuffix = /^(?:-?project|-?org|-dev|-team|-?lang|-?hq)$/;

/**
 * Projects a page links on a forge under an organisation named after the project (`[zorblat](https://github.com/zorblat/zorblat)`,
 * `github.com/zorblat-project/zorblat`): the link's whole text is the repository's name, and the owner registered it as
 * its organisation's too. That is the owners' own name for it, written in their case, even where the misspellings list
 * knows the letters (a linked name whose owner is a person, `github.com/pazz/alot`, is no such evidence: "alot" stays a
 * slip on the site's other pages). Lower-case names only, four letters or more.
 */
export function selfOwnedProjectNames(tree: Root): Set<string> {
  const definitions = new Map<string, string>();
  const links: Array<LinkReference | Link> = [];
  eachOfTypes(tree, ['definition', 'link', 'linkReference'], (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    else if (node.type === 'link' || node.type === 'linkReference') links.push(node);
  });
  const names = new Set<string>();
  for (const node of links) {
    const url = node.type === 'link' ? node.url : definitions.get(node.identifier);
    const word = toString(node).trim();
    if (url === undefined || !/^[a-z][a-z0-9]{3,}$/.test(word) || !mayHaveScheme.test(url)) continue;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      continue;
    }
    if (!forges.has(parsed.hostname.toLowerCase().replace(/^www\./, ''))) continue;
    const [owner, repository] = parsed.pathname.split('/').filter((segment) => segment !== '');
    if (owner === undefined || repository?.replace(/\.git$/i, '') !== word) continue;
    const lowerOwner = owner.toLowerCase();
    if (lowerOwner.startsWith(word) && organisationSuffix.test(lowerOwner.slice(word.length)) || lowerOwner === word) names.add(word);
  }
  return names;
}
