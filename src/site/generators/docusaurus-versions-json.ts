/**
 * A Docusaurus config's names for its `versions.json` (`import versions from './versions.json'`,
 * `const versions = require('./versions.json')`) and the version an item of it names (`versions[0]`, the newest:
 * `docusaurus docs:version` puts a new version first). Read as text; the file itself is read as JSON.
 */
import {readFileSync} from 'node:fs';
import {relativeModuleFile} from './js-source.js';

/** The local names bound to `<root>/versions.json` (`const v = require('./versions.json')`, `import v from './versions.json'`). */
export function versionsBindings(text: string, configFile: string, versionsFile: string): Set<string> {
  const names = new Set<string>();
  const patterns = [
    /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
    /\bimport\s+([A-Za-z_$][\w$]*)\s+from\s+['"](\.{1,2}\/[^'"]+)['"]/g,
  ];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (relativeModuleFile(configFile, match[2]!) === versionsFile) names.add(match[1]!);
    }
  }
  return names;
}

/** The version names `versions.json` lists, newest first; empty when it is missing or not a list. */
export function listedVersions(versionsFile: string): string[] {
  let versions: unknown;
  try {
    versions = JSON.parse(readFileSync(versionsFile, 'utf8'));
  } catch {
    versions = undefined;
  }
  return Array.isArray(versions) ? versions.filter((name): name is string => typeof name === 'string') : [];
}

/** The version an expression `versions[N]` names, `versions` bound to versions.json; undefined for any other expression. */
export function versionsItem(expression: string, bindings: Set<string>, versions: string[]): string | undefined {
  const item = /^([A-Za-z_$][\w$]*)\s*\[\s*(\d+)\s*\]$/.exec(expression.trim());
  return item && bindings.has(item[1]!) ? versions[Number(item[2])] : undefined;
}
