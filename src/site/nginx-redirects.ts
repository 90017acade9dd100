/**
 * Redirects and rewrites of an nginx server that serves the site, read from its config in the
 * repository (a `nginx.conf` or other `*.conf` in nginx syntax), or from a template the site's
 * generator writes one from (`nginx.conf.njk` with `permalink: ../nginx.conf`, a Jekyll
 * `nginx.conf` with front matter, a Hugo layout `index.nginx.conf`): the template's text is read,
 * its tags are not run; a rule that holds one is not evaluated, only abstained on.
 *
 * Modelled on nginx's documentation (nginx.org: ngx_http_rewrite_module, ngx_http_core_module
 * `location`): the rewrite module's directives of the `server` level run first, in order; then a
 * location is chosen for the path — an exact one (`location = /x`), else the longest matching
 * prefix (`location /x`), whose `^~` stops the search, else the first regular expression in order
 * (`~`, `~*` without case), else that prefix — and its own directives run, in order, with the
 * locations nested in it chosen among the same way. `rewrite regex replacement [flag]` answers a
 * path its PCRE regex matches (anywhere in the path unless anchored), with the replacement's
 * `$1`…`$9` and named captures filled in; `return 301|302|303|307|308 URL` (or `return URL`)
 * answers every path of its location; `return 2xx text` answers with a body of its own; `return
 * 4xx|5xx` answers nothing. Blocks inside `if (…)` run only under a condition on the request (a
 * user agent, a cookie): a link is for every reader, so they are not read.
 * A redirect to the same path on another scheme or host (`return 301 https://$host$request_uri`)
 * says nothing about the path and is passed over; so does a fallback for every path (`location /`,
 * `rewrite ^ /index.html`): it never makes a missing page found. nginx tests the path as written
 * (no trailing-slash variant), and a local destination it fills in is what it serves: no page there
 * and the link stays missing.
 */
import type {Dirent} from 'node:fs';
import {basename, dirname, isAbsolute, relative, resolve} from 'node:path';
import {isWithin} from '../ignore-files.js';
import {toPosix} from '../paths.js';
import {readSmallFileIfAny as readFile} from '../read-text.js';
import {walkFiles} from './generators/walk-files.js';
import type {HostRule} from './hosting-redirects.js';
import {parseNginx, type NginxDirective} from './nginx-syntax.js';
import {configFolders} from './project-top.js';
import {literalPrefix, maxPath, pcreToRegExp} from './pcre-pattern.js';

/** A file in nginx syntax by its name, or a template that writes one (`nginx.conf.njk`, `site.conf.j2`). */
const configName = /\.conf(?:\.(?:njk|liquid|hbs|mustache|ejs|haml|pug|j2|jinja2?|erb|tmpl|tpl|template))?$/i;
const templateName = /\.conf\.[a-z\d]+$/i;

/** Bounds on the search of the repository: how deep, how many entries, how many configs. */
const maxDepth = 3;
const maxEntries = 3000;
const maxConfigs = 16;
/** Rules of one file beyond this are not read: a bound on a file that is not what it seems. */
const maxRules = 5000;

/** Folders nobody keeps a server's config in for the site: dependencies, VCS data, hidden folders. */
const skippedFolders = new Set(['node_modules', 'vendor', 'bower_components', '__pycache__']);

/** Stands for template code inside a rule: whatever it writes is not known. */
const templateMark = '\uE000';

const found = new Map<string, string[]>();

/** Forget which configs were found (the language server, after a file changed). */
export function forgetNginxConfigs(): void {
  found.clear();
}

/** What tells a config that serves this site from one for something else: the site's output folders (absolute) and host. */
export interface ServedSite {
  outputs: readonly string[];
  /** The host of the site's base URL (`example.org`), when the generator's config names one. */
  host?: string;
}

/**
 * The rules of the nginx configs below the project's top that serve this site, as host rules; file
 * names relative to the site folder. A config serves it when a server's `root`/`alias` is the
 * site's output folder or its `server_name` the site's host; a config that names neither serves it
 * when it is a template with front matter in the site's folder (the generator writes it) or a
 * `nginx.conf` in the site's folder or at the project's top. Servers for other hosts or on other
 * ports than the web's (80, 443, and 8080/8443 of unprivileged images) are not read.
 */
