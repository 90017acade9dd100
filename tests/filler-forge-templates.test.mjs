// Filler text and forge templates: lorem-ipsum filler found by one detector
// (src/text/filler.ts) that no-placeholders and spelling share; a page that calls itself a sample
// shows filler on purpose; GitHub's issue and pull-request templates are templates their authors fill in.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule, siteFindings} from './rule-helpers.mjs';
import {fillerPhrase, isFiller} from '../dist/src/text/filler.js';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {othersWords} from '../dist/src/spelling/quotations.js';
import {assertLinearGrowth} from './growth.mjs';

test('filler: lorem-ipsum passages, pure or mixed with English words; English prose about the filler is not filler', () => {
  assert.equal(isFiller('Lorem ipsum dolor sit amet, consectetur adipiscing elit. Aliquam vel sollicitudin felis.'), true);
  assert.equal(isFiller("Anim pariatur cliche reprehenderit, enim eiusmod high life accusamus squid. Wolf moon officia aute, non cupidatat skateboard dolor brunch. Nihil anim keffiyeh, craft beer labore nesciunt sapiente ea proident, you probably haven't heard of them."), true);
  assert.equal(isFiller('Lorem Ipsum is the placeholder text of the printing trade, and designers still use Lorem Ipsum in mockups today.'), false);
  assert.equal(isFiller('Lorem ipsum dolor sit.'), false); // too short to judge
  // An English sentence that quotes the filler's opening: as many English joints (the, in, with, it, was) as filler words.
  assert.equal(isFiller('We replaced the Lorem ipsum dolor sit amet, consectetur adipiscing elit text in the footer with real copy and it was well received.'), false);
  assert.equal(isFiller('Lorem Ipsum dolor sit amet opens this sentence as filler does.'), false);
  assert.equal(fillerPhrase('Lorem  Ipsum'), true);
  assert.equal(fillerPhrase('TODO'), false);
});

test('no-placeholders: filler on a page that calls itself a sample, and a page of filler paragraphs, are what it shows; a leftover in a real page is reported', async () => {
  const {rows} = await lintRule('no-placeholders', ['filler-and-forge-templates/samples']);
  assert.deepEqual(rows, [
    'filler-and-forge-templates/samples/demo-day-recap.md:10:1 no-placeholders', // a page about a demo (`Demo day recap`) does not call itself one: its filler is a leftover
    'filler-and-forge-templates/samples/release.md:7:1 no-placeholders', // one filler paragraph among real content: a leftover
    'filler-and-forge-templates/samples/sample-topic.md:12:1 no-placeholders', // a note to self, on a sample page too
  ]);
  // Without the title and summary that call it a sample, its prose that names the filler is read as any page's.
  const plain = '---\ntitle: Typesetting\n---\n\nDesigners paste lorem ipsum into a layout to judge its weight.\n';
  assert.deepEqual(await siteFindings('no-placeholders', {'typesetting.md': plain}), ['typesetting.md:5:17 no-placeholders']);
  // A title or description about a demo names no sample page; a title that is the word alone does.
  const demo = '---\ntitle: How to run a great product demo\ndescription: Tips for your next demo\n---\n\nKeep it short.\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\n';
  assert.deepEqual(await siteFindings('no-placeholders', {'demo.md': demo}), ['demo.md:8:1 no-placeholders']);
  assert.deepEqual(await siteFindings('no-placeholders', {'demo.md': demo.replace(/^title: .*$/m, 'title: Demo')}), []);
  // Three filler paragraphs (one without the word itself) make a specimen; two of five paragraphs do not.
  const two = ['# Tour', '', 'One.', '', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.', '', 'Two.', '', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.', '', 'Three.', ''].join('\n');
  assert.deepEqual(await siteFindings('no-placeholders', {'tour.md': two}), ['tour.md:5:1 no-placeholders', 'tour.md:9:1 no-placeholders']);
});

test('spelling: a filler passage (here raw HTML mixing lorem ipsum with English) is not English prose; a typo next to it is', async () => {
  const {rows} = await lintRule('spelling', ['filler-and-forge-templates/samples/questions.md']);
  assert.deepEqual(rows, ['filler-and-forge-templates/samples/questions.md:14:60 spelling']); // recieved; not varius, proident
  // English prose that quotes the filler is English: its typo is reported.
  const quoting = '# Footer\n\nWe replaced the Lorem ipsum dolor sit amet, consectetur adipiscing elit text in the footer with real copy and it was recieved well.\n';
  assert.deepEqual(await siteFindings('spelling', {'footer.md': quoting}), ['footer.md:3:118 spelling']);
});

test('no-placeholders: GitHub issue and pull-request templates are filled in by their authors; other repository files and pages are read', async () => {
  const {rows} = await lintRule('no-placeholders', ['filler-and-forge-templates/starlight']);
  assert.deepEqual(rows, [
    'filler-and-forge-templates/starlight/CONTRIBUTING.md:3:37 no-placeholders', // a repository document, not a template
    'filler-and-forge-templates/starlight/src/content/docs/index.md:5:21 no-placeholders',
  ]);
  // The top folder's and docs/ variants are templates too; the README beside them is a repository document, read.
  const files = {'package.json': '{"dependencies": {"astro": "^4.0.0", "@astrojs/starlight": "^0.20.0"}}', 'astro.config.mjs': "import starlight from '@astrojs/starlight';\nexport default {integrations: [starlight({title: 'A'})]};\n", 'src/content/docs/index.md': '---\ntitle: A\n---\n\nText.\n', 'pull_request_template.md': '## Issues\n\n- TODO\n', 'docs/PULL_REQUEST_TEMPLATE/feature.md': '## Issues\n\n- TODO\n', 'README.md': '# A\n\n- TODO\n'};
  assert.deepEqual(await siteFindings('no-placeholders', files), ['README.md:3:3 no-placeholders']);
});

test('brand-casing: an ordinary word in Title Case counted as one (a Chatbot in …) against a name with a capital inside; a received message quoted whole, a quotation in Chinese: the others\' words', async () => {
  const {rows} = await lintRule('brand-casing', ['quoted-messages']);
  assert.deepEqual(rows, [
    'quoted-messages/talks.md:7:12 brand-casing', // a Chatbot here: no phrase end, the product's name miscased
    'quoted-messages/talks.md:7:32 brand-casing', // a Chatbot platform: a modifier
    'quoted-messages/talks.md:13:17 brand-casing', // the writer's own sentence
    'quoted-messages/talks.md:15:2 brand-casing', // a quotation the writer says himself ("I told them"), not introduced as received
    'quoted-messages/talks.md:19:2 brand-casing', // the writer's own reply ("I got to writing the reply"), not a message received
    'quoted-messages/zh.md:8:14 brand-casing', // the page's own Chinese prose, outside the partner's quoted statement
  ]);
});

test('others\' words: the received-message introducer is read in time linear in its length (each `got`, each `message` looks a few words ahead)', () => {
  const parser = unified().use(remarkParse);
  for (const word of ['I got ', 'message ']) {
    const page = (n) => `# H\n\n${word.repeat(n)}it:\n\n"We recieve it."\n`;
    assertLinearGrowth(`othersWords after ${word.trim()} × n`, (source) => othersWords(parser.parse(source), source), page, 1500);
  }
});
