/**
 * Astro's `redirects` config option (astro.config, read as text, never run): `'/old': '/new'` or
 * `'/old': {status: 302, destination: '/new'}`. Astro serves each source as a route (a static build
 * writes a page there that sends the reader on), so a link to a source is answered: followed to its
 * destination when that is a page or file of the site, unverifiable otherwise. A source with route
 * parameters (`/blog/[...slug]`) matches many paths and only makes them unverifiable. An entry
 * postlint cannot read whole is narrowed to the paths it could be: a source read without its
 * destination answers that source only (unverifiable), a source built from a literal start
 * (`` `/blog/${slug}` ``, `['/old/' + name]`) the paths below that start; only an entry of which
 * nothing is read (a spread, a key computed from a variable, a `redirects` value built in code)
 * makes every missing path of the site unverifiable, which the rule says once in a notice.
 * Learned from Astro's redirects proposal (withastro/roadmap 0041-redirects) and its config docs.
 */
import {configObjectOf, objectOf} from './config-text.js';
import {topLevelParts, withoutComments} from './js-source.js';
import {relative} from 'node:path';
import {toPosix} from '../../paths.js';
import type {LinkRequest, ResolveContext, Resolution} from './types.js';

export interface AstroRedirect {
  /** The route, as written (`/how-to/old`, `/blog/[...slug]`). */
  source: string;
  /** A site path or a URL; undefined when postlint cannot read it. */
  destination?: string;
}

export interface AstroRedirects {
  redirects: AstroRedirect[];
  /** Entries whose source is read only in part: the paths it can be, and the entry as shown in messages. */
  partial: Array<{matches: (path: string) => boolean; shown: string}>;
  /** Entries of which no source is read (`...legacy`, `[name]: …`), as shown in messages: any path may be one. */
  unknown: string[];
}