export function nginxRules(siteRoot: string, served: ServedSite): HostRule[] {
  const rules: HostRule[] = [];
  const top = configFolders(siteRoot).at(-1) ?? siteRoot;
  for (const path of nginxConfigFiles(siteRoot)) {
    const text = readFile(path);
    if (text === undefined) continue;
    const template = templateName.test(path) || text.startsWith('---');
    const directives = parseNginx(template ? templateText(text) : text);
    if (!directives) continue;
    // A template with front matter in the site's folder is one the generator writes with the site (Eleventy's `permalink`, Jekyll).
    const written = text.startsWith('---') && isWithin(path, siteRoot);
    const unnamed = written || (basename(path) === 'nginx.conf' && [siteRoot, top].includes(dirname(path)));
    const serves = (server: readonly NginxDirective[]): boolean => servesSite(server, served, {top, folder: dirname(path), unnamed});
    rules.push(...serverRules(directives, relative(siteRoot, path) || basename(path), serves).slice(0, maxRules));
  }
  return rules;
}

/** Does one server (or a file's top level) serve the site, by its `listen`, `server_name` and `root`/`alias`? */
function servesSite(server: readonly NginxDirective[], served: ServedSite, where: {top: string; folder: string; unnamed: boolean}): boolean {
  const listens = server.filter((directive) => directive.name === 'listen').map((directive) => directive.args[0] ?? '');
  // `listen 8081` is a health check or an admin page, not the site readers follow links on; `unix:` and bare addresses are port 80.
  // 8080 and 8443 are where unprivileged nginx images (and Cloud Run) serve the site behind the host's front.
  if (listens.length > 0 && !listens.some((listen) => listen.startsWith('unix:') || !/(?:^|:)\d+$/.test(listen) || /(?:^|:)(?:80|443|8080|8443)$/.test(listen))) return false;
  const names = server.filter((directive) => directive.name === 'server_name').flatMap((directive) => directive.args)
    .filter((name) => name !== '_' && name !== '' && !name.startsWith('~') && !name.includes(templateMark));
  const nameMatch = names.length === 0 || served.host === undefined ? undefined : names.some((name) => hostMatches(name, served.host!));
  if (nameMatch === false) return false;
  if (nameMatch) return true;
  const roots = documentRoots(server).filter((root) => !root.includes('$') && !root.includes(templateMark));
  if (roots.length > 0) return roots.some((root) => pointsAtOutput(root, served.outputs, where));
  return where.unnamed;
}

/** `server_name` forms: an exact name, `*.example.org`, `.example.org` (the name and its subdomains). */
function hostMatches(name: string, host: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('*.')) return host.endsWith(lower.slice(1));
  if (lower.startsWith('.')) return host === lower.slice(1) || host.endsWith(lower);
  return lower === host;
}

/** The `root` and `alias` folders of a level and the locations in it (not of other servers). */
function documentRoots(list: readonly NginxDirective[]): string[] {
  return list.flatMap((directive) => {
    if (directive.name === 'root' || directive.name === 'alias') return directive.args.slice(0, 1);
    return directive.name === 'location' && directive.block ? documentRoots(directive.block) : [];
  });
}

/** A folder nginx serves from is the site's output (or in it): the same folder, or a path ending in the output's path from the project's top (`/srv/app/_site`). */
function pointsAtOutput(root: string, outputs: readonly string[], where: {top: string; folder: string}): boolean {
  const folder = toPosix(root).replace(/\/+$/, '');
  return outputs.some((output) => {
    if (isWithin(isAbsolute(folder) ? folder : resolve(where.folder, folder), output)) return true;
    const own = toPosix(relative(where.top, output));
    if (own === '' || own.startsWith('..')) return false;
    return `${folder}/`.includes(`/${own}/`) || `${folder}/`.startsWith(`${own}/`);
  });
}

/** The nginx configs and templates below the top of the project the site folder is in (the run's cache key holds them too). */
export function nginxConfigFiles(siteRoot: string): string[] {
  const top = configFolders(siteRoot).at(-1) ?? siteRoot;
  let files = found.get(top);
  if (!files) found.set(top, (files = configFiles(top)));
  return files;
}

function configFiles(top: string): string[] {
  const depth = (path: string): number => relative(top, path).split(/[\\/]/).length;
  return walkFiles(top, {
    enter: (entry: Dirent, path: string) => !entry.name.startsWith('.') && !skippedFolders.has(entry.name) && depth(path) <= maxDepth,
    keep: (entry: Dirent) => configName.test(entry.name),
    maxEntries,
    maxFiles: maxConfigs,
    breadthFirst: true,
  }).files;
}

/**
 * A template's text as the config it writes, as far as that is known: front matter dropped,
 * control tags (`{% for %}`, `{{ range }}` alone on a line, comments) removed, any other output tag
 * (`{{ s.slug }}`) left as a mark that makes its rule unread. One pass; an unclosed tag ends it.
 */
