/**
 * Astro integrations whose files depend on their options or on a file beside the config, read as
 * text from the call in `integrations: […]`, never run:
 * - astro-pagefind (shishkin/astro-pagefind packages/astro-pagefind/src/pagefind.ts): no `injectRoute`;
 *   `astro:build:done` runs Pagefind over the output and writes its bundle to the output's `pagefind/`
 *   folder, which its `astro:server:setup` middleware serves in dev (`req.url.startsWith("/pagefind/")`);
 *   before Pagefind 1.0 the folder was `_pagefind/` (commit "use /pagefind rather than /_pagefind"), and
 *   the versions that ran the Pagefind CLI let a `pagefind.yml` (`.yaml`, `.toml`, `.json`) beside the
 *   config rename it (`output_subdir`), which postlint does not read;
 * - @vite-pwa/astro (vite-pwa/astro src/index.ts) hands its options to vite-plugin-pwa
 *   (vite-pwa/vite-plugin-pwa src/options.ts, api.ts, constants.ts): the service worker at `filename`
 *   (default `sw.js`; a `.ts` one built by `injectManifest` is written as `.js`), with
 *   `strategies: 'generateSW'` (the default) Workbox's runtime chunk beside it (workbox-build
 *   lib/bundle.ts: `workbox-<hex hash>.js`), the web manifest at `manifestFilename` (default
 *   `manifest.webmanifest`; none with `manifest: false`), the registration script `registerSW.js`
 *   (unless `injectRegister` is `false`, `null` or `'inline'`), source maps of these (`.map`), and with
 *   `pwaAssets` the icons it generates (its preset's names beside its image; any image when postlint cannot read them). `outDir` or a Workbox
 *   `swDest` moves the files where postlint does not follow; `disable: true` writes none.
 * A value postlint cannot read (a variable, a call) is named, and makes a path nothing serves unverifiable.
 */
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {topLevelExpression} from './config-text.js';
import {closedBody, topLevelParts} from './js-source.js';

/** What an integration writes, as its call's options say. */
export interface IntegrationFiles {
  /** Exact paths (`/sw.js`). */
  written: string[];
  /** Pattern sources of paths it writes or serves (`^/pagefind/`). */
  patterns: string[];
  /** What postlint could not read that may make other paths (`the @vite-pwa/astro option outDir`). */
  unread: string[];
}

/** How to read one integration's call: `options` is its argument's text ('' for none), undefined when the call is not the config's own (a wrapper's). */
type OptionReader = (options: string | undefined, configText: string, root: string | undefined) => IntegrationFiles;

const pagefindConfigs = ['pagefind.yml', 'pagefind.yaml', 'pagefind.toml', 'pagefind.json'];

function pagefindFiles(_options: string | undefined, _configText: string, root: string | undefined): IntegrationFiles {
  const config = root === undefined ? undefined : pagefindConfigs.find((name) => existsSync(join(root, name)));
  return {written: [], patterns: ['^/_?pagefind/'], unread: config !== undefined ? [`Pagefind's ${config} (it may rename the bundle's folder)`] : []};
}

