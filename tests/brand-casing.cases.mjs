import {test} from 'node:test';
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {lintRule} from 'postlint/testing';
import {fixtures} from './helpers.mjs';
import {filesOf, fixture, lintSite, row, ruleFindings, siteFindings} from './rule-helpers.mjs';

const rule = 'brand-casing';
const base = join(fixtures, 'brand-casing');
// One run over the pass and fail fixtures, with only this rule on.
// `Zorblat` is held to its case by spelling.brands (the title-terms fixtures).
const all = await lintRule({rule, fixture: base, configFile: false, config: {spelling: {brands: ['Zorblat']}}, paths: ['pass', 'fail']});
const rows = all.findings.map(row);
const messagesIn = (file) => all.findings.filter((f) => f.file === file).map((f) => f.message);

test('brand-casing: right forms, ordinary words (go, rust, swift, express), code, URLs, paths and ALLCAPS pass', async () => {
  assert.deepEqual(rows.filter((row) => row.startsWith('pass/')), []);
});

test('brand-casing: wrong cases are flagged at each use, front-matter title included, with the right form', async () => {
  assert.deepEqual(rows.filter((row) => row.startsWith('fail/wrong-case')), [
    'fail/wrong-case.md:2:19 brand-casing',
    'fail/wrong-case.md:2:40 brand-casing',
    'fail/wrong-case.md:5:10 brand-casing',
    'fail/wrong-case.md:5:25 brand-casing',
    'fail/wrong-case.md:5:54 brand-casing',
    'fail/wrong-case.md:5:77 brand-casing',
    'fail/wrong-case.md:6:5 brand-casing',
  ]);
  const messages = messagesIn('fail/wrong-case.md');
  assert.deepEqual(messages, [
    '`Typescript` is written `TypeScript`',
    '`Github` is written `GitHub`',
    '`Javascript` is written `JavaScript`',
    '`Typescript` is written `TypeScript`',
    '`Github` is written `GitHub`',
    '`Postgresql` is written `PostgreSQL`',
    '`django` is written `Django`',
  ]);
});

test('brand-casing: only lists of names, or inner capitals, make a brand form; a writer\'s inner capitals beat a one-capital list form', async () => {
  // pass/list-forms.md: JetBrains, AppVeyor (lists: Jetbrains, Appveyor), kramdown, lunr, dotnet,
  // initializers, nullable (general term list: Kramdown, Lunr, dotNET, Initializers, Nullable).
  assert.deepEqual(rows.filter((row) => row.startsWith('pass/list-forms')), []);
  assert.deepEqual(rows.filter((row) => row.startsWith('fail/list-forms')), [
    'fail/list-forms.md:3:15 brand-casing',
    'fail/list-forms.md:3:28 brand-casing',
    'fail/list-forms.md:3:44 brand-casing',
    'fail/list-forms.md:3:63 brand-casing',
  ]);
  const messages = messagesIn('fail/list-forms.md');
  assert.deepEqual(messages, [
    '`bitbucket` is written `Bitbucket`',
    '`Gitlab` is written `GitLab`',
    '`linux` is written `Linux`',
    '`MacOS` is written `macOS`',
  ]);
});

test('brand-casing: spelling accepts lower-case django while brand-casing flags it', async () => {
  const files = {'post.md': 'A django app.\n'};
  assert.deepEqual(await siteFindings(rule, files), ['post.md:1:3 brand-casing']);
  assert.deepEqual(await siteFindings('spelling', files), []);
});

test('brand-casing: spelling.brands adds names; words.txt accepts a form as written', async () => {
  const {findings} = await lintRule({
    rule,
    config: {spelling: {brands: ['Zorblat', 'macOS']}},
    files: {
      '.postlint/words.txt': 'Github\n',
      'post.md': 'We use zorblat and ZorBlat on macos, Github too; Zorblat is right.\n',
    },
  });
  assert.deepEqual(findings.map((m) => `${m.column} ${m.ruleId} ${m.message}`), [
    '8 brand-casing `zorblat` is written `Zorblat`',
    '20 brand-casing `ZorBlat` is written `Zorblat`',
    '31 brand-casing `macos` is written `macOS`',
  ]);
});

