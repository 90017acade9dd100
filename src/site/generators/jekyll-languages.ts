/**
 * The names a Jekyll site's own data gives its language codes: `<data_dir>/languages.yml` (or
 * `.yaml`, `.json`), keyed by the code its translated pages declare (`language: ba`), each with its
 * `name` (`ba: {name: "Bosanski"}`) or the name itself. A site's code need not be BCP 47's (`ba` is
 * Bashkir there; the site means Bosnian): the name says which language it is (src/site/language.ts).
 */
import {join, resolve} from 'node:path';
import {parse as parseYaml} from 'yaml';
import {get, isObject, perSite} from './common.js';
import {readSmallFileIfAny} from '../../read-text.js';
import type {SiteInfo} from './types.js';

export const jekyllLanguageNames: (site: SiteInfo) => ReadonlyMap<string, string> = perSite(readNames);

function readNames(site: SiteInfo): ReadonlyMap<string, string> {
  const dataDir = get(site.config, 'data_dir');
  const folder = resolve(site.root, typeof dataDir === 'string' ? dataDir : '_data');
  const names = new Map<string, string>();
  for (const file of ['languages.yml', 'languages.yaml', 'languages.json']) {
    const text = readSmallFileIfAny(join(folder, file));
    if (text === undefined) continue;
    let data: unknown;
    try {
      data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, {logLevel: 'silent'});
    } catch {
      continue;
    }
    if (!isObject(data)) continue;
    for (const [code, entry] of Object.entries(data)) {
      const name = typeof entry === 'string' ? entry : isObject(entry) && typeof entry.name === 'string' ? entry.name : undefined;
      if (name !== undefined && name.trim() !== '') names.set(code.toLowerCase(), name.trim());
    }
    break;
  }
  return names;
}