/** A string literal's value (`'sw.js'`); undefined for any other expression. */
function literal(expression: string): string | undefined {
  return /^(['"`])([^'"`$]*)\1$/.exec(expression)?.[2];
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The body of the object literal a `const` of the config holds (`const pwa = {…}`); undefined when it holds something else. */
function constObject(name: string, configText: string): string | undefined {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const declared = new RegExp(`\\b(?:const|let|var)\\s+${name.replace(/\$/g, '\\$')}\\s*(?::[^=]*)?=\\s*\\{`).exec(configText);
  return declared ? closedBody(configText, declared.index + declared[0].length - 1) : undefined;
}

/**
 * The options object's body: the literal given, or a `const` of the config's holding one, with the
 * objects it spreads from such consts written in place (`{...shared, filename}`: later keys win, as
 * topLevelExpression reads the first, the parts are put in reverse); undefined when any part is
 * something else (a spread of a call may set any option).
 */
function optionsObject(options: string, configText: string, depth = 0): string | undefined {
  const argument = options.trim().replace(/,\s*$/, '');
  if (argument === '') return '';
  const body = argument.startsWith('{') ? closedBody(argument, 0) : constObject(argument, configText);
  if (body === undefined || depth > 4) return undefined;
  const parts: string[] = [];
  for (const part of topLevelParts(body)) {
    const spread = /^\.\.\.\s*([\s\S]*)$/.exec(part)?.[1];
    const read = spread === undefined ? part : optionsObject(spread, configText, depth + 1);
    if (read === undefined) return undefined;
    if (read !== '') parts.unshift(read);
  }
  return parts.join(',\n');
}

function vitePwaFiles(options: string | undefined, configText: string): IntegrationFiles {
  const name = '@vite-pwa/astro';
  const object = options === undefined ? undefined : optionsObject(options, configText);
  if (object === undefined) return {written: [], patterns: [], unread: [`the options of ${name}, which postlint cannot read`]};
  const value = (key: string): string | undefined => topLevelExpression(object, key);
  if (value('disable') === 'true') return {written: [], patterns: [], unread: []};
  const unread: string[] = [];
  if (value('outDir') !== undefined) unread.push(`the ${name} option outDir`);
  for (const key of ['workbox', 'injectManifest']) {
    const nested = value(key);
    // `swDest` moves the service worker (and Workbox's chunk) anywhere; an object postlint cannot read may hold it.
    if (nested !== undefined && (!nested.startsWith('{') || topLevelExpression(closedBody(nested, 0) ?? '', 'swDest') !== undefined)) unread.push(`the ${name} option ${key}.swDest`);
  }
  /** A file-name option's literal (its default when absent); undefined, and named, when it is computed. */
  const fileName = (key: string, fallback: string): string | undefined => {
    const expression = value(key);
    const read = expression === undefined ? fallback : literal(expression);
    if (read === undefined) unread.push(`the ${name} option ${key}`);
    return read?.replace(/^\.?\/+/, '');
  };
  const written: string[] = [];
  const patterns: string[] = [];
  const worker = fileName('filename', 'sw.js');
  const injected = literal(value('strategies') ?? '') === 'injectManifest';
  if (worker !== undefined) {
    const workers = injected && worker.endsWith('.ts') ? [worker, worker.replace(/\.ts$/, '.js')] : [worker];
    for (const file of workers) written.push(`/${file}`);
    patterns.push(`^/(?:${workers.map(escaped).join('|')})\\.map$`);
    // generateSW's Workbox runtime chunk is written in the service worker's folder.
    if (!injected) patterns.push(`^/${escaped(worker.slice(0, worker.lastIndexOf('/') + 1))}workbox-[0-9a-f]+\\.js(?:\\.map)?$`);
  }
  if (value('manifest') !== 'false') {
    const manifest = fileName('manifestFilename', 'manifest.webmanifest');
    if (manifest !== undefined) written.push(`/${manifest}`);
  }
  const register = value('injectRegister');
  if (register === undefined || (!['false', 'null'].includes(register) && literal(register) !== 'inline')) written.push('/registerSW.js');
  const assets = value('pwaAssets');
  if (assets !== undefined) patterns.push(...pwaAssetPatterns(assets));
  return {written, patterns, unread};
}

/** Any image: what icons a preset postlint cannot read may be named, wherever they are written. */
const anyImage = '\\.(?:png|ico|svg|webp|jpe?g)$';

/**
 * The icons `pwaAssets` writes (vite-plugin-pwa src/pwa-assets/options.ts, config.ts): none when
 * `disabled: true` or `preset: false`; otherwise @vite-pwa/assets-generator writes its preset's icons
 * (src/utils.ts defaultAssetName: `pwa-<w>x<h>.png`, `maskable-icon-<w>x<h>.png`,
 * `apple-touch-icon-<w>x<h>.png`; the presets' `favicon.ico`) into the output folder of the `image`
 * (default `public/favicon.svg`: the root; @vite-pwa/astro src/index.ts sets the generator's public and
 * output folders to Astro's own). A `config` file, a preset of the site's own or options postlint cannot
 * read may name or place them otherwise: any image.
 */
function pwaAssetPatterns(assets: string): string[] {
  if (assets === 'false') return [];
  const body = assets.startsWith('{') ? closedBody(assets, 0) : undefined;
  if (body === undefined || topLevelParts(body).some((part) => part.startsWith('...'))) return [anyImage];
  const value = (key: string): string | undefined => topLevelExpression(body, key);
  if (value('disabled') === 'true') return [];
  const config = value('config');
  if (config === undefined || config === 'false') {
    if (value('preset') === 'false') return [];
    const preset = value('preset');
    const image = literal(value('image') ?? "'public/favicon.svg'");
    const inPublic = image === undefined ? undefined : /^(?:\.\/)?public\/((?:[^/]+\/)*)[^/]+$/.exec(image)?.[1];
    if ((preset === undefined || literal(preset) !== undefined) && inPublic !== undefined && !inPublic.split('/').includes('..')) {
      return [`^/${escaped(inPublic)}(?:(?:pwa|maskable-icon|apple-touch-icon)-\\d+x\\d+\\.png|favicon\\.ico)$`];
    }
  }
  return [anyImage];
}

/** The integrations read by their options, by package. */
export const optionReaders: Readonly<Record<string, OptionReader>> = {
  'astro-pagefind': pagefindFiles,
  '@vite-pwa/astro': (options, configText) => vitePwaFiles(options, configText),
};
