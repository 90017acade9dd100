import {createHash} from 'node:crypto';
import type {RuleMeta} from './types.js';
import {flavorNames} from './site/slug/types.js';
import {defaultExtensions, defaultMaxFileSize} from './defaults.js';
import {linksSchema} from './links/options.js';
import {schemaUrl} from './home.js';

const severity = {enum: ['off', 'warn', 'error']};

function ruleSetting(meta: RuleMeta): Record<string, unknown> {
  // if/then/else rather than oneOf: a bad value then gets one precise error, not one per branch.
  return {
    description: `${meta.description} (default: ${meta.severity})`,
    if: {type: 'string'},
    then: severity,
    else: {
      type: 'array',
      items: [severity, {...meta.optionsSchema, type: 'object', default: meta.defaults}],
      minItems: 1,
      maxItems: 2,
    },
    default: meta.severity,
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
    $id: schemaUrl,
    title: 'postlint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      extends: {
        oneOf: [{type: 'string', minLength: 1}, {type: 'array', items: {type: 'string', minLength: 1}}],
        description: 'Config files ("./shared.jsonc", relative to this file) or packages ("@team/postlint-config") to build on; applied in order, this file last.',
      },
      rules,
      extensions: {type: 'array', items: {type: 'string', pattern: '^\\.?[\\w.-]+$'}, description: 'File extensions to lint when walking folders.', default: defaultExtensions},
      ignore: {type: 'array', items: {type: 'string'}, description: 'Globs, relative to the config file, of paths never to lint.'},
      root: {type: 'string', description: 'Site root, when it cannot be detected from a generator config.'},
      maxFileSize: {type: 'integer', minimum: 1, description: 'Files larger than this many bytes are reported, not parsed (5 MiB by default).', default: defaultMaxFileSize},
      followSymlinks: {type: 'boolean', description: 'Walk symbolic links that lead out of the folder being checked (off by default: such links are skipped with a warning).', default: false},
      cache: {type: 'boolean', description: 'Cache per-file results in .postlint-cache/.'},
      anchors: {
        type: 'object',
        description: 'Heading-id settings (see no-broken-anchors).',
        properties: {
          slugger: {enum: [...flavorNames], description: 'Slug flavor for heading ids; overrides the one detected from the site config.'},
        },
      },
      links: linksSchema,
      spelling: {
        type: 'object',
        description: 'Dictionaries and words (see spelling).',
        additionalProperties: false,
        properties: {
          language: {type: 'string', description: 'BCP 47 tag of the Hunspell dictionary ("en-US", "en-GB"); by default en-US, or British when the site reads British.'},
          words: {type: 'array', items: {type: 'string'}, description: 'Words to accept.'},
          dictionaries: {type: 'array', items: {type: 'string'}, description: 'Word lists (one a line) or Hunspell .dic files, relative to the config file that names them.'},
          brands: {type: 'array', items: {type: 'string'}, description: 'Brand names in their right case (brand-casing); also accepted by spelling.'},
        },
      },
      frontMatter: {type: 'object', description: 'Front-matter fields (see front-matter).'},
      drafts: {type: 'object', description: 'Draft detection (see no-drafts).'},
      site: {
        type: 'object',
        description: 'How postlint reads each site as a whole.',
        additionalProperties: false,
        properties: {
          guard: {type: 'boolean', default: true, description: 'When most links of one shape (or most pages of a section for a front-matter field) fail, postlint\'s model of the site is probably wrong there: leave them unverifiable and say so once. false reports every finding.'},
        },
      },
      remarkLint: {
        type: 'array',
        description: 'remark-lint rules and presets to run in the same parse, resolved from the site\'s node_modules: "remark-preset-lint-recommended" or ["remark-lint-maximum-line-length", 120].',
        items: {anyOf: [{type: 'string', minLength: 1}, {type: 'array', items: [{type: 'string', minLength: 1}, {}], minItems: 1, maxItems: 2}]},
      },
      overrides: {
        type: 'array',
        items: {type: 'object', required: ['files'], additionalProperties: false, properties: {files: globs, rules}},
      },
    },
  };
}

/** Identifies a schema, so a validator compiled at build time is used only for the rules it was built from. */
export function schemaFingerprint(schema: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}
