/**
 * Redirects and rewrites of the host that serves a site, for any generator: a site-root link whose
 * path no page has may still be answered by the host. Read as data, never run:
 * - Firebase Hosting `firebase.json`: `hosting.redirects` and `hosting.rewrites` (`hosting` may be a
 *   list), `source` globs (`**`, `*`, `:name`, `:name*`) or `regex`;
 * - Netlify `_redirects` (in the site folder or a folder it publishes from: `from to [status][!]
 *   [conditions]`, `*` splats and `:placeholders`) and `netlify.toml` `[[redirects]]`;
 * - Vercel `vercel.json` `redirects` and `rewrites` (`source` in path-to-regexp syntax);
 * - nginx `rewrite` and `return` in a config file of the repository, or a template that writes one
 *   (nginx-redirects.ts).
 * A rule whose source is a plain path is followed to its destination when that is a page of the
 * site; one with wildcards, placeholders or conditions only makes the link unverifiable (postlint
 * does not evaluate them); a destination on another host is the link checker's to judge.
 */
import {forgetDanglingLinks} from './dangling-links.js';
import {join, relative} from 'node:path';
import {readSmallFileIfAny as readFile, readSmallJsonObject as readJson} from '../read-text.js';
import {forgetBuildScripts} from './build-scripts.js';
import {forgetDeploys} from './gh-pages-deploys.js';
import {forgetUserSites} from './gh-pages-user-site.js';
import {readNetlifyToml} from './netlify-toml.js';
import {configFolders, forgetProjectTops} from './project-top.js';
import {forgetGitAttributes} from './vendored.js';
import {escapeRegExp} from '../links/patterns.js';
import {forgetNginxConfigs, nginxRules, type ServedSite} from './nginx-redirects.js';

/** What a rule's source tests a path with: a regular expression, or a server's own matching (nginx-redirects.ts). */
export interface PathTest {
  test(path: string): boolean;
}

/** One redirect or rewrite rule, as postlint reads it. */
export interface HostRule {
  /** A plain path (`/research`), matched without regard to a trailing slash. */
  path?: string;
  /** A pattern (wildcards, placeholders; a web server's location and rewrite), tested against the path. */
  pattern?: PathTest;
  /** Where it leads: a site path, a URL on another host, or nothing (a function, a Cloud Run service). */
  destination?: string;
  /**
   * The destination for one path a pattern matches, its splat and placeholders filled in (Netlify:
   * `/blog/*  /posts/:splat`, `/news/:year/*  /archive/:year/:splat`); undefined when it cannot say.
   */
  expand?: (path: string) => string | undefined;
  /**
   * A web server's own matching (nginx): the path is tested exactly as written, not also with a
   * trailing slash, and a local destination it fills in completely is what the server answers —
   * when that is no page, the link stays missing.
   */
  exact?: true;
  /** The source matches any path from its first segment on (`/*`, `/:lang/*`): a fallback, not a rule about one path. */
  catchAll?: boolean;
  /** Conditions (country, language, role) that not every reader meets. */
  conditional?: boolean;
  /**
   * A rule of a `_redirects` the site's build writes from its own template, read in full (its
   * variables filled in from the site's config): the host sends the reader to its local destination,
   * written with the site's pages, so when that is no page and no rule answers it, the link stays missing.
   */
  written?: true;
  /** Template code fills in the rule, or decides whether it is written (a line of `layouts/index.redirects`): it may answer the path, to where postlint cannot say. */
  templated?: boolean;
  /** The file the rule is in, relative to the site folder, for messages. */
  file: string;
  /** What the rule says, for messages (`/bug → https://…`). */
  shown: string;
}

const cache = new Map<string, HostRule[]>();

/** Forget what was read (the language server, after a host config changed). */
export function forgetHostRules(): void {
  cache.clear();
  forgetNginxConfigs();
  forgetBuildScripts();
  forgetProjectTops();
  forgetGitAttributes();
  forgetDeploys();
  forgetUserSites();
  forgetDanglingLinks();
}

