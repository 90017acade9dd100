/** The programmatic API: what the CLI uses, for tools that embed postlint. */
export {run, type RunOptions, type RunResult, type Document} from './engine.js';
export {lintText, type LintTextOptions} from './lint-text.js';
export {loadRules} from './registry.js';
export {buildSchema} from './schema.js';
export {loadReporter, formats, type Format} from './reporters/index.js';
export type {PostlintConfig, RuleSetting, Override} from './config.js';
export type {RuleMeta, RuleModule, Severity, FileReport, SiteReport, FileContext, SiteContext, Span, Place, OptionSpec, OptionsOf} from './types.js';
export {defineRule, option} from './rule-kit.js';
export {UsageError} from './errors.js';
export {runWithFixes, type FixOutcome} from './fix-run.js';
export type {Fix} from './fix.js';
