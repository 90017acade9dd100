import {readdirSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {join} from 'node:path';
import type {RuleModule} from './types.js';
import {importModule} from './dynamic-import.js';

/**
 * Every file in rules/ is a rule: adding one means adding the file, nothing else.
 * The compiled rules sit next to the compiled src/ (dist/rules, dist/src).
 */
const rulesDir = fileURLToPath(new URL('../rules/', import.meta.url));

let loaded: Promise<Map<string, RuleModule>> | undefined;

/** The bundled CLI (dist/bin) hands over its rules, imported statically, instead of listing a folder. */
export function provideRules(modules: Array<Partial<RuleModule>>): void {
  loaded = Promise.resolve(ruleMap(modules, modules.map((module) => module.meta?.id ?? '?')));
}

export function loadRules(): Promise<Map<string, RuleModule>> {
  loaded ??= (async () => {
    const names = readdirSync(rulesDir)
      .filter((name) => name.endsWith('.js'))
      .sort();
    const modules = await Promise.all(names.map((name) => importModule<{default?: Partial<RuleModule>}>(pathToFileURL(join(rulesDir, name)).href)));
    return ruleMap(modules.map((module) => module.default ?? {}), names);
  })();
  return loaded;
}

function ruleMap(modules: Array<Partial<RuleModule>>, names: string[]): Map<string, RuleModule> {
  const rules = new Map<string, RuleModule>();
  for (const [i, module] of modules.entries()) {
    // A rule is what defineRule (src/rule-kit.ts) makes: meta with messages, and a file or site half.
    if (!module.meta?.messages || (!module.file && !module.site)) throw new Error(`rules/${names[i]} is not a rule: its default export must be defineRule({meta, file, site}) (see docs/adding-a-rule.md)`);
    if (rules.has(module.meta.id)) throw new Error(`Rule id ${module.meta.id} is defined twice`);
    rules.set(module.meta.id, module as RuleModule);
  }
  return rules;
}