/** Every redirect and rewrite the site's host has, from the site folder, its parents and the folders it publishes. */
export function hostRules(root: string, publishFolders: readonly string[], served: ServedSite, templates: ReadonlyArray<{name: string; path: string; text: string}> = []): HostRule[] {
  const key = `${root}\0${publishFolders.join('\0')}\0${templates.map((template) => template.path).join('\0')}`;
  let rules = cache.get(key);
  if (rules) return rules;
  rules = [];
  for (const dir of configFolders(root)) {
    const shown = (name: string): string => relative(root, join(dir, name)) || name;
    const firebase = readJson(join(dir, 'firebase.json'));
    if (firebase) rules.push(...firebaseRules(firebase, shown('firebase.json')));
    const vercel = readJson(join(dir, 'vercel.json'));
    if (vercel) rules.push(...vercelRules(vercel, shown('vercel.json')));
    const netlify = readNetlifyToml(dir);
    if (netlify) rules.push(...netlifyTomlRules(netlify, shown('netlify.toml')));
  }
  for (const folder of new Set([root, ...publishFolders])) {
    const text = readFile(join(folder, '_redirects'));
    if (text !== undefined) rules.push(...netlifyFileRules(text, relative(root, join(folder, '_redirects'))));
  }
  // A `_redirects` the generator writes from a template of the site (Hugo's `layouts/index.redirects`).
  for (const template of templates) {
    if (template.name === '_redirects') rules.push(...netlifyTemplateRules(template.text, `${relative(root, template.path)} (written as ${template.name})`));
  }
  rules.push(...nginxRules(root, served));
  cache.set(key, rules);
  return rules;
}


/** The rules that answer a path (a site path, decoded), plain paths first. */
export function rulesFor(path: string, rules: readonly HostRule[]): HostRule[] {
  const bare = trimSlash(path);
  const plain = rules.filter((rule) => rule.path !== undefined && trimSlash(rule.path).toLowerCase() === bare.toLowerCase());
  // Netlify and Firebase globs match with or without a trailing slash; a server's regex only as written.
  return [...plain, ...rules.filter((rule) => rule.pattern?.test(path) || (!rule.exact && rule.pattern?.test(`${bare}/`)))];
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}



function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** `hosting` (one site or a list), its `redirects` and `rewrites`. */
function firebaseRules(config: Record<string, unknown>, file: string): HostRule[] {
  const hosting = Array.isArray(config.hosting) ? list(config.hosting) : isObject(config.hosting) ? [config.hosting] : [];
  const rules: HostRule[] = [];
  for (const site of hosting) {
    for (const entry of [...list(site.redirects), ...list(site.rewrites)]) {
      // A rewrite to a function, a Cloud Run service or Dynamic Links has no page destination.
      const destination = typeof entry.destination === 'string' ? entry.destination : undefined;
      const target = destination ?? (entry.function !== undefined ? 'a function' : entry.run !== undefined ? 'a Cloud Run service' : 'the host');
      if (typeof entry.source === 'string') rules.push(fromGlob(entry.source, firebaseGlob, destination, file, `${entry.source} → ${target}`));
      else if (typeof entry.regex === 'string') {
        const pattern = safeRegExp(`^(?:${entry.regex})$`);
        if (pattern) rules.push({pattern, ...(destination ? {destination} : {}), file, shown: `${entry.regex} → ${target}`});
      }
    }
  }
  return rules;
}

/** `redirects` and `rewrites` of vercel.json. */
function vercelRules(config: Record<string, unknown>, file: string): HostRule[] {
  return [...list(config.redirects), ...list(config.rewrites)].flatMap((entry) => {
    if (typeof entry.source !== 'string') return [];
    const destination = typeof entry.destination === 'string' ? entry.destination : undefined;
    const conditional = Array.isArray(entry.has) || Array.isArray(entry.missing);
    return [{...fromGlob(entry.source, pathToRegexp, destination, file, `${entry.source} → ${destination ?? 'the host'}`), ...(conditional ? {conditional} : {})}];
  });
}

/** `[[redirects]]` of netlify.toml. */
function netlifyTomlRules(data: Record<string, unknown>, file: string): HostRule[] {
  return list(data.redirects).flatMap((entry) => {
    if (typeof entry.from !== 'string' || notFound(entry.status)) return [];
    const destination = typeof entry.to === 'string' ? entry.to : undefined;
    const conditional = isObject(entry.conditions) || isObject(entry.query);
    return [{...withExpansion(fromGlob(entry.from, netlifyGlob, destination, file, `${entry.from} → ${destination ?? 'the host'}`), entry.from), ...(conditional ? {conditional} : {})}];
  });
}

