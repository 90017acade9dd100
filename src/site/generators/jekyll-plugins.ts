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
  const gem = new RegExp(`^\\s*gem\\s+["']${escapeRegExp(name)}["']([^\\n]*)`);
  // The blocks open at each line, innermost last: true for a `group … :jekyll_plugins … do`. Ruby's
  // `end` closes the innermost block (`platforms :ruby do … end` inside the group leaves it open).
  const open: boolean[] = [];
  for (const line of gemfile.split(/\r?\n/)) {
    const code = line.replace(/#.*$/, '');
    const match = gem.exec(code);
    if (match) {
      if (/group:?\s*(?:=>\s*)?\[?[^\n]*:jekyll_plugins/.test(match[1]!) || open.includes(true)) return true;
      continue;
    }
    if (/^\s*end\b/.test(code)) open.pop();
    else if (/\bdo\s*(?:\|[^|]*\|)?\s*$/.test(code) || /^\s*(?:if|unless|case|begin|while|until)\b/.test(code)) open.push(/^\s*group\b[^\n]*:jekyll_plugins/.test(code));
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
