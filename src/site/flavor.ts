import {relative} from 'node:path';
import type {SiteInfo} from './detect.js';
import type {PostlintConfig} from '../config.js';
import {isFlavorName, type FlavorName} from './slug/index.js';

/** The slug flavor of one site, and where postlint learned it (for --verbose). */
export interface FlavorChoice {
  name: FlavorName;
  /** Generator options the flavor's slugger takes (kramdown's auto_id_prefix, …). */
  options: Record<string, unknown>;
  /** The site config file the choice comes from (none for the default or postlint's own config). */
  from?: string;
  /** Which setting decided it, in words. */
  reason: string;
}

const hugoTypes: Record<string, FlavorName> = {
  github: 'hugo',
  'github-ascii': 'hugo-ascii',
  blackfriday: 'hugo-blackfriday',
};

/**
 * The heading-id flavor for files of `site`: postlint's `anchors.slugger` wins; else the site's
 * generator config decides; no site means GitHub's ids.
 */
export function chooseFlavor(site: SiteInfo | undefined, config: PostlintConfig): FlavorChoice {
  const override = config.anchors?.['slugger'];
  if (isFlavorName(override)) return {name: override, options: {}, reason: 'anchors.slugger in the postlint config'};
  const from = site?.configFile ? {from: site.configFile} : {};
  switch (site?.generator) {
    case 'hugo':
      return {...hugoFlavor(site.config), ...from};
    case 'jekyll':
      return {...jekyllFlavor(site.config), ...from};
    case 'mkdocs':
      return {...mkdocsFlavor(site.config), ...from};
    case 'docusaurus':
      return {name: 'github', options: {}, reason: 'Docusaurus uses GitHub-style ids', ...from};
    case 'vitepress':
      return {name: 'vitepress', options: {imageAlt: false}, reason: 'VitePress slugify (@mdit-vue/shared); {#id} ids read as written', ...from};
    default:
      // GitHub itself: no `{#id}` syntax, and an image in a heading adds nothing to its id.
      return {name: 'github', options: {customIds: false, imageAlt: false}, reason: 'no site config found; GitHub ids'};
  }
}

/** Hugo reads config keys without regard to case. */
function get(data: unknown, ...keys: string[]): unknown {
  let current = data;
  for (const key of keys) {
    if (!current || typeof current !== 'object' || Array.isArray(current)) return undefined;
    const entry = Object.entries(current as Record<string, unknown>).find(([name]) => name.toLowerCase() === key.toLowerCase());
    current = entry?.[1];
  }
  return current;
}

function hugoFlavor(config: Record<string, unknown>): Omit<FlavorChoice, 'from'> {
  let choice = hugoIdType(config);
  if (get(config, 'markup', 'goldmark', 'parser', 'autoDefinitionTermID') === true) {
    choice = {...choice, options: {...choice.options, definitionTermIds: true}, reason: `${choice.reason}; markup.goldmark.parser.autoDefinitionTermID = true`};
  }
  if (get(config, 'markup', 'goldmark', 'parser', 'autoHeadingID') === false) {
    return {...choice, options: {...choice.options, autoIds: false}, reason: `${choice.reason}; markup.goldmark.parser.autoHeadingID = false`};
  }
  return choice;
}

function hugoIdType(config: Record<string, unknown>): Omit<FlavorChoice, 'from'> {
  // `autoIDType` since Hugo 0.144; `autoHeadingIDType` before (still read by Hugo).
  for (const key of ['autoIDType', 'autoHeadingIDType']) {
    const value = get(config, 'markup', 'goldmark', 'parser', key);
    if (typeof value === 'string') {
      const name = hugoTypes[value.toLowerCase()];
      if (name) return {name, options: {}, reason: `markup.goldmark.parser.${key} = "${value}"`};
    }
  }
  // Sites that still render with Blackfriday (Hugo < 0.100) use its anchors.
  const handler = get(config, 'markup', 'defaultMarkdownHandler');
  if (typeof handler === 'string' && handler.toLowerCase() === 'blackfriday') {
    return {name: 'hugo-blackfriday', options: {}, reason: 'markup.defaultMarkdownHandler = "blackfriday"'};
  }
  return {name: 'hugo', options: {}, reason: 'Hugo default autoIDType "github"'};
}

function jekyllFlavor(config: Record<string, unknown>): Omit<FlavorChoice, 'from'> {
  const engine = config['markdown'];
  if (typeof engine === 'string' && engine.toLowerCase() !== 'kramdown') {
    return {name: 'github', options: {}, reason: `markdown: ${engine} (GitHub-style ids)`};
  }
  const kramdown = get(config, 'kramdown');
  const input = get(kramdown, 'input');
  // Jekyll's default input is GFM, whose parser makes GitHub-style ids.
  if (typeof input !== 'string' || input.toLowerCase() !== 'kramdown') {
    return {name: 'github', options: {}, reason: `kramdown input ${typeof input === 'string' ? `"${input}"` : 'GFM (the Jekyll default)'} makes GitHub-style ids`};
  }
  const options: Record<string, unknown> = {};
  const prefix = get(kramdown, 'auto_id_prefix');
  if (typeof prefix === 'string') options['auto_id_prefix'] = prefix;
  if (get(kramdown, 'auto_id_stripping') === true) options['auto_id_stripping'] = true;
  if (get(kramdown, 'auto_ids') === false) options['autoIds'] = false;
  const settings = Object.keys(options).map((key) => (key === 'autoIds' ? 'auto_ids: false' : key));
  return {name: 'kramdown', options, reason: `kramdown.input: kramdown${settings.length > 0 ? `; ${settings.join(', ')}` : ''}`};
}

function mkdocsFlavor(_config: Record<string, unknown>): Omit<FlavorChoice, 'from'> {
  // A custom toc `slugify` is a `!!python/name:` tag that YAML parsing cannot read back; set
  // anchors.slugger when a site's ids differ from the default.
  return {name: 'mkdocs', options: {}, reason: 'Python-Markdown toc slugify'};
}

/** One --verbose line: which flavor, for which folder, from which file. */
export function describeChoice(choice: FlavorChoice, folder: string | undefined, cwd: string): string {
  const where = folder ? relative(cwd, folder) || '.' : 'files outside any site';
  const from = choice.from ? ` from ${relative(cwd, choice.from) || choice.from}` : '';
  return `no-broken-anchors: slug flavor "${choice.name}" for ${where}${from} (${choice.reason})`;
}