export function templateText(text: string): string {
  let body = text;
  const front = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(body);
  if (front) body = '\n'.repeat(front[0].split('\n').length - 1) + body.slice(front[0].length);
  let out = '';
  let at = 0;
  // The line a tag is on, by line breaks each looked for once (not per tag: a one-line template of many tags stays linear).
  let lineStart = 0;
  let nextBreak = body.indexOf('\n');
  let lineEnd = -2;
  const opener = /\{[{%#]|<%/g;
  const nonBlank = /\S/g;
  for (let match = opener.exec(body); match; match = opener.exec(body)) {
    const close = match[0] === '<%' ? '%>' : match[0] === '{{' ? '}}' : match[0] === '{%' ? '%}' : '#}';
    const end = body.indexOf(close, match.index + 2);
    if (end === -1) break;
    const tag = body.slice(match.index, end + 2);
    for (; nextBreak !== -1 && nextBreak < match.index; nextBreak = body.indexOf('\n', nextBreak + 1)) lineStart = nextBreak + 1;
    if (lineEnd === -2 || (lineEnd !== -1 && lineEnd < end)) lineEnd = body.indexOf('\n', end);
    // Alone on its line: no earlier tag on it, nothing but blanks before it, and the next non-blank past the line's end.
    nonBlank.lastIndex = end + 2;
    const next = nonBlank.exec(body)?.index ?? body.length;
    const alone = lineStart >= at && body.slice(lineStart, match.index).trim() === '' && (lineEnd === -1 ? next === body.length : next > lineEnd);
    const control = match[0] !== '{{' || alone || /^\{\{-?\s*(?:range|if|else|end|with|define|block|template|\/\*)\b/.test(tag);
    out += body.slice(at, match.index) + (control ? tag.replace(/[^\n]/g, ' ') : templateMark);
    at = end + 2;
    opener.lastIndex = at;
  }
  return out + body.slice(at);
}

/** One `location` as nginx chooses it. */
interface Location {
  modifier: '' | '=' | '^~' | '~' | '~*';
  uri: string;
  /** A regular expression location's expression; undefined when unread (such a location is never chosen). */
  regex?: RegExp;
  children: Location[];
}

/** The top of a file is read as a server's level (a snippet included in one); `http` and `server` blocks as theirs. */
function serverRules(directives: readonly NginxDirective[], file: string, serves: (server: readonly NginxDirective[]) => boolean): HostRule[] {
  const rules: HostRule[] = [];
  const servers: NginxDirective[][] = [];
  const collect = (list: readonly NginxDirective[]): void => {
    for (const directive of list) {
      if (directive.name === 'http' && directive.block) collect(directive.block);
      else if (directive.name === 'server' && directive.block) servers.push(directive.block);
    }
  };
  collect(directives);
  for (const server of [directives, ...servers]) {
    if (!serves(server)) continue;
    const locations: Location[] = [];
    const located: Array<{location: Location; block: NginxDirective[]}> = [];
    readLocations(server, locations, located);
    // Every rule of a location asks which location a path gets: chosen once per path.
    let last: {path: string; location: Location | undefined} | undefined;
    const chosen = (path: string): Location | undefined => {
      if (last?.path !== path) last = {path, location: choose(locations, path)};
      return last.location;
    };
    for (const directive of server) rules.push(...directiveRules(directive, file, undefined, () => true, ''));
    for (const {location, block} of located) {
      const here = (path: string): boolean => chosen(path) === location;
      const prefix = location.modifier === '~' || location.modifier === '~*' ? literalPrefix(location.uri) : location.uri;
      for (const directive of block) rules.push(...directiveRules(directive, file, location, here, prefix));
    }
  }
  return rules;
}

/** The locations of a level (nested ones as children), and each with its own directives, in order. */
function readLocations(list: readonly NginxDirective[], into: Location[], located: Array<{location: Location; block: NginxDirective[]}>): void {
  for (const directive of list) {
    if (directive.name !== 'location' || !directive.block) continue;
    const location = locationOf(directive.args);
    if (!location) continue;
    into.push(location);
    located.push({location, block: directive.block});
    readLocations(directive.block, location.children, located);
  }
}

/** `location [=|^~|~|~*] uri`, the modifier written apart or joined to the uri (`=/x`); a named one (`@x`) is no path's. */
function locationOf(args: readonly string[]): Location | undefined {
  let [first, second] = args;
  if (first === undefined) return undefined;
  let modifier: Location['modifier'] = '';
  const joined = /^(=|\^~|~\*|~)(.+)$/.exec(first);
  if (['=', '^~', '~', '~*'].includes(first) && second !== undefined) modifier = first as Location['modifier'];
  else if (joined) [modifier, second] = [joined[1] as Location['modifier'], joined[2]];
  else second = first;
  if (second === undefined || second.startsWith('@')) return undefined;
  const regex = modifier === '~' || modifier === '~*' ? pcreToRegExp(second, modifier === '~*') : undefined;
  return {modifier, uri: second, ...(regex ? {regex} : {}), children: []};
}

/** The location nginx chooses for a path among those of one level, then among its nested ones. */
function choose(locations: readonly Location[], path: string): Location | undefined {
  const exact = locations.find((location) => location.modifier === '=' && location.uri === path);
  if (exact) return exact;
  let prefix: Location | undefined;
  for (const location of locations) {
    if ((location.modifier === '' || location.modifier === '^~') && path.startsWith(location.uri) && location.uri.length > (prefix?.uri.length ?? -1)) prefix = location;
  }
  const found = prefix?.modifier === '^~' ? prefix : locations.find((location) => location.regex?.test(path)) ?? prefix;
  return found ? (choose(found.children, path) ?? found) : undefined;
}

/** A `rewrite` or `return` as host rules: what it tests a path with, where it leads. */
function directiveRules(directive: NginxDirective, file: string, location: Location | undefined, here: (path: string) => boolean, locationPrefix: string): HostRule[] {
  const where = location ? `location ${location.modifier ? `${location.modifier} ` : ''}${location.uri}: ` : '';
  const shown = `${where}${directive.name} ${directive.args.join(' ')}`.replaceAll(templateMark, '{{…}}');
  if (directive.name === 'rewrite') {
    const [source, replacement] = directive.args;
    if (source === undefined || replacement === undefined) return [];
    const regex = pcreToRegExp(source);
    const prefix = longer(locationPrefix, literalPrefix(source));
    if (!regex) return abstaining(prefix, here, file, shown);
    const test = (path: string): boolean => path.length <= maxPath && here(path) && regex.test(path);
    return leading(replacement, regex, test, prefix, file, shown);
  }
  if (directive.name === 'return') {
    const [first, second] = directive.args;
    if (first === undefined) return [];
    const code = /^\d{3}$/.test(first) ? Number(first) : undefined;
    const captures = location?.regex;
    const test = (path: string): boolean => path.length <= maxPath && here(path);
    if (code === undefined) return leading(first, captures, test, locationPrefix, file, shown);
    if ([301, 302, 303, 307, 308].includes(code)) return second === undefined ? [] : leading(second, captures, test, locationPrefix, file, shown);
    // A body of its own (`return 200 'ok'`): the path is answered, by nothing postlint can check.
    if (code >= 200 && code < 300) return isCatchAll(locationPrefix) ? [] : [{pattern: {test}, exact: true, file, shown}];
  }
  return [];
}

/** The rule's destination: template code or variables other than the path and the captures leave it unfilled. */
function leading(target: string, captures: RegExp | undefined, test: (path: string) => boolean, prefix: string, file: string, shown: string): HostRule[] {
  const own = target.replace(/^(?:\$scheme|https?):\/\/(?:\$host|\$http_host|\$server_name)(?::\d+)?/, '') || '/';
  // The same path on another scheme or host (`https://$host$request_uri`): nothing said about the path.
  if (/^(?:(?:\$scheme|https?):\/\/[^/$]*(?:\$\w+)?)?(?:\$request_uri|\$uri|\$document_uri)(?:\$is_args\$args)?$/.test(target)) return [];
  const expand = (path: string): string | undefined => {
    const match = captures?.exec(path);
    let open = own.includes(templateMark);
    const filled = own.replace(/\$(?:\{(\w+)\}|(\w+))/g, (written, braced: string | undefined, bare: string | undefined) => {
      const name = braced ?? bare!;
      if (/^\d$/.test(name) && match) return match[Number(name)] ?? '';
      if (match?.groups?.[name] !== undefined) return match.groups[name]!;
      if (name === 'uri' || name === 'document_uri' || name === 'request_uri') return path;
      if (name === 'is_args' || name === 'args') return '';
      open = true;
      return written;
    });
    // A `?` at the end only keeps the request's arguments off.
    return open ? undefined : filled.replace(/\?$/, '');
  };
  // A fallback for every path (`location /`, `rewrite ^ /index.html`, `^/(.*)$`) says nothing about one page: not followed.
  if (isCatchAll(prefix)) return [];
  return [{pattern: {test}, exact: true, destination: own, expand, file, shown}];
}

/** A rule postlint does not evaluate (template code, an unread expression): paths under its literal start are unverifiable. */
function abstaining(prefix: string, here: (path: string) => boolean, file: string, shown: string): HostRule[] {
  if (isCatchAll(prefix)) return [];
  return [{pattern: {test: (path: string) => path.startsWith(prefix) && path.length <= maxPath && here(path)}, exact: true, file, shown}];
}

/** A source with nothing literal past the first `/` answers any path: a fallback, not a rule about one. */
function isCatchAll(prefix: string): boolean {
  return prefix.replace(/^\//, '') === '';
}

function longer(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

/** Is a file of this name one nginxRules reads (the language server reads the site again when one changes)? */
export function isNginxConfigName(name: string): boolean {
  return configName.test(name);
}
