import {resolve} from 'node:path';
import type {RunSettings} from '../settings.js';
import {UsageError} from '../errors.js';
import {compilePattern, type UrlPattern} from './patterns.js';

export type UnverifiedLevel = 'off' | 'warn' | 'error';

/** The `links` config section once defaults are applied and durations parsed (milliseconds). */
export interface LinkOptions {
  concurrency: number;
  perHost: number;
  timeout: number;
  connectTimeout: number;
  retries: number;
  retryAfterMax: number;
  /** Time limit of all link checks of a run, from its start (ms). */
  deadline: number;
  maxRedirects: number;
  maxBodySize: number;
  unverified: UnverifiedLevel;
  allowPrivate: boolean;
  checkFragments: boolean;
  frontMatterFields: string[];
  exclude: UrlPattern[];
  accept: Array<{pattern: UrlPattern; statuses: Set<number>}>;
  headers: Array<{pattern: UrlPattern; headers: Record<string, string>}>;
  /** Absolute path of the cache file; undefined when the cache is off. */
  cacheFile: string | undefined;
  ttlOk: number;
  ttlFailure: number;
}

const duration = {
  oneOf: [
    {type: 'integer', minimum: 0, description: 'milliseconds'},
    {type: 'string', pattern: '^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d)$'},
  ],
};
const patterns = {type: 'array', items: {type: 'string', minLength: 1}};

/** JSON Schema of the `links` section; src/schema.ts puts it into the config schema. */
export const linksSchema: Record<string, unknown> = {
  type: 'object',
  description: 'External link checking (see no-dead-links).',
  additionalProperties: false,
  properties: {
    concurrency: {type: 'integer', minimum: 1, maximum: 256, description: 'Requests in flight at once, all hosts together (default 32).'},
    perHost: {type: 'integer', minimum: 1, maximum: 64, description: 'Requests in flight at once to one host (default 4).'},
    timeout: {...duration, description: 'Time limit of one request, from start to the last byte read (default "10s").'},
    connectTimeout: {...duration, description: 'Time limit to open a connection (default "5s").'},
    retries: {type: 'integer', minimum: 0, maximum: 5, description: 'Retries after a network error, a 5xx, a 429 (default 2).'},
    retryAfterMax: {...duration, description: 'Longest Retry-After postlint waits for; longer waits make the link unverified (default "30s").'},
    deadline: {...duration, description: 'Time limit of all the link checks of one run; links not answered by then are unverified, and Retry-After waits past it are not made (default "2m").'},
    maxRedirects: {type: 'integer', minimum: 0, maximum: 20, description: 'Redirects followed (default 10).'},
    maxBodySize: {type: 'integer', minimum: 1024, description: 'Bytes of a page read at most, when fragments are checked (default 5 MiB).'},
    unverified: {enum: ['off', 'warn', 'error'], description: 'Severity of links that could not be verified: timeouts, bot walls (403, 999), 429 (default "warn").'},
    allowPrivate: {type: 'boolean', description: 'Allow requests to loopback, private, link-local and metadata addresses (default false).'},
    checkFragments: {type: 'boolean', description: 'Check #fragments of external links against the page\'s id and name attributes (default false).'},
    frontMatterFields: {type: 'array', items: {type: 'string'}, description: 'Front-matter fields (dotted paths) whose URLs are checked (default canonical, canonicalURL, image, images).'},
    exclude: {...patterns, description: 'URL patterns never checked: "https://x.com/*" (* matches anything; no * means a prefix) or "/regex/".'},
    accept: {type: 'object', additionalProperties: {type: 'array', items: {type: 'integer', minimum: 100, maximum: 999}}, description: 'Status codes that count as working, per URL pattern: {"https://www.linkedin.com/*": [999]}.'},
    headers: {type: 'object', additionalProperties: {type: 'object', additionalProperties: {type: 'string'}}, description: 'Request headers per URL pattern; ${ENV_VAR} is replaced from the environment.'},
    cache: {oneOf: [{type: 'boolean'}, {type: 'string', minLength: 1}], description: 'Cache file (relative to the config file), or false (default ".postlint-cache/links.json").'},
    cacheTtl: {type: 'object', additionalProperties: false, properties: {ok: duration, failure: duration}, description: 'How long results are reused (default ok "1d", failure "1h").'},
  },
};