test('brand-casing: a form the site writes as inline code is an identifier there, in every file of the site; other sites still get the finding', async () => {
  const prose = '# Parsers\n\nToday postcss parses Less, and the youtube shortcode embeds a video.\n';
  const brand = await siteFindings(rule, {
    'site/hugo.toml': 'title = "x"\n',
    'site/content/a.md': prose,
    'site/content/b.md': '# Options\n\nSet the parser to `postcss`; the `youtube` shortcode takes an id.\n',
    'other/hugo.toml': 'title = "y"\n',
    'other/content/a.md': prose,
  });
  assert.deepEqual(brand, ['other/content/a.md:3:7 brand-casing', 'other/content/a.md:3:36 brand-casing']);
});

test('brand-casing: forms of two letters and acronym plurals in the word lists are not brands', async () => {
  assert.deepEqual(await siteFindings(rule, {'post.md': '# Refs\n\nSome devs read ¿el mejor framework? and use Refs daily.\n'}), []);
});

test('brand-casing: right forms come from names as their owners write them; quoted values and words of code blocks are left alone', async () => {
  // pass/owner-forms.md: Gmail, Corepack, AppArmor, ccache (word lists: GMail, CorePack, Apparmor,
  // Ccache), tsconfigs and kube (word lists: TSConfigs, Kube), 'hugo' and "jekyll" as values, oxc
  // written in a code block, chatbot and redox (English words; ChatBot and Redox are also products), typer
  // before a version (a package release), Readme (the word readme capitalized, not the company
  // ReadMe: the term lists write it in lower case and English knows it), jekyll in a dependency
  // update's title (the package), REdis in an expansion whose capitals spell its acronym (RESP).
  assert.deepEqual(rows.filter((row) => row.startsWith('pass/owner-forms')), []);
  assert.deepEqual(rows.filter((row) => row.startsWith('fail/owner-forms')), [
    'fail/owner-forms.md:3:23 brand-casing',
    'fail/owner-forms.md:3:50 brand-casing',
    'fail/owner-forms.md:5:22 brand-casing', // Typescript: English knows "typescript", but the lists write TypeScript
    'fail/owner-forms.md:5:49 brand-casing', // Wireguard: the lists write it in lower case, English does not know it
    'fail/owner-forms.md:6:19 brand-casing', // REdis: a held shift key, no capital after a lower-case letter
  ]);
  const messages = messagesIn('fail/owner-forms.md');
  assert.deepEqual(messages, ['`GMail` is written `Gmail`', '`Github` is written `GitHub`', '`Typescript` is written `TypeScript`', '`Wireguard` is written `WireGuard`', '`REdis` is written `Redis`']);
});

test('brand-casing: a JSX element alone on its line in MDX (Docusaurus reads .md as MDX) is no prose; with markdown.format "detect" a .md page is CommonMark', async () => {
  const page = '---\ntitle: Start\n---\n\nIntro.\n\n<img src="https://cdn.example.net/a.png" alt="A record in Javascript" style={{ borderRadius: "5px" }} />\n\nWe use Javascript here.\n';
  const files = {'docs/start.md': page, 'docs/other.mdx': page};
  const mdx = {...files, 'docusaurus.config.js': "module.exports = {url: 'https://example.org', baseUrl: '/'};\n"};
  assert.deepEqual(await siteFindings(rule, mdx), ['docs/other.mdx:9:8 brand-casing', 'docs/start.md:9:8 brand-casing']);
  const detect = {...files, 'docusaurus.config.js': "module.exports = {url: 'https://example.org', baseUrl: '/', markdown: {format: 'detect'}};\n"};
  assert.deepEqual(await siteFindings(rule, detect), ['docs/other.mdx:9:8 brand-casing', 'docs/start.md:7:59 brand-casing', 'docs/start.md:9:8 brand-casing']);
});

test('brand-casing: a camel form against a one-capital list form is a slip in one file (CloudFlare) and the site\'s own name in three (WiX, the toolset, not Wix)', async () => {
  const rows = await siteFindings(rule, {
    'a.md': '# Installers\n\nBuild the installer with WiX.\n',
    'b.md': '# Signing\n\nSign what WiX builds.\n',
    'c.md': '# Updates\n\nWiX bundles the updater.\n',
    'd.md': '# Hosting\n\nWe host on CloudFlare Pages.\n',
  });
  assert.deepEqual(rows, ['d.md:3:12 brand-casing']);
});

test('brand-casing: a lower-case name inside a term the site writes in Title Case is a word of that term; a term that starts with the name, or after "The", is the name', async () => {
  // pass/title-terms.md: "first zorblat paint", "largest zorblat paints" where the site writes "First Zorblat Paint".
  assert.deepEqual(rows.filter((row) => row.includes('/title-terms')), [
    'fail/title-terms.md:3:27 brand-casing', // zorblat api: no term of the site holds it
    'fail/title-terms.md:5:9 brand-casing', // the zorblat foundation: "The Zorblat Foundation" starts with the name
  ]);
});

