/**
 * Astro's `redirects` config option (astro.config, read as text, never run): `'/old': '/new'` or
 * `'/old': {status: 302, destination: '/new'}`. Astro serves each source as a route (a static build
 * writes a page there that sends the reader on), so a link to a source is answered: followed to its
 * destination when that is a page or file of the site, unverifiable otherwise. A source with route
 * parameters (`/blog/[...slug]`) matches many paths and only makes them unverifiable; entries
 * postlint cannot read (a spread, a value built in code) make any missing path unverifiable.
 * Learned from Astro's redirects proposal (withastro/roadmap 0041-redirects) and its config docs.
 */
import {configObjectOf, objectOf} from './config-text.js';
import {topLevelParts, withoutComments} from './js-source.js';

export interface AstroRedirect {
  /** The route, as written (`/how-to/old`, `/blog/[...slug]`). */
  source: string;
  /** A site path or a URL; undefined when postlint cannot read it. */
  destination?: string;
}

export interface AstroRedirects {
  redirects: AstroRedirect[];
  /** Some entries are not literals postlint reads. */
  unread: boolean;
}

const literal = /^(['"`])([^'"`]*)\1$/;

/** The config's `redirects`, or undefined when it has none. */
export function astroRedirects(configText: string): AstroRedirects | undefined {
  const body = objectOf(configObjectOf(configText) ?? configText, 'redirects');
  if (body === undefined) return undefined;
  const redirects: AstroRedirect[] = [];
  let unread = false;
  for (const part of topLevelParts(withoutComments(body))) {
    const entry = /^(['"`])([^'"`]+)\1\s*:\s*([\s\S]+)$/.exec(part);
    if (!entry) {
      unread = true;
      continue;
    }
    const value = entry[3]!.trim();
    const destination = literal.exec(value)?.[2] ?? (value.startsWith('{') ? /\bdestination\s*:\s*(['"`])([^'"`]*)\1/.exec(value)?.[2] : undefined);
    redirects.push({source: entry[2]!, ...(destination !== undefined ? {destination} : {})});
  }
  return {redirects, unread};
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
