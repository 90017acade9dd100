import {writeFileSync} from 'node:fs';
import {basename, dirname, join, relative} from 'node:path';
import {UsageError} from './errors.js';
import {displayPath, findConfigFile} from './config-files.js';
import {siteFor, type SiteInfo} from './site/detect.js';
import {generatorOf} from './site/generators/index.js';

const fileName = '.postlintrc.jsonc';

/** The starter config's text: JSONC, so that it can explain itself. */
export function starterConfig(cwd: string, site: SiteInfo | undefined): string {
  // Run in a folder inside a site, the build output lies outside this config's reach.
  const ignore = site && site.root === cwd ? generatorOf(site).buildOutput(site).map((dir) => `${dir}/**`) : [];
  const detected = site
    ? `a ${generatorOf(site).title} site (detected from ${relative(cwd, site.configFile ?? site.root) || basename(site.root)})`
    : 'Markdown files (no site generator detected)';
  return `// postlint config for ${detected}.
// Comments and trailing commas are allowed here. Every setting: see "Configuration" in postlint's README,
// or let your editor complete them from the schema below.
{
  "$schema": "./node_modules/postlint/schema/postlint.schema.json",
  // Build output and caches: not your posts.
  "ignore": [${ignore.map((glob) => JSON.stringify(glob)).join(", ")}],
  // Every rule runs at its default level (postlint --list-rules); change one here: "off", "warn" or "error",
  // or ["warn", {options}].
  "rules": {},
  "links": {
    // URL patterns never requested ("https://example.com/*", or "/regex/").
    "exclude": [],
  },
  "spelling": {
    // Words to accept (postlint --add-words collects the unknown ones into .postlint/words.txt).
    "words": [],
  },
}
`;
}

/**
 * `--init`: write a starter .postlintrc.jsonc for the site in the working directory. An existing
 * config there (any of the names postlint reads) is never overwritten: that is a usage error.
 */
export async function initConfig(cwd: string): Promise<string> {
  const existing = await findConfigFile(cwd);
  if (existing && dirname(existing.filepath) === cwd) {
    throw new UsageError(`--init: ${displayPath(existing.filepath)} already exists; postlint --init never overwrites a config (edit that file, or remove it first)`);
  }
  const site = await siteFor(cwd);
  const target = join(cwd, fileName);
  try {
    // "wx": fail rather than overwrite, even if the file appeared since the check above.
    writeFileSync(target, starterConfig(cwd, site), {flag: 'wx'});
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`--init: ${fileName} already exists; postlint --init never overwrites a config`);
    throw new UsageError(`--init: cannot write ${fileName} (${code ?? (error as Error).message})`);
  }
  const parent = existing ? `; it takes precedence over ${displayPath(existing.filepath)}` : '';
  return `Wrote ${fileName} for ${site ? `a ${generatorOf(site).title} site` : 'Markdown files (no site generator detected)'}${parent}.\n`;
}