test('brand-casing: a name is held to its owner\'s form when the page was written (CloudFlare before late 2016, MailChimp before 2018-09-26); a page with no date to today\'s', async () => {
  const rows = await siteFindings(rule, {
    '_config.yml': 'title: Renames\n',
    // Dated by its file name (Jekyll), before both renames: the forms of their time.
    '_posts/2016-01-15-old.md': '---\ntitle: Old\n---\n\nWe send mail with MailChimp, served by CloudFlare.\n',
    // Dated by front matter after both: today's forms.
    'notes/new.md': '---\ntitle: New\ndate: 2019-02-01\n---\n\nWe send mail with MailChimp, served by CloudFlare.\n',
    // Between the two renames: Cloudflare had changed, Mailchimp had not.
    'notes/between.md': '---\ntitle: Between\ndate: 2017-05-03 10:00:00\n---\n\nWe send mail with MailChimp, served by CloudFlare.\n',
    // No date: today's form; the current form is right on an old page too.
    'notes/undated.md': '---\ntitle: Undated\n---\n\nWe send mail with MailChimp.\n',
    '_posts/2015-03-01-current.md': '---\ntitle: Current\n---\n\nWe send mail with Mailchimp, served by Cloudflare.\n',
  });
  assert.deepEqual(rows, ['notes/between.md:6:40 brand-casing', 'notes/new.md:6:19 brand-casing', 'notes/new.md:6:40 brand-casing', 'notes/undated.md:5:19 brand-casing']);
});

test('brand-casing: JAMstack stayed its owner\'s form until 2020-04-15 (jamstack.org\'s own repository: the site wrote Jamstack from 2019-12-09, its README JAMstack until "Jamstack consistency"): a page dated before keeps it, a page dated that day or after is held to Jamstack', async () => {
  const rows = await siteFindings(rule, {
    '_config.yml': 'title: Stacks\n',
    '_posts/2019-12-08-before.md': '---\ntitle: Before\n---\n\nWe build on the JAMstack.\n',
    '_posts/2019-12-09-between.md': '---\ntitle: Between\n---\n\nWe build on the JAMstack.\n',
    '_posts/2020-04-14-last.md': '---\ntitle: Last\n---\n\nWe build on the JAMstack.\n',
    '_posts/2020-04-15-after.md': '---\ntitle: After\n---\n\nWe build on the JAMstack.\n',
    'notes/undated.md': '---\ntitle: Undated\n---\n\nWe build on the JAMstack.\n',
  });
  assert.deepEqual(rows, ['_posts/2020-04-15-after.md:5:17 brand-casing', 'notes/undated.md:5:17 brand-casing']);
});

test('brand-casing: a common English word with only its first capital is that word, not a name with inner capitals (Indigo is not IndiGo, Boat not boAt); a rare one still names the product (Typescript)', async () => {
  const rows = await siteFindings(rule, {
    'a.md': '# Workstations\n\nMy first one was a Silicon Graphics Indigo; the Boat Show came later.\n\nThen we wrote Typescript on Github.\n',
  });
  assert.deepEqual(rows, ['a.md:5:15 brand-casing', 'a.md:5:29 brand-casing']);
});

test('brand-casing: a common word that is also a name with inner capitals, which the site writes in lower case, is that word with a first capital too (Minimax, the algorithm, not MiniMax); without the lower-case use, or for a rare word (Typescript), the name is held', async () => {
  const site = {
    'search.md': '# Search\n\nA minimax search looks at every move; the typescript of the talk is online.\n',
    'trees.md': '# Trees\n\nContrasted with Minimax, the tree grows slowly. We wrote it in Typescript.\n',
  };
  assert.deepEqual(await siteFindings(rule, site), ['trees.md:3:64 brand-casing']);
  assert.deepEqual(await siteFindings(rule, {'trees.md': site['trees.md']}), ['trees.md:3:17 brand-casing', 'trees.md:3:64 brand-casing']);
});

test('brand-casing: a list title its owner dropped is read as today\'s form (Simple Icons\' MailChimp is Mailchimp)', async () => {
  const {messages} = await lintSite(rule, {'a.md': '# Mail\n\nWe send mail with MailChimp.\n'});
  assert.deepEqual(messages.map((m) => m.message), ['`MailChimp` is written `Mailchimp`']);
});

