/**
 * Liquid block tags of a Jekyll site's own plugins (`_plugins/**.rb`, or `plugins_dir`: Jekyll's
 * PluginManager requires every `.rb` file below it) whose body is rendered as a Markdown document of
 * its own: the tag is registered (`Liquid::Template.register_tag('tab', Tabs::TabBlock)`), its class
 * is a `Liquid::Block`, and the class hands its rendered body to the Markdown converter
 * (`site.find_converter_instance(Jekyll::Converters::Markdown).convert(...)`, or `markdownify`). The
 * page's Markdown then gets the converted HTML, so the body's Markdown starts and ends with the tag:
 * four-space lines right after `{% tab … %}` are an indented code block of the tab, not a
 * continuation of the page's paragraph.
 */
import {readdirSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {toPosix} from '../../paths.js';
import {get, perSite} from './common.js';
import {readSmallFileIfAny} from '../../read-text.js';
import type {SiteInfo} from './types.js';

/** Bounds on the plugin folder read: a site's own plugins are a handful of small files. */
const maxFiles = 200;
const maxDepth = 4;

/** The block tags whose body the site's plugins convert as Markdown of its own, by tag name. */
export const jekyllOwnMarkdownBlocks: (site: SiteInfo) => string[] = perSite(findBlocks);

function findBlocks(site: SiteInfo): string[] {
  const names = jekyllPluginTags(site)
    .filter((tag) => /^(?:::)?Liquid::Block$/.test(tag.superclass) && /\b(?:convert|markdownify)\s*\(/.test(tag.body))
    .map((tag) => tag.name);
  return [...new Set(names)];
}

/** A Liquid tag a site's own plugin registers: its name, the plugin file, its class's superclass and text. */
export interface PluginTag {
  name: string;
  /** The plugin file that registers it, relative to the site's folder. */
  file: string;
  superclass: string;
  body: string;
}

/** The tags the site's own plugins register (`Liquid::Template.register_tag('name', Class)`) whose class the plugins define. */
export const jekyllPluginTags: (site: SiteInfo) => PluginTag[] = perSite(findPluginTags);

/**
 * The site's plugin files (`.rb` below `plugins_dir`, which Jekyll's PluginManager requires), and its
 * Gemfile (which gems are on): what they say changes how its pages read (their tags), so their stamps
 * join each page's cache key (the generator's `readingInputs`).
 */
export const jekyllPluginInputs: (site: SiteInfo) => string[] = perSite((site) => [...pluginFiles(site), join(site.root, 'Gemfile')]);

function pluginFiles(site: SiteInfo): string[] {
  const configured = get(site.config, 'plugins_dir');
  const dirs = (Array.isArray(configured) ? configured : [configured ?? '_plugins']).filter((dir): dir is string => typeof dir === 'string');
  return dirs.flatMap((dir) => rubyFiles(resolve(site.root, dir), 0, []));
}

function findPluginTags(site: SiteInfo): PluginTag[] {
  const files = pluginFiles(site).map((path) => ({path, text: readSmallFileIfAny(path) ?? ''}));
  const all = files.map((file) => file.text).join('\n');
  const tags: PluginTag[] = [];
  for (const file of files) {
    for (const match of file.text.matchAll(/\bregister_tag\s*\(?\s*["']([\w-]+)["']\s*,\s*([\w:]+)/g)) {
      const found = classBody(all, match[2]!.split('::').pop()!);
      if (found) tags.push({name: match[1]!, file: toPosix(relative(site.root, file.path)), ...found});
    }
  }
  return tags;
}

/** The superclass and text of `class <Name> < Superclass` up to the next class, if the site defines one. */
function classBody(text: string, name: string): {superclass: string; body: string} | undefined {
  const start = new RegExp(`\\bclass\\s+(?:[\\w]+::)*${name}\\s*<\\s*([\\w:]+)`).exec(text);
  if (!start) return undefined;
  const rest = text.slice(start.index + start[0].length);
  const next = /\n\s*class\s+\w/.exec(rest);
  return {superclass: start[1]!, body: next ? rest.slice(0, next.index) : rest};
}

function rubyFiles(dir: string, depth: number, found: string[]): string[] {
  if (depth > maxDepth || found.length >= maxFiles) return found;
  let entries;
  try {
    entries = readdirSync(dir, {withFileTypes: true});
  } catch {
    return found;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (found.length >= maxFiles) break;
    if (entry.isDirectory()) rubyFiles(join(dir, entry.name), depth + 1, found);
    else if (entry.isFile() && entry.name.endsWith('.rb')) found.push(join(dir, entry.name));
  }
  return found;
}
