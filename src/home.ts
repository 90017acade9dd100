import {packageInfo, version} from './version.js';

/**
 * The project's home, taken from one place: the `homepage` of package.json (its `#readme` cut
 * off). Every address postlint writes (rule pages, manual sections, the SARIF tool and help
 * links, the User-Agent) derives from it; tests/package.test.mjs checks that package.json's
 * `repository` and `bugs` agree and that no other source file spells the address out.
 */
export const home: string = packageInfo.homepage.replace(/#.*$/, '').replace(/\/+$/, '');

/** A rule's page, docs/rules/<id>.md, on the default branch. */
export function ruleDocsUrl(id: string): string {
  return `${home}/blob/main/docs/rules/${encodeURIComponent(id)}.md`;
}

/** A section of the manual (the README), by its heading's id. */
export function manualUrl(section: string): string {
  return `${home}#${section}`;
}

/**
 * The config schema's `$id`: where the schema of this very version can be read. The schema is
 * generated at build and shipped in the npm package, not kept in git, so its address is the
 * package's file on a CDN that serves every published version (jsDelivr), under the same name
 * and version as package.json.
 */
export const schemaUrl = `https://cdn.jsdelivr.net/npm/${packageInfo.name}@${version}/schema/postlint.schema.json`;