test('brand-casing: a lower-case brand that spells a common noun, used as one after an article, is that noun (a dropbox: a drop box); the brand naming what a noun belongs to is checked', async () => {
  const rows = await siteFindings(rule, {
    'a.md': '# Sharing\n\nCreate a dropbox. Anyone can add files to the dropbox, and it syncs.\n\nOpen a dropbox account or use dropbox daily; push to a github repo.\n',
  });
  assert.deepEqual(rows, ['a.md:5:8 brand-casing', 'a.md:5:31 brand-casing', 'a.md:5:56 brand-casing']);
});

test('brand-casing: a coined name (capital inside) is never a common noun, and `the` points only at a thing the page brought in with `a`', async () => {
  const rows = await siteFindings(rule, {
    'a.md': '# Hosting\n\nWe left the github. Pay with the paypal. Post to the facebook.\n\nThen make a github.\n',
    // `the facebook` after `a facebook` used as a noun: the thing brought in before.
    'b.md': '# Books\n\nWe made a facebook. Then we filled the facebook.\n',
  });
  assert.deepEqual(rows, ['a.md:3:13 brand-casing', 'a.md:3:34 brand-casing', 'a.md:3:54 brand-casing', 'a.md:5:13 brand-casing']);
});

test('brand-casing: a Title Case link opening a row of a table of links to others\' work is that work\'s title; the row\'s description, a short label and a lone link are the site\'s', async () => {
  const table = [
    '| Post | About |', '| --- | --- |',
    '| [Using Acme with Sketchup](https://one.example/post) | Ana drives 3D models with Acme |',
    '| [Testing Excel with Acme](https://two.example/post) | Bo tests sheets in Javascript |',
    '| [Pairwise testing with Acme](https://three.example/post) | Cy on pairwise tests |',
    '| [Sketchup Tips](https://four.example/post) | Short label |',
  ].join('\n');
  const rows = await siteFindings(rule, {
    'list.md': `# Reading\n\n${table}\n`,
    'lone.md': '# One\n\n| Post | About |\n| --- | --- |\n| [Using Acme with Sketchup](https://one.example/post) | Ana |\n',
  });
  assert.deepEqual(rows, ['list.md:6:76 brand-casing', 'list.md:8:4 brand-casing', 'lone.md:5:20 brand-casing']);
});

test('brand-casing: a hashtag is a tag, not a name, in emphasis too; the word in prose is still held to the brand', async () => {
  const {findings} = await lintRule({rule, files: {'post.md': '# Clips\n\nMore *#youtube* clips, and _@youtube_ too, on a youtube channel.\n'}, paths: ['post.md']});
  assert.deepEqual(findings.map(row), ['post.md:3:49 brand-casing']);
  assert.match(findings[0].message, /YouTube/);
});

test('brand-casing: a list title its owner never wrote is read as the owner\'s (Openlayers → OpenLayers, Flightaware → FlightAware); a one-capital title still holds a camel form (BioConductor); TripAdvisor is right before 2020-03', async () => {
  assert.deepEqual(await ruleFindings(rule, ['brand-casing/title-cased']), [
    'brand-casing/title-cased/maps.md:3:58 brand-casing', // CloudFlare
    'brand-casing/title-cased/maps.md:5:27 brand-casing', // an undated page: today's Tripadvisor
    'brand-casing/title-cased/maps.md:5:60 brand-casing', // Openlayers: the owner writes OpenLayers
    'brand-casing/title-cased/maps.md:7:24 brand-casing', // BioConductor: the owner writes Bioconductor
    'brand-casing/title-cased/maps.md:9:52 brand-casing', // Flightaware: the owner writes FlightAware (its FlightAware passes)
  ]);
});

test('brand-casing: a form with added inner capitals (UIKit against the list\'s UIkit) is another product where a site writes it in three files; a slip of the same shape in one file (BootStrap) is still reported (UIKit itself is a case homonym: brand-homonyms.ts)', async () => {
  const forms = fixture('brand-casing', 'site-forms');
  assert.deepEqual(await siteFindings(rule, filesOf(join(forms, 'collision'))), []);
  assert.deepEqual(await siteFindings(rule, filesOf(join(forms, 'slip'))), ['a.md:3:25 brand-casing']);
});

test('brand-casing: a classic miscasing repeated in three files (XCode against Xcode, PostGreSQL against PostgreSQL: no acronym before the added capital) is still reported in each', async () => {
  assert.deepEqual(await siteFindings(rule, filesOf(fixture('brand-casing', 'site-forms', 'repeated-slips'))), [
    's1.md:3:21 brand-casing', 's1.md:5:27 brand-casing', 's2.md:3:21 brand-casing', 's2.md:5:27 brand-casing', 's3.md:3:21 brand-casing', 's3.md:5:27 brand-casing',
  ]);
});