export const defaultCacheFile = '.postlint-cache/links.json';
/** Two minutes: a few hundred links at the default limits, and a CI job that always ends. */
export const defaultLinkDeadline = 120_000;

const units: Record<string, number> = {ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000};

/** "10s", "1.5m", "1d" or a number of milliseconds. */
export function parseDuration(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return value;
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/.exec(String(value).trim());
  if (!match) throw new UsageError(`links: "${String(value)}" is not a duration (use e.g. "500ms", "10s", "1h", "1d")`);
  return Number(match[1]) * units[match[2]!]!;
}

/** Read the `links` section (already validated against linksSchema) into LinkOptions. */
export function linkOptions(settings: RunSettings, env: NodeJS.ProcessEnv = process.env): LinkOptions {
  const raw = (settings.config.links ?? {}) as Record<string, unknown>;
  const ttl = (raw.cacheTtl ?? {}) as Record<string, unknown>;
  const cache = raw.cache ?? true;
  const cacheFile = settings.noCache || cache === false ? undefined : resolve(settings.configDir, typeof cache === 'string' ? cache : defaultCacheFile);
  const concurrency = (raw.concurrency as number | undefined) ?? 32;
  const warned = new Set<string>();
  return {
    concurrency,
    perHost: Math.min((raw.perHost as number | undefined) ?? 4, concurrency),
    timeout: parseDuration(raw.timeout, 10_000),
    connectTimeout: parseDuration(raw.connectTimeout, 5_000),
    retries: (raw.retries as number | undefined) ?? 2,
    retryAfterMax: parseDuration(raw.retryAfterMax, 30_000),
    deadline: parseDuration(raw.deadline, defaultLinkDeadline),
    maxRedirects: (raw.maxRedirects as number | undefined) ?? 10,
    maxBodySize: (raw.maxBodySize as number | undefined) ?? 5 * 1024 * 1024,
    unverified: (raw.unverified as UnverifiedLevel | undefined) ?? 'warn',
    allowPrivate: raw.allowPrivate === true,
    checkFragments: raw.checkFragments === true,
    frontMatterFields: (raw.frontMatterFields as string[] | undefined) ?? ['canonical', 'canonicalURL', 'image', 'images'],
    exclude: ((raw.exclude as string[] | undefined) ?? []).map(compilePattern),
    accept: Object.entries((raw.accept ?? {}) as Record<string, number[]>).map(([pattern, statuses]) => ({pattern: compilePattern(pattern), statuses: new Set(statuses)})),
    headers: Object.entries((raw.headers ?? {}) as Record<string, Record<string, string>>).map(([pattern, headers]) => ({
      pattern: compilePattern(pattern),
      headers: expandHeaders(headers, env, (name) => {
        if (warned.has(name)) return;
        warned.add(name);
        settings.log(`postlint: links.headers: environment variable ${name} is not set; the header that uses it is not sent`);
      }),
    })),
    cacheFile,
    ttlOk: parseDuration(ttl.ok, 86_400_000),
    ttlFailure: parseDuration(ttl.failure, 3_600_000),
  };
}

/** `${NAME}` in header values comes from the environment, so tokens never sit in config files. A header whose variable is unset is dropped. */
export function expandHeaders(headers: Record<string, string>, env: NodeJS.ProcessEnv, missing: (name: string) => void): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    let ok = true;
    const expanded = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, variable: string) => {
      const found = env[variable];
      if (found === undefined || found === '') {
        ok = false;
        missing(variable);
        return '';
      }
      return found;
    });
    if (ok) out[name.toLowerCase()] = expanded;
  }
  return out;
}
