import {readFileSync} from 'node:fs';

import {packageRoot} from './paths.js';

/** The fields of postlint's own package.json that the code reads. */
export interface PackageInfo {
  name: string;
  version: string;
  homepage: string;
}

/** postlint's package.json, read once. */
export const packageInfo: PackageInfo = JSON.parse(readFileSync(new URL('package.json', packageRoot), 'utf8')) as PackageInfo;

/** The package version. */
export const version: string = packageInfo.version;

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