test('brand-casing: on a German page (lang de, or the Jekyll locale de_DE) a term capitalized as a noun (Loopback-Subnetze) is the term; Whatsapp and Github there, and Loopback in English prose, are still reported', async () => {
  assert.deepEqual(await siteFindings(rule, filesOf(fixture('brand-casing', 'german-nouns'))), ['english.md:3:24 brand-casing', 'locale.md:8:66 brand-casing', 'netz.md:8:108 brand-casing']);
});

test('brand-casing: a command line after a shell prompt in a paragraph ($> cf create-service mysql) is the command as typed; the name in the next sentence, and in a sentence about the prompt ($ is the prompt sign … Github), is reported', async () => {
  assert.deepEqual(await siteFindings(rule, filesOf(fixture('brand-casing', 'shell-prompt'))), ['service.md:7:33 brand-casing', 'sign.md:5:75 brand-casing']);
});

test('brand-casing: a blockquote that the next paragraph credits (a handle, a verb of writing, a word pointing back, a link out to the piece) is others\' words; one credited by no link out, one followed by a credit of something else (@dee wrote the [deploy guide]), or followed by the writer\'s own prose, is read', async () => {
  assert.deepEqual(await siteFindings(rule, filesOf(fixture('quotations', 'credited-after'))), ['notes.md:3:45 brand-casing', 'post.md:7:35 brand-casing', 'post.md:9:70 brand-casing']);
});

test('brand-casing: a lower-case name a service runs as (`runs as elasticsearch user`, `started as the mongodb account`) and the remote a git command written in prose names (`git fetch github`) are the system\'s names; a user of the product, the name elsewhere on the line, and link text that spells its host\'s name (`[Pytorch notes: …](https://pytorch-notes.example.org/…)`: the host says nothing of the owner\'s casing) are read', async () => {
  assert.deepEqual(await siteFindings(rule, filesOf(fixture('brand-casing', 'system-names'))), ['reading.md:3:4 brand-casing', 'reading.md:4:4 brand-casing', 'reading.md:5:4 brand-casing', 'reading.md:6:13 brand-casing', 'service.md:4:36 brand-casing', 'service.md:10:12 brand-casing']);
});

test('brand-casing: a name joined by a colon to a template variable or a slot (gitlab:${USERNAME}, gitlab:<user>) is a key format; before a colon and a space, or an HTML tag (github:<br>), it is read', async () => {
  assert.deepEqual(await ruleFindings(rule, ['brand-casing-key-formats']), [
    'brand-casing-key-formats/keys.md:7:1 brand-casing', // Gitlab: the service
    'brand-casing-key-formats/keys.md:9:22 brand-casing', // gitlab in prose
    'brand-casing-key-formats/keys.md:11:12 brand-casing', // github:<br>: an HTML tag after the colon is markup, not a slot
    'brand-casing-key-formats/keys.md:12:7 brand-casing', // gitlab:<b>here</b>
  ]);
});

test('brand-casing: an identifier written inside raw HTML code elements (`<code>SourceTree::Exists(…)</code>`, generated API pages) is the code\'s name, as in backticks; the product miscased on a site that never writes it as code, and another brand miscased beside, are reported', async () => {
  const dir = join(fixtures, 'brand-casing-html-code');
  const lint = async (paths) => (await lintRule({rule, fixture: dir, configFile: false, paths})).findings.map(row);
  assert.deepEqual(await lint(['tree-api.md']), []);
  assert.deepEqual(await lint(['clients.md']), ['clients.md:3:9 brand-casing', 'clients.md:3:47 brand-casing']);
  // The site half: the code on one page makes the class's name the site's identifier; `Github` is still read.
  assert.deepEqual(await lint(['tree-api.md', 'clients.md']), ['clients.md:3:47 brand-casing']);
});

test('brand-casing: a word followed directly by command-line options (`Mysql -u root`, `Postgresql -U admin` as a list\'s steps) is a program typed as a command, no brand to correct; a dash between spaces, an em dash written `---` and a dash glued to a word (`-based`) leave the name read', async () => {
  const dir = 'classes38e/command-options';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/install-steps.md:9:1 brand-casing`, // Mysql - the database
    `${dir}/install-steps.md:11:15 brand-casing`, // Mysql ---
    `${dir}/install-steps.md:11:29 brand-casing`, // Github -based
  ]);
});