/** Lines of a `_redirects` file: `from to [status][!] [Key=value…]`; `#` starts a comment. */
function netlifyFileRules(text: string, file: string): HostRule[] {
  return text.split('\n').flatMap((raw) => netlifyLineRule(raw, file) ?? []);
}

/** One line of a `_redirects` file as a rule; undefined for a blank line, a comment or a 4xx/5xx rule. */
function netlifyLineRule(raw: string, file: string): HostRule | undefined {
  const line = raw.replace(/(^|\s)#.*$/, '').trim();
  if (line === '') return undefined;
  const [from, ...rest] = line.split(/\s+/);
  if (!from || rest.length === 0) return undefined;
  // Query parameters (`id=:id`) come before the destination; the destination starts with `/` or a scheme.
  const at = rest.findIndex((part) => part.startsWith('/') || /^[a-z][a-z\d+.-]*:/i.test(part));
  const destination = at === -1 ? undefined : rest[at];
  if (notFound(rest.slice(at + 1).find((part) => /^\d{3}!?$/.test(part))?.slice(0, 3))) return undefined;
  const conditional = rest.slice(0, at === -1 ? rest.length : at).length > 0 || rest.slice((at === -1 ? 0 : at) + 1).some((part) => /^[A-Za-z]+=/.test(part));
  return {...withExpansion(fromGlob(from, netlifyGlob, destination, file, `${from} → ${destination ?? 'the host'}`), from), ...(conditional ? {conditional} : {})};
}

/** Go template actions that write nothing where they stand: comments, assignments, and the words that open, divide and close blocks. */
const silentAction = /^(?:\/\*[\s\S]*\*\/$|\$\w*\s*:?=|(?:if|else|end|range|with|define|break|continue)\b)/;
const opensBlock = /^(?:if|range|with|define|block)\b/;
/** Where a writing action stood in a line: `\u0001<index>\u0002`. */
const actionMark = /\u0001(\d+)\u0002/g;

/**
 * A `_redirects` written by a Go template (Hugo's `layouts/index.redirects`). A line the template
 * writes as it is (no action in it, outside `if`/`range`/`with` blocks) is read as a `_redirects`
 * line; a line with an action that writes text (`/docs/{{ $current }}/`), or inside a block (written
 * once, many times or not at all), is a templated rule: its source, the actions read as any text,
 * says which paths it may answer, and postlint does not run the template to learn where to.
 */
function netlifyTemplateRules(text: string, file: string): HostRule[] {
  const actions: string[] = [];
  const lines: Array<{text: string; inBlock: boolean}> = [];
  let depth = 0;
  let current = '';
  let inBlock = false;
  for (const piece of text.split(/(\{\{[\s\S]*?\}\})/)) {
    if (piece.startsWith('{{') && piece.endsWith('}}')) {
      const body = piece.replace(/^\{\{-?\s*/, '').replace(/\s*-?\}\}$/, '');
      if (opensBlock.test(body)) depth++;
      else if (/^end\b/.test(body)) depth = Math.max(0, depth - 1);
      inBlock ||= depth > 0;
      if (silentAction.test(body)) continue;
      current += `\u0001${actions.push(piece) - 1}\u0002`;
      continue;
    }
    const parts = piece.split('\n');
    for (const [i, part] of parts.entries()) {
      current += part;
      if (i === parts.length - 1) break;
      lines.push({text: current, inBlock: inBlock || depth > 0});
      current = '';
      inBlock = depth > 0;
    }
  }
  lines.push({text: current, inBlock: inBlock || depth > 0});
  const restore = (written: string): string => written.replace(actionMark, (_, index: string) => actions[Number(index)] ?? '');
  const rules: HostRule[] = [];
  for (const line of lines) {
    if (!line.text.includes('\u0001') && !line.inBlock) {
      const rule = netlifyLineRule(line.text, file);
      if (rule) rules.push({...rule, written: true});
      continue;
    }
    const written = line.text.replace(/(^|\s)#.*$/, '').trim();
    const from = written.split(/\s+/)[0];
    if (!from) continue;
    const body = from.split(/\u0001\d+\u0002/).map(netlifyGlob).join('.*');
    const pattern = safeRegExp(`^${from.startsWith('/') ? '' : '/?'}${body}/?$`);
    if (!pattern) continue;
    rules.push({pattern, templated: true, file, shown: restore(written).replace(/\s+/g, ' '), ...(/^\u0001|^\/?\*/.test(from) ? {catchAll: true} : {})});
  }
  return rules;
}

/**
 * A Netlify pattern rule with a site destination learns to fill it in: `*` (only at the end) is
 * `:splat`, each `:name` one segment (netlify/netlify-redirect-parser and Netlify's docs,
 * "Splats" and "Placeholders"); a placeholder the source lacks leaves it unfilled.
 */
function withExpansion(rule: HostRule, source: string): HostRule {
  const destination = rule.destination;
  if (!rule.pattern || destination === undefined || /^[a-z][a-z\d+.-]*:|^\/\//i.test(destination)) return rule;
  const names: string[] = [];
  const body = (source.startsWith('/') ? source : `/${source}`).split(/(\*|:[A-Za-z_]\w*)/).map((part) => {
    if (part === '*') {
      names.push('splat');
      return '(.*)';
    }
    if (part.startsWith(':')) {
      names.push(part.slice(1));
      return '([^/]+)';
    }
    return escapeRegExp(part);
  }).join('');
  const pattern = safeRegExp(`^${body}/?$`);
  if (!pattern) return rule;
  const expand = (path: string): string | undefined => {
    const match = pattern.exec(path);
    if (!match) return undefined;
    const values = new Map(names.map((name, i) => [name, match[i + 1] ?? '']));
    let open = false;
    const filled = destination.replace(/:([A-Za-z_]\w*)/g, (written, name: string) => {
      if (!values.has(name)) open = true;
      return values.get(name) ?? written;
    });
    return open ? undefined : filled;
  };
  return {...rule, expand};
}

/** A 4xx/5xx status (`/*  /404.html  404`): the host's not-found or error page, no answer to the path. */
function notFound(status: unknown): boolean {
  const code = typeof status === 'number' ? status : typeof status === 'string' ? Number(status) : NaN;
  return code >= 400;
}

/** A plain path, or a pattern made by the host's own syntax. */
function fromGlob(source: string, toRegExp: (source: string) => string, destination: string | undefined, file: string, shown: string): HostRule {
  const base = {...(destination !== undefined ? {destination} : {}), file, shown};
  if (!/[*:()?[\]{}!+]/.test(source)) return {path: source.startsWith('/') ? source : `/${source}`, ...base};
  const pattern = safeRegExp(`^${toRegExp(source.startsWith('/') ? source : `/${source}`)}/?$`);
  const catchAll = /^\/?[*:(]/.test(source) ? {catchAll: true} : {};
  // A source postlint cannot read matches nothing: the link stays as the generator resolved it.
  return pattern ? {pattern, ...base, ...catchAll} : {pattern: /(?!)/, ...base};
}

function safeRegExp(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 'i');
  } catch {
    return undefined;
  }
}

/** Firebase: `**` any path, `*` one segment's text, `:name` a segment, `:name*` the rest. */
function firebaseGlob(source: string): string {
  return source.split(/(\*\*|\*|:[A-Za-z_]\w*\*?)/).map((part) => {
    if (part === '**') return '.*';
    if (part === '*') return '[^/]*';
    if (part.startsWith(':')) return part.endsWith('*') ? '.*' : '[^/]+';
    return escapeRegExp(part);
  }).join('');
}

/** Netlify: a `*` splat matches the rest, `:name` a segment. */
function netlifyGlob(source: string): string {
  return source.split(/(\*|:[A-Za-z_]\w*)/).map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escapeRegExp(part))).join('');
}

/** path-to-regexp (Vercel): `:name` a segment, `:name*`/`:name+` segments, `(…)` a regular expression kept as written. */
function pathToRegexp(source: string): string {
  return source.split(/(:[A-Za-z_]\w*(?:\([^)]*\))?[*+?]?|\([^)]*\))/).map((part) => {
    if (part.startsWith(':')) {
      // A parameter's own expression is one group (`:section(a|b)`): its alternatives stay inside it.
      const own = /\(([^)]*)\)/.exec(part)?.[1];
      const body = own !== undefined ? `(?:${own})` : '[^/]+';
      return /[*?]$/.test(part) ? `(?:${body}(?:/${body})*)?` : part.endsWith('+') ? `${body}(?:/${body})*` : body;
    }
    if (part.startsWith('(')) return part;
    return escapeRegExp(part);
  }).join('');
}
