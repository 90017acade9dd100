import {readFileSync} from 'node:fs';

import {packageRoot} from './paths.js';

/** The package version, read once from package.json. */
export const version: string = (JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as {version: string}).version;

let build: string | undefined;

/**
 * The version and the build's fingerprint (`dist/build-id`, a hash of the bundles written by
 * scripts/bundle.mjs): caches of results are kept only for the very code that wrote them, so a
 * build from a checkout with changed rules does not reuse what the old rules found.
 */
export function codeVersion(): string {
  if (build === undefined) {
    try {
      build = readFileSync(new URL('dist/build-id', packageRoot), 'utf8').trim();
    } catch {
      build = 'unbuilt';
    }
  }
  return `${version}+${build}`;
}
