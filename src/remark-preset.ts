/**
 * `postlint/remark`: postlint's file rules as a remark preset, for remark-cli, remark-language-server
 * or any unified pipeline, without postlint's engine. Each rule finds what the engine would have
 * given it (config, site, front matter) itself; see provideStandaloneData in rule-kit.ts.
 * Each rule's file half is the plugin; its site half is left out.
 *
 * Left out: the site rules (no-broken-anchors, no-missing-files, no-unpublished-links,
 * no-empty-sections, no-dead-links), which need every file of the site at once, and the
 * run-wide refinements (a site term used in many files, brand forms the site writes as code).
 *
 *   // .remarkrc.mjs
 *   import postlint from 'postlint/remark'
 *   export default {plugins: [postlint]}
 */
import type {Plugin, Preset} from 'unified';
import type {Root} from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import {loadRules} from './registry.js';
import {filePlugin} from './rule-kit.js';
import type {RuleModule} from './types.js';

/** A rule's plugin with its defaults under whatever the user gives (nothing, a level, options, or both). */
function withDefaults(rule: RuleModule): Plugin<[unknown?], Root> {
  const plugin = filePlugin(rule);
  const {severity, defaults} = rule.meta;
  const wrapped = function (this: never, config?: unknown) {
    let value: unknown;
    if (config === undefined || config === null || config === true) value = [severity, defaults];
    else if (Array.isArray(config)) value = [config[0], {...defaults, ...((config[1] as object | undefined) ?? {})}];
    else if (typeof config === 'object') value = [severity, {...defaults, ...config}];
    else value = [config, defaults];
    return (plugin as unknown as (this: never, value: unknown) => unknown).call(this, value);
  };
  Object.defineProperty(wrapped, 'name', {value: plugin.name});
  return wrapped as unknown as Plugin<[unknown?], Root>;
}

const modules = [...(await loadRules()).values()].filter((rule) => rule.file);

/** Each file rule on its own, by id, to pick from in a .remarkrc. */
export const rules: Record<string, Plugin<[unknown?], Root>> = Object.fromEntries(modules.map((rule) => [rule.meta.id, withDefaults(rule)]));

const preset: Preset = {
  plugins: [
    // postlint reads YAML and TOML front matter; without this remark sees a rule and a heading.
    [remarkFrontmatter, ['yaml', 'toml']],
    ...modules.map((rule) => rules[rule.meta.id]!),
  ],
};

export default preset;
