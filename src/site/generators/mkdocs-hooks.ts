/**
 * MkDocs hooks (`hooks: [docs/hooks.py]`, MkDocs 1.4+): Python files MkDocs loads as plugins. Each
 * path is read from the config file's folder, the module is run, and every `on_*` attribute it
 * has becomes an event handler (mkdocs/mkdocs @ 2862536793b3c67d9d83c33e0dd6d50a791928f8:
 * config/config_options.py `Hooks`, plugins.py `PluginCollection.__setitem__`). Some events are
 * where a build writes files no source holds: `on_files` adds files to the collection,
 * `on_post_build` runs after the pages are written with `config.site_dir` at hand (a CNAME, an
 * install script or a public key copied to the site root), `on_startup`, `on_config` and
 * `on_pre_build` run before docs_dir is read, `on_shutdown` after the build. postlint never runs
 * the site's Python; it only looks for those names. MkDocs leaves an absolute link as written
 * (structure/pages.py `path_to_url`), so a site-root path the checkout lacks may be such a file.
 * A relative link MkDocs itself checks against its documentation files, which `on_post_build`
 * output is not part of: those are left to the usual checks.
 */
import {dirname, resolve} from 'node:path';
import {readSmallFileIfAny} from '../../read-text.js';
import type {SiteInfo} from './types.js';

/** The build-level events, named as a word anywhere in the hook's text (a `def`, an assignment, an import). */
const writingEvent = /\bon_(?:startup|config|pre_build|files|post_build|shutdown)\b/;
/** `from x import *` may bring any handler in. */
const starImport = /^\s*from\s+\S+\s+import\s+\*/m;

const cache = new WeakMap<SiteInfo, string | null>();

/** Why a site-root path the checkout lacks may still be written by the build's hooks, or undefined. */
export function hooksMayWrite(site: SiteInfo): string | undefined {
  let reason = cache.get(site);
  if (reason === undefined) cache.set(site, (reason = findWriter(site) ?? null));
  return reason ?? undefined;
}

/** The hook files the config names, as written. */
function hookPaths(site: SiteInfo): string[] {
  const hooks = site.config.hooks;
  return Array.isArray(hooks) ? hooks.filter((hook): hook is string => typeof hook === 'string') : typeof hooks === 'string' ? [hooks] : [];
}

/** The hook files, absolute (read from the config file's folder): inputs of the site model. */
export function hookFiles(site: SiteInfo): string[] {
  const folder = site.configFile ? dirname(site.configFile) : site.root;
  return hookPaths(site).map((path) => resolve(folder, path));
}

function findWriter(site: SiteInfo): string | undefined {
  const files = hookFiles(site);
  for (const [i, path] of hookPaths(site).entries()) {
    const text = readSmallFileIfAny(files[i]);
    // A hook postlint cannot read may do anything a hook can.
    if (text === undefined) return `the MkDocs hook ${path} (which postlint cannot read) may write files into the built site`;
    const event = writingEvent.exec(text)?.[0] ?? (starImport.test(text) ? 'a handler it imports with *' : undefined);
    if (event) return `the MkDocs hook ${path} has ${event}, which may write files into the built site`;
  }
  return undefined;
}
