import {resolve} from 'node:path';
import type {RuleModule, Severity} from './types.js';
import {ruleSettingsForFile, type LoadedConfig} from './config.js';
import {defaultExtensions, defaultMaxFileSize} from './defaults.js';

/**
 * `--print-config <file>`: the config that applies to that file, as JSON: the merged config
 * (every `extends` followed), the global defaults filled in, and `rules` resolved for the file
 * (defaults, then the config, then each matching override, then --rule flags) with every rule
 * listed, off ones too, as [level, options]. `extends` and `overrides` are gone: they are applied;
 * so the output is itself a valid config.
 */
export function effectiveConfig(cwd: string, file: string, loaded: LoadedConfig, rules: Map<string, RuleModule>, ruleFlags: Record<string, Severity>): Record<string, unknown> {
  const {rules: _rules, overrides: _overrides, extends: _extends, $schema: _schema, ...rest} = loaded.config as Record<string, unknown>;
  const settings = ruleSettingsForFile(resolve(cwd, file), loaded, rules, ruleFlags);
  const resolved = Object.fromEntries([...settings].sort(([a], [b]) => a.localeCompare(b)).map(([id, {severity, options}]) => [id, [severity, options]]));
  return {
    extensions: defaultExtensions,
    maxFileSize: defaultMaxFileSize,
    ...rest,
    rules: resolved,
  };
}