/** A string literal's text; undefined for a template literal that holds code (`${…}`). */
function literalText(text: string): string | undefined {
  const match = /^(['"`])([^'"`]*)\1$/.exec(text.trim());
  return match && !(match[1] === '`' && match[2]!.includes('${')) ? match[2] : undefined;
}

/** The literal start of a key built in code: `` `/blog/${slug}` `` and `'/old/' + name` start with `/blog/`, `/old/`. */
function literalStart(key: string): string | undefined {
  return /^`([^`$]*)\$\{/.exec(key)?.[1] ?? /^(['"])([^'"]*)\1\s*\+/.exec(key)?.[2];
}

/**
 * The `redirects` value among the config object's top-level entries (`redirects: legacy` gives
 * `legacy`, the shorthand `redirects` gives ''); undefined when it has none.
 */
function builtRedirectsValue(config: string): string | undefined {
  for (const part of topLevelParts(withoutComments(config))) {
    const entry = /^['"]?redirects['"]?\s*(?::\s*([\s\S]*))?$/.exec(part.trim());
    if (entry) return (entry[1] ?? '').trim().split('\n')[0]!.trim();
  }
  return undefined;
}

/** A config that builds its object some other way: a `redirects` key anywhere in its code (comments aside) may be it. */
function keyAnywhere(configText: string): string | undefined {
  const value = /(?:^|[\s,{(])['"]?redirects['"]?\s*(?::\s*([^,}\n]+)|(?=[,}]))/m.exec(withoutComments(configText));
  return value ? (value[1] ?? '').trim() : undefined;
}

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The config's `redirects`, or undefined when it has none. */
export function astroRedirects(configText: string): AstroRedirects | undefined {
  const object = configObjectOf(configText);
  const config = object ?? configText;
  const body = objectOf(config, 'redirects');
  if (body === undefined) {
    // `redirects: legacyRedirects`, `redirects,`: a value built in code, of which nothing is read. Only a
    // key of the config object counts: the word in a comment or a string (`// no redirects here`) is none.
    const value = object !== undefined ? builtRedirectsValue(object) : keyAnywhere(configText);
    return value !== undefined ? {redirects: [], partial: [], unknown: [shorten(`redirects${value ? `: ${value}` : ''}`)]} : undefined;
  }
  const redirects: AstroRedirect[] = [];
  const read: AstroRedirects = {redirects, partial: [], unknown: []};
  for (const part of topLevelParts(withoutComments(body))) {
    const entry = /^(['"`][^'"`]*['"`]|\[[\s\S]*?\]|[\w$]+)\s*:\s*([\s\S]+)$/.exec(part.trim());
    if (!entry) {
      read.unknown.push(shorten(part.trim()));
      continue;
    }
    const key = entry[1]!;
    const written = key.startsWith('[') ? key.slice(1, -1).trim() : key;
    const source = literalText(written);
    if (source !== undefined) {
      const value = entry[2]!.trim();
      const destination = value.startsWith('{') ? literalText(/\bdestination\s*:\s*(['"`][^'"`]*['"`])/.exec(value)?.[1] ?? '') : literalText(value);
      redirects.push({source, ...(destination !== undefined ? {destination} : {})});
      continue;
    }
    const start = literalStart(written);
    if (/^[\w$]+$/.test(key)) {
      // An identifier key (`old: '/new'`) is the name itself; whether Astro reads it from the site root is not modelled.
      read.partial.push({matches: (path) => trim(path).replace(/^\//, '') === key, shown: key});
    } else if (start !== undefined && trim(start) !== '/' && start !== '') {
      // (A start of `/` alone names no narrower set of paths than the whole site.)
      read.partial.push({matches: (path) => `${trim(path)}/`.startsWith(start), shown: shorten(written)});
    } else {
      read.unknown.push(shorten(part.trim()));
    }
  }
  return read;
}

const trim = (path: string): string => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** A route with parameters (`[slug]`, `[...rest]`) as a pattern over paths. */
function routePattern(source: string): RegExp {
  const parts = trim(source).split(/(\[\.\.\.[^\]]*\]|\[[^\]]*\])/);
  const body = parts.map((part) => (part.startsWith('[...') ? '.*' : part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
}

/** The redirect a path (base left out, decoded) is a source of: an exact route first, then one with parameters. */
export function redirectFor(path: string, config: AstroRedirects): {redirect: AstroRedirect; dynamic: boolean} | undefined {
  const wanted = trim(path);
  const exact = config.redirects.find((redirect) => !redirect.source.includes('[') && trim(redirect.source) === wanted);
  if (exact) return {redirect: exact, dynamic: false};
  const dynamic = config.redirects.find((redirect) => redirect.source.includes('[') && routePattern(redirect.source).test(wanted));
  return dynamic ? {redirect: dynamic, dynamic: true} : undefined;
}

/**
 * A path the build writes nothing at may be the source of one of the config's `redirects`
 * (above): followed one hop to a page or file of the site (`served`, which follows no redirect), unverifiable otherwise.
 */
export function followRedirect(path: string, context: ResolveContext, served: (request: LinkRequest, context: ResolveContext) => Resolution): Resolution | undefined {
  const site = context.site!;
  const config = site.config.redirects as AstroRedirects | undefined;
  if (!config) return undefined;
  const file = toPosix(relative(site.root, site.configFile ?? site.root));
  const match = redirectFor(path, config);
  if (!match) {
    // Entries read in part answer only the paths they can be; one read not at all may answer any (said once a site).
    const partial = config.partial.find((entry) => entry.matches(path));
    if (partial) return {status: 'unverifiable', reason: `${file} has a redirect from ${partial.shown}, which postlint cannot read whole, and it may answer this path`};
    if (config.unknown.length === 0) return undefined;
    const more = config.unknown.length > 1 ? ` and ${config.unknown.length - 1} more` : '';
    return {status: 'unverifiable', reason: `${file} has redirects postlint cannot read (${config.unknown[0]}${more}), which may answer any path`, siteWide: true};
  }
  const {source, destination} = match.redirect;
  if (match.dynamic) return {status: 'unverifiable', reason: `${file} redirects ${source} (a route with parameters) to ${destination ?? 'a destination postlint cannot read'}`};
  if (destination === undefined || !destination.startsWith('/') || destination.startsWith('//')) {
    return {status: 'unverifiable', reason: `${file} redirects ${source} to ${destination ?? 'a destination postlint cannot read'}`};
  }
  const target = destination.split(/[?#]/)[0]!;
  const found = served({path: target, siteRoot: true, folder: target.endsWith('/'), kind: 'link'}, context);
  return found.status === 'found' ? found : {status: 'unverifiable', reason: `${file} redirects ${source} to ${destination}, which matches no page`};
}
