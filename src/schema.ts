import type {RuleMeta} from './types.js';
import {linksSchema} from './links/options.js';

const severity = {enum: ['off', 'warn', 'error']};

function ruleSetting(meta: RuleMeta): Record<string, unknown> {
  return {
    description: meta.description,
    oneOf: [
      severity,
      {type: 'array', items: [severity], minItems: 1, maxItems: 1},
      {type: 'array', items: [severity, {...meta.optionsSchema, type: 'object'}], minItems: 2, maxItems: 2},
    ],
  };
}

/**
 * The JSON Schema of the config file, built from the rules' own metadata so that the
 * schema shipped in schema/ and the validation at run time cannot disagree.
 */
export function buildSchema(metas: RuleMeta[]): Record<string, unknown> {
  const rules = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(metas.map((meta) => [meta.id, ruleSetting(meta)])),
  };
  const globs = {oneOf: [{type: 'string'}, {type: 'array', items: {type: 'string'}}]};
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/postlint/postlint/schema/postlint.schema.json',
    title: 'postlint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      rules,
      extensions: {type: 'array', items: {type: 'string', pattern: '^\\.?[\\w.-]+$'}, description: 'File extensions to lint when walking folders (default: .md, .markdown).'},
      ignore: {type: 'array', items: {type: 'string'}, description: 'Globs, relative to the config file, of paths never to lint.'},
      root: {type: 'string', description: 'Site root, when it cannot be detected from a generator config.'},
      maxFileSize: {type: 'integer', minimum: 1, description: 'Files larger than this many bytes are reported, not parsed (default 5 MiB).'},
      cache: {type: 'boolean', description: 'Cache per-file results in .postlint-cache/.'},
      anchors: {type: 'object', description: 'Heading-id settings (see no-broken-anchors).'},
      links: linksSchema,
      spelling: {type: 'object', description: 'Dictionaries and words (see spelling).'},
      frontMatter: {type: 'object', description: 'Front-matter fields (see front-matter).'},
      drafts: {type: 'object', description: 'Draft detection (see no-drafts).'},
      overrides: {
        type: 'array',
        items: {type: 'object', required: ['files'], additionalProperties: false, properties: {files: globs, rules}},
      },
    },
  };
}
