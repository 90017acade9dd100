/**
 * Which Jekyll plugins a site turns on: the `plugins` list of `_config.yml` (`gems` before Jekyll
 * 3.5), or the `:jekyll_plugins` group of its Gemfile, which Jekyll requires on its own
 * (jekyll/jekyll lib/jekyll/plugin_manager.rb `require_from_bundler`). A plugin that is only a
 * dependency (the github-pages gem's) does nothing until one of those names it.
 */
import {join} from 'node:path';
import {escapeRegExp} from '../../links/patterns.js';
import {readText} from './common.js';
import type {SiteInfo} from './types.js';

function listed(value: unknown, name: string): boolean {
  return Array.isArray(value) && value.some((item) => item === name);
}

/** Does the Gemfile put the gem in the `:jekyll_plugins` group (a `group` block or a `group:` option)? */
function inPluginGroup(gemfile: string, name: string): boolean {
  const gem = new RegExp(`^\\s*gem\\s+["']${escapeRegExp(name)}["']([^\\n]*)`, 'gm');
  for (const match of gemfile.matchAll(gem)) {
    if (/group:?\s*(?:=>\s*)?\[?[^\n]*:jekyll_plugins/.test(match[1]!)) return true;
    // Inside `group :jekyll_plugins do … end`: the nearest group opened before it and not closed.
    const before = gemfile.slice(0, match.index);
    const opened = before.lastIndexOf('group ');
    if (opened !== -1 && /^group\s+[^\n]*:jekyll_plugins[^\n]*\bdo\b/.test(before.slice(opened)) && !/^\s*end\b/m.test(before.slice(opened))) return true;
  }
  return false;
}

const answers = new WeakMap<SiteInfo, Map<string, boolean>>();

export function usesPlugin(site: SiteInfo, name: string): boolean {
  let known = answers.get(site);
  if (!known) answers.set(site, (known = new Map()));
  let uses = known.get(name);
  if (uses === undefined) {
    const gemfile = listed(site.config.plugins, name) || listed(site.config.gems, name) ? undefined : readText(join(site.root, 'Gemfile'));
    uses = listed(site.config.plugins, name) || listed(site.config.gems, name) || (gemfile !== undefined && inPluginGroup(gemfile, name));
    known.set(name, uses);
  }
  return uses;
}
