// The rule contract (src/rule-kit.ts): meta gives the options' defaults and schema from one
// declaration; messages are looked up by id and filled from data, and a wrong id or a slot left
// unfilled throws; a file half's report carries its severity per finding; every rule in rules/
// is on the contract, with no hook that serves a single rule.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {VFile} from 'vfile';
import {defineRule, filePlugin, formatMessage, option} from '../dist/src/rule-kit.js';
import {loadRules} from '../dist/src/index.js';

const sample = defineRule({
  meta: {
    id: 'sample',
    description: 'test: words',
    severity: 'error',
    messages: {word: 'Word "{{word}}" at {{where}}', plain: 'Nothing to fill'},
    options: {
      words: option.strings(['alpha'], 'Words to flag.'),
      strict: option.boolean(false),
      limit: option.integer(3, {minimum: 0}),
      mode: option.oneOf(['a', 'b'], 'a'),
    },
  },
  file({tree, options, report}) {
    for (const node of tree.children) {
      const text = node.children?.[0]?.value ?? '';
      if (text === 'bad id') report({messageId: 'nope', place: node.position});
      else if (text === 'bad data') report({messageId: 'word', data: {word: 'x'}, place: node.position});
      else if (options.words.includes(text)) report({messageId: 'word', data: {word: text, where: 'start'}, place: node.position, ...(options.strict ? {} : {severity: 'warn'}), details: {word: text}});
    }
  },
});

test('meta: defaults and the options schema come from the one options declaration', () => {
  assert.deepEqual(sample.meta.defaults, {words: ['alpha'], strict: false, limit: 3, mode: 'a'});
  assert.deepEqual(sample.meta.optionsSchema, {
    properties: {
      words: {type: 'array', items: {type: 'string'}, description: 'Words to flag.'},
      strict: {type: 'boolean'},
      limit: {type: 'integer', minimum: 0},
      mode: {enum: ['a', 'b']},
    },
    additionalProperties: false,
  });
  assert.deepEqual(sample.meta.services, []);
  assert.match(sample.meta.docs, /docs\/rules\/sample\.md$/);
});

test('messages: filled from data by id; an unknown id or an unfilled slot throws', () => {
  assert.equal(formatMessage(sample.meta, 'word', {word: 'beta', where: 2}), 'Word "beta" at 2');
  assert.equal(formatMessage(sample.meta, 'plain'), 'Nothing to fill');
  // Data is inserted as it is: braces in it are not slots.
  assert.equal(formatMessage(sample.meta, 'word', {word: '{{where}}', where: 'x'}), 'Word "{{where}}" at x');
  assert.throws(() => formatMessage(sample.meta, 'nope'), /Rule sample has no message "nope" \(it has "word", "plain"\)/);
  assert.throws(() => formatMessage(sample.meta, 'word', {word: 'beta'}), /Rule sample: message "word" needs data "where"/);
  assert.throws(() => formatMessage(sample.meta, 'toString'), /has no message "toString"/);
});

test('a rule needs a file or a site half', () => {
  assert.throws(() => defineRule({meta: {id: 'empty', description: 'x', severity: 'warn', messages: {}}}), /Rule empty has neither a file nor a site half/);
});

/** Run the sample's file half as phase 1 does, outside the engine's settings check. */
async function lint(text, setting) {
  const file = new VFile({path: '/nowhere/post.md', value: text});
  file.data.settings = {cwd: '/nowhere', now: new Date(), offline: true, verbose: false, useCache: false, noCache: true, config: {}, configDir: '/nowhere', log: () => undefined};
  file.data.frontMatter = undefined;
  file.data.site = undefined;
  file.data.bareUrls = [];
  const processor = unified().use(remarkParse).use(filePlugin(sample), setting);
  await processor.run(processor.parse(file), file);
  return file.messages.map((m) => ({at: `${m.line}:${m.column}`, reason: m.reason, ruleId: m.ruleId, fatal: m.fatal, data: m.data}));
}

test('report: severity per finding (warn under an error rule), details as data; off runs nothing', async () => {
  assert.deepEqual(await lint('alpha\n\nbeta\n', ['error', sample.meta.defaults]), [
    {at: '1:1', reason: 'Word "alpha" at start', ruleId: 'sample', fatal: false, data: {word: 'alpha'}},
  ]);
  assert.deepEqual((await lint('alpha\n', ['error', {...sample.meta.defaults, strict: true}])).map((m) => m.fatal), [true]);
  assert.deepEqual((await lint('alpha\n', ['warn', {...sample.meta.defaults, strict: true}])).map((m) => m.fatal), [false]);
  assert.deepEqual(await lint('alpha\n', ['off', sample.meta.defaults]), []);
});

test('report: an unknown message id or missing data in a file half is a crash message naming the rule', async () => {
  assert.deepEqual(await lint('bad id\n', ['error', sample.meta.defaults]), [
    {at: 'undefined:undefined', reason: 'Rule sample crashed on this file (a bug in postlint; please report it): Rule sample has no message "nope" (it has "word", "plain")', ruleId: 'sample', fatal: true, data: undefined},
  ]);
  const [crash] = await lint('bad data\n', ['warn', sample.meta.defaults]);
  assert.equal(crash.reason, 'Rule sample crashed on this file (a bug in postlint; please report it): Rule sample: message "word" needs data "where"');
  assert.equal(crash.fatal, false);
});

test('every rule is on the contract: meta with messages, a file or site half, and no single-rule hook', async () => {
  const rules = await loadRules();
  assert.ok(rules.size >= 10);
  for (const [id, rule] of rules) {
    assert.deepEqual(Object.keys(rule).filter((key) => !['meta', 'file', 'site'].includes(key)), [], `${id} has only meta, file and site`);
    assert.ok(rule.file || rule.site, id);
    assert.ok(Object.keys(rule.meta.messages).length > 0, `${id} declares its messages`);
    for (const [messageId, template] of Object.entries(rule.meta.messages)) assert.equal(typeof template, 'string', `${id}.${messageId}`);
    assert.deepEqual(Object.keys(rule.meta.defaults).sort(), Object.keys(rule.meta.optionsSchema.properties).sort(), `${id}: a default for every option`);
  }
});

test('a service is there only for a rule that names it in meta.services', async () => {
  const greedy = defineRule({
    meta: {id: 'greedy', description: 'test', severity: 'warn', messages: {never: 'never'}},
    async file({speller}) {
      await speller.get();
    },
  });
  const file = new VFile({path: '/nowhere/post.md', value: 'text\n'});
  file.data.settings = {cwd: '/nowhere', now: new Date(), offline: true, verbose: false, useCache: false, noCache: true, config: {}, configDir: '/nowhere', log: () => undefined};
  const processor = unified().use(remarkParse).use(filePlugin(greedy), ['warn', {}]);
  await processor.run(processor.parse(file), file);
  assert.deepEqual(file.messages.map((m) => m.reason), ["Rule greedy crashed on this file (a bug in postlint; please report it): Rule greedy uses the speller without services: ['speller'] in its meta"]);
});
