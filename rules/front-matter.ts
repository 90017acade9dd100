/**
 * front-matter — front matter that parses, with the fields a post needs.
 *
 * Default severity: error.
 * Options:
 *   required: string[]   fields every post must have (default ["title", "date"])
 *
 * Fails:
 *   ---
 *   title: "Broken: quote
 *   ---
 * Passes:
 *   ---
 *   title: Hello
 *   date: 2024-01-01
 *   ---
 */
import type {RuleMeta, RuleModule} from '../src/types.js';
import {docsUrl, fileRule, place} from '../src/rule-kit.js';

interface Options {
  required: string[];
}

const meta: RuleMeta = {
  id: 'front-matter',
  description: 'Front matter must parse and carry the required fields',
  severity: 'error',
  defaults: {required: ['title', 'date']},
  optionsSchema: {
    properties: {required: {type: 'array', items: {type: 'string'}}},
    additionalProperties: false,
  },
  docs: docsUrl('front-matter'),
};

const check = fileRule<Options>(meta.id, (_tree, file, options) => {
  const fm = file.data.frontMatter;
  if (!fm) return;
  if (fm.error) {
    file.message(fm.error.message, {place: place(fm.error)});
    return;
  }
  for (const field of options.required) {
    if (!(field in fm.data)) file.message(`Front matter has no "${field}" field; add one`, {place: place(fm.start)});
  }
});

export default {meta, fileRule: check} satisfies RuleModule;
