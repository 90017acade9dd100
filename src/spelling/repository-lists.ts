/**
 * A list of a project's repositories by their names (`across many projects (firmware, web, android, openwrt)`):
 * each item the name of a repository the site links on a source forge under one owner
 * (`github.com/acme/openwrt`), written as the forge spells it, in lower case. Such an item is that
 * repository, not the product the same letters name (`OpenWrt`). brand-casing's site half weighs it: the
 * file half notes the list around a lower-case finding, and every file the repositories its links name.
 */
import type {Root} from 'mdast';
import {eachOfTypes} from '../node-index.js';

/** A link to a repository (or into one) on a forge: its owner and name, as the address spells them. */
const repositoryUrl = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?:[/?#]|$)/i;

/**
 * First path segments a forge keeps for its own pages, with a name after them that is no repository: GitHub's
 * `topics/mysql`, `features/actions`, `sponsors/…`, `orgs/…` (from the github-reserved-names list of paths GitHub uses
 * that are not users, those whose pages take a further segment); GitLab's `explore`, `groups`, `users`, `help`;
 * Gitea's (Codeberg's) `explore`, `user`, `org`.
 */
const forgeRoutes = new Set(['about', 'apps', 'collections', 'enterprise', 'events', 'explore', 'features', 'groups', 'help', 'marketplace', 'org', 'organizations', 'orgs', 'readme', 'resources', 'security', 'settings', 'site', 'sponsors', 'topic', 'topics', 'user', 'users']);

/** The repositories the page links, as `owner/name` in lower case (forges match names in any case). */
export function linkedRepositories(tree: Root): string[] {
  const repositories = new Set<string>();
  const add = (url: string): void => {
    const match = repositoryUrl.exec(url);
    if (match && !forgeRoutes.has(match[1]!.toLowerCase())) repositories.add(`${match[1]!.toLowerCase()}/${match[2]!.toLowerCase()}`);
  };
  eachOfTypes(tree, ['link', 'definition'], (node) => add(node.url));
  return [...repositories];
}

/** One-word lower-case items, commas between them (`and`/`or` before the last allowed). */
const item = String.raw`[\p{Ll}\p{N}][\p{Ll}\p{N}_.-]*`;
const itemList = new RegExp(String.raw`(?<![\p{L}\p{N}_.-])${item}(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?${item}|[ \t]+(?:and|or)[ \t]+${item})+(?![\p{L}\p{N}_-])`, 'gu');

/** Lists of at least this many items are read; `firmware and web` says nothing of a kind. */
const fewestItems = 3;

/** The items of the comma list of one-word lower-case names, on its line, that holds the word at `offset`. */
export function listAround(source: string, offset: number, word: string): string[] | undefined {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset);
  const line = source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd);
  const at = offset - lineStart;
  for (const match of line.matchAll(itemList)) {
    if (at < match.index || at >= match.index + match[0].length) continue;
    const items = match[0].split(/[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+/).filter((each) => each !== '');
    return items.length >= fewestItems && items.includes(word) ? items : undefined;
  }
  return undefined;
}

/**
 * Is the word an item of a list whose items, `fewestItems` or more of them with the word, are
 * repositories the site links under one owner? `repositories` holds the site's `owner/name` pairs.
 */
export function repositoryListItem(word: string, items: readonly string[], repositories: ReadonlySet<string>): boolean {
  const owners = new Map<string, Set<string>>();
  for (const pair of repositories) {
    const [owner, name] = pair.split('/') as [string, string];
    if (!items.includes(name)) continue;
    owners.set(owner, (owners.get(owner) ?? new Set()).add(name));
  }
  for (const names of owners.values()) if (names.has(word) && names.size >= fewestItems) return true;
  return false;
}
