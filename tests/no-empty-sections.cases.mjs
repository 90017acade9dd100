import {test} from 'node:test';
import assert from 'node:assert/strict';
import {lintRule, ruleFindings, siteFindings} from './rule-helpers.mjs';

const rule = 'no-empty-sections';

test('no-empty-sections flags empty sections, a section of empty subsections at those subsections only, and the last one', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/fail/empty-sections.md']), [
    'no-empty-sections/fail/empty-sections.md:8:1 no-empty-sections', // Design: next heading at the same level
    // Notes (14): only an empty heading in a list, which is the one finding (one problem, one finding)
    'no-empty-sections/fail/empty-sections.md:16:3 no-empty-sections', // retries: inside the list item
    // Open questions (18): its two empty subsections are reported, not the section around them
    'no-empty-sections/fail/empty-sections.md:20:1 no-empty-sections',
    'no-empty-sections/fail/empty-sections.md:22:1 no-empty-sections',
    'no-empty-sections/fail/empty-sections.md:24:1 no-empty-sections', // Summary: end of file
  ]);
});

test('no-empty-sections: a release or a part of its notes, a heading with a link, a rule after text, signatures sharing a description, a group name over its members are not empty', async () => {
  // These pass files also come in the pass directory test below; named here for the classes.
  const pass = ['changelog.md', 'headings-that-lead-on.md', 'flat-headings.md'].map((name) => `no-empty-sections/pass/${name}`);
  assert.deepEqual(await ruleFindings(rule, pass), []);
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/fail/versions-and-numbers.md']), [
    'no-empty-sections/fail/versions-and-numbers.md:3:1 no-empty-sections', // 2.1 Install: a numbered section, not a version
    'no-empty-sections/fail/versions-and-numbers.md:9:1 no-empty-sections', // Examples: the next heading is empty too
    'no-empty-sections/fail/versions-and-numbers.md:11:1 no-empty-sections', // Notes
    'no-empty-sections/fail/versions-and-numbers.md:13:1 no-empty-sections', // Guides: a plural, but only one section follows
    'no-empty-sections/fail/versions-and-numbers.md:19:1 no-empty-sections', // v1.3.0: nothing follows it at all
  ]);
});

test('no-empty-sections: a thematic break is no content (a heading over only a comment and a rule, or only a rule, is empty); a rule after text and a setext underline are not such a section', async () => {
  // pass/headings-that-lead-on.md: `## Part one` has text before its rule; `---` under a line of text is a setext heading.
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/pass/headings-that-lead-on.md']), []);
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/fail/rule-only.md']), [
    'no-empty-sections/fail/rule-only.md:9:1 no-empty-sections', // Foundation: a TODO comment, then the rule ending Novels
    'no-empty-sections/fail/rule-only.md:19:1 no-empty-sections', // Part one: only a rule
  ]);
});

test('no-empty-sections on the seed shape: a comment and a link definition are not content', async () => {
  const {rows, messages} = await lintRule(rule, ['no-empty-sections/fail/seed-shape.md']);
  assert.deepEqual(rows, [
    'no-empty-sections/fail/seed-shape.md:9:3 no-empty-sections', // coroutines:, the only content of Notes (8), which is not reported again
    'no-empty-sections/fail/seed-shape.md:15:1 no-empty-sections',
  ]);
  assert.match(messages[0].message, /^Section "coroutines:" is empty: no content follows its heading before the next heading, "Further reads" \(line 11\)/);
  assert.match(messages[1].message, /before the end of seed-shape\.md/);
  assert.equal(messages[0].severity, 'warning', 'a warning by default');
});

test('no-empty-sections: shortcodes, includes, HTML blocks, components, images, tables, code, lists, quotes are content', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/pass']), []);
});

test('no-empty-sections leaves headings with no text to no-empty-headings', async () => {
  const files = {'post.md': '# Title\n\nText.\n\n## \n\n## Next\n\nText.\n'};
  assert.deepEqual(await siteFindings(rule, files), []);
  assert.deepEqual(await siteFindings('no-empty-headings', files), ['post.md:5:1 no-empty-headings']);
});

test('no-empty-sections allow option skips the listed headings, without regard to case', async () => {
  const rows = await siteFindings(rule, {'post.md': '# Title\n\nText.\n\n## Comments\n\n## Related\n'}, {options: {allow: ['comments']}});
  assert.deepEqual(rows, ['post.md:7:1 no-empty-sections']);
});

test('no-empty-sections: a section whose empty subsections are left alone for their own reason (an allowed name, no text) is reported itself', async () => {
  const files = {'post.md': '# Title\n\nText.\n\n## Roadmap\n\n### TODO\n\n## Gallery\n\n### ![](pic.png)\n\n## Contact\n\nText.\n'};
  assert.deepEqual(await siteFindings(rule, files, {options: {allow: ['todo']}}), ['post.md:5:1 no-empty-sections', 'post.md:9:1 no-empty-sections']);
  // Reported inner sections (TODO without the allow) or inner headings that are content (a link) settle the section around them.
  assert.deepEqual(await siteFindings(rule, {'post.md': files['post.md'].replace('### ![](pic.png)', '### See [the pictures](pics.md)')}), ['post.md:7:1 no-empty-sections']);
});

test('no-empty-sections respects control comments', async () => {
  const rows = await siteFindings(rule, {'post.md': '# Title\n\nText.\n\n<!-- postlint-disable-next-line no-empty-sections -->\n## Comments\n\n## Related\n'});
  assert.deepEqual(rows, ['post.md:8:1 no-empty-sections']);
});

test('no-empty-sections: headings that are the content — procedure steps, runs of API names, a list of headings, a rendered code sample, a statement or notice — are not empty; topics in prose still are', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/pass/headings-that-are-content.md']), []);
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/fail/headings-in-prose.md']), [
    'no-empty-sections/fail/headings-in-prose.md:5:1 no-empty-sections', // 3. Notes: a number, but no step before or after it
    'no-empty-sections/fail/headings-in-prose.md:11:1 no-empty-sections', // Validation errors: a run of topics in words
    'no-empty-sections/fail/headings-in-prose.md:13:1 no-empty-sections',
    // Field .required (15): words, its one subsection empty: reported there
    'no-empty-sections/fail/headings-in-prose.md:17:1 no-empty-sections', // max_length: an API name, but alone
    'no-empty-sections/fail/headings-in-prose.md:25:1 no-empty-sections', // a heading the code sample above does not show
    'no-empty-sections/fail/headings-in-prose.md:31:1 no-empty-sections', // Coming soon: a title, not a sentence
    'no-empty-sections/fail/headings-in-prose.md:33:1 no-empty-sections', // API: capitals, but one word (an acronym, not a notice)
    'no-empty-sections/fail/headings-in-prose.md:35:1 no-empty-sections', // a component no code sample above writes
  ]);
});

test('no-empty-sections: the last section of a Docsy docs section page is followed by the list of its pages', async () => {
  const page = '---\ntitle: Metrics\n---\n\nText.\n\n## Generated list of metrics\n';
  const rows = await siteFindings(rule, {
    'hugo.yaml': 'module:\n  imports:\n    - path: github.com/google/docsy\n',
    'content/docs/metrics/_index.md': page,
    'content/docs/metrics/http.md': '---\ntitle: HTTP\n---\n\nText.\n',
    'content/docs/quiet/_index.md': `---\ntitle: Quiet\nno_list: true\n---\n\nText.\n\n## Nothing listed\n`,
    'content/docs/single.md': '---\ntitle: Single\n---\n\nText.\n\n## Last\n',
  });
  assert.deepEqual(rows, [
    'content/docs/quiet/_index.md:8:1 no-empty-sections', // no_list: Docsy lists nothing
    'content/docs/single.md:7:1 no-empty-sections', // a regular page: nothing follows
  ]);
});

test('no-empty-sections: a Just the Docs parent page ends with the table of contents of its children, unless has_toc: false', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/just-the-docs']), [
    'no-empty-sections/just-the-docs/guides/first.md:11:1 no-empty-sections', // a child page: nothing follows
    'no-empty-sections/just-the-docs/quiet.md:12:1 no-empty-sections', // has_toc: false: the theme lists nothing
    'no-empty-sections/just-the-docs/untitled.md:6:1 no-empty-sections', // no layout named: the theme's layout is not known to wrap it
  ]);
  // The site's own default layout replaces the theme's: what it writes is not known.
  const rows = await siteFindings(rule, {
    '_config.yml': 'theme: just-the-docs\n',
    '_layouts/default.html': '<main>{{ content }}</main>\n',
    'guides.md': '---\nlayout: page\ntitle: Guides\nhas_children: true\n---\n\n# Guides\n',
  });
  assert.deepEqual(rows, ['guides.md:7:1 no-empty-sections']);
});

test('no-empty-sections and no-empty-headings leave a generated file alone: cobra\'s tag at its end, Go\'s Code generated line before its text', async () => {
  const dir = 'no-empty-sections/generated';
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/written-by-hand.md:5:1 no-empty-sections`, // the marker comes after the author's text: not the file's word
    // "Summary" (9): its subsection is no cobra tag (no date), and is reported itself
    `${dir}/written-by-hand.md:11:1 no-empty-sections`,
  ]);
  // package-docs.md's `##` is the generator's too.
  assert.deepEqual(await ruleFindings('no-empty-headings', [dir]), []);
  // gomarkdoc writes the line without its period; a mark that is no comment is the page's text.
  const rows = await siteFindings(rule, {
    'api.md': '<!-- Code generated by gomarkdoc. DO NOT EDIT -->\n\n# api\n\n## Index\n',
    'said.md': '# Said\n\nCode generated by hand. DO NOT EDIT.\n\n## Index\n',
  });
  assert.deepEqual(rows, ['said.md:5:1 no-empty-sections']);
});

test('cobra\'s tag translated (a Docusaurus i18n copy) is read by its shape: the last heading, level 6, naming spf13/cobra and a full date', async () => {
  const dir = 'no-empty-sections/generated-translated';
  // greet_cli.md (German words and date, a custom id), greet_zh.md (Chinese, an ISO date) and greet_us.md (`Mar 3, 2026`) are cobra's pages.
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/about.md:7:1 no-empty-sections`, // names spf13/cobra but no date: a heading someone wrote
    `${dir}/changelog.md:5:1 no-empty-sections`, // a date but no generator: an empty section
    `${dir}/tooling.md:3:1 no-empty-sections`, // spf13/cobra and a year, no day (`since 2020`): no tag cobra writes
    `${dir}/tooling.md:9:1 no-empty-sections`,
  ]);
});

test('the generated-file marker is read only as the tools write it: Go\'s whole line in one comment or a leading front-matter comment, gomarkdoc\'s comment, cobra\'s tag', async () => {
  const page = '# T\n\nText.\n\n## Empty\n';
  const files = {
    // Read: Go's line as a comment's whole text (on its own lines too, after another comment), gomarkdoc's,
    // a `# ` line of YAML or TOML front matter before its first key.
    'go.md': `<!-- markdownlint-disable -->\n<!--\nCode generated by docgen. DO NOT EDIT.\n-->\n\n${page}`,
    'gomarkdoc.md': `<!-- Code generated by gomarkdoc. DO NOT EDIT -->\n\n${page}`,
    'yaml.md': `---\n\n# Code generated by schema-docs. DO NOT EDIT.\ntitle: T\n---\n\n${page}`,
    'toml.md': `+++\n# Code generated by schema-docs. DO NOT EDIT.\ntitle = "T"\n+++\n\n${page}`,
    // Not read: a block of a comment, HTML and another comment is no comment (the marker after it is after text);
    // Go's line without its period from any other tool; more words in the comment; a YAML block scalar's line;
    // a comment line after the first key.
    'mixed.md': `<!-- a --> <p>text</p> <!-- b -->\n\n<!-- Code generated by docgen. DO NOT EDIT. -->\n\n${page}`,
    'no-period.md': `<!-- Code generated by docgen. DO NOT EDIT -->\n\n${page}`,
    'more-words.md': `<!-- Code generated by docgen. DO NOT EDIT. Edit docs.tmpl. -->\n\n${page}`,
    'scalar.md': `---\ndescription: |\n  Code generated by docgen. DO NOT EDIT.\n---\n\n${page}`,
    'after-key.md': `---\ntitle: T\n# Code generated by docgen. DO NOT EDIT.\n---\n\n${page}`,
  };
  assert.deepEqual(await siteFindings(rule, files), [
    'after-key.md:10:1 no-empty-sections',
    'mixed.md:9:1 no-empty-sections',
    'more-words.md:7:1 no-empty-sections',
    'no-period.md:7:1 no-empty-sections',
    'scalar.md:10:1 no-empty-sections',
  ]);
  // no-empty-headings reads the same marker: `##` is the program's only where the file says so.
  const empty = {'go.md': files['go.md'].replace('## Empty', '##'), 'mixed.md': files['mixed.md'].replace('## Empty', '##')};
  assert.deepEqual(await siteFindings('no-empty-headings', empty), ['mixed.md:9:1 no-empty-headings']);
});

test('MDX: a component tag whose JavaScript attributes hold Markdown-looking lines is one element, not headings and prose', async () => {
  const page = [
    '---', 'title: Code', 'date: 2024-01-01', '---', '', 'Intro text.', '',
    '## Sample', '',
    '<Sample lang="md" marks={[4, 6]} code={`', 'import {Code} from "x"', '---', '# Heding', '', 'Some Javscript here', '`} />', '',
    '## Writing', '', 'After the tag we recieve it.', '',
    '<Card title="Read more" href="./missing-page/" />', '',
    // No line here starts a block, but the expression is no HTML attribute: JSX, not prose (no brand-casing on cloudflare).
    '<Config', '  items={[', '    // deploys to cloudflare pages', '    1,', '  ]}', '/>', '',
  ].join('\n');
  const files = {'page.mdx': page};
  // One rule at a time: the lines inside the tag make no heading and no prose for any of them.
  assert.deepEqual(await siteFindings('no-empty-headings', files), []);
  assert.deepEqual(await siteFindings(rule, files), []);
  assert.deepEqual(await siteFindings('spelling', files), ['page.mdx:20:18 spelling']); // prose after the tag is still read
  assert.deepEqual(await siteFindings('no-missing-files', files), ['page.mdx:22:25 no-missing-files']); // a tag Markdown reads as HTML keeps its links
  assert.deepEqual(await siteFindings('brand-casing', files), []); // the comment inside <Config>'s expression is JSX
});

test('no-empty-sections: a list whose items open with a heading and go on is the section\'s content; an item that is a heading alone still leaves it empty', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/pass/list-of-headed-items.md']), []);
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/fail/list-of-headed-items.md']), [
    'no-empty-sections/fail/list-of-headed-items.md:3:1 no-empty-sections', // Git: its list's one item is an empty heading
    'no-empty-sections/fail/list-of-headed-items.md:5:3 no-empty-sections', // type: inside the list item
  ]);
});

test('no-empty-sections: a ladder of heading levels one after the other (four or more, a style page) shows the levels; three are sections left empty, said once at the innermost', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/pass/style-page.md']), []);
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/fail/short-ladder.md']), [
    'no-empty-sections/fail/short-ladder.md:9:1 no-empty-sections', // This week, the only content of Short term (7), the only content of Goals (5)
  ]);
});

test('no-empty-sections: the last section of a page with footnotes is where the converter lists them, its own or pasted in by an include', async () => {
  const dir = 'no-empty-sections/footnotes-at-end';
  // series.md: its "Footnotes" is filled by the note of the essay it includes; own-notes.md: by the note defined under "Plants".
  assert.deepEqual(await ruleFindings(rule, [dir]), [
    `${dir}/middle.md:9:1 no-empty-sections`, // "Crabs": the notes go at the end of the page, not under it
    `${dir}/no-notes.md:9:1 no-empty-sections`, // the included essay has no footnote: nothing fills "Footnotes"
  ]);
});

test('no-empty-sections: a slide deck (remark.js slide properties and `???` notes, Marp\'s `marp: true`) is read slide by slide: its headings are what the slides show; a page with rules and one property line is an article, its empty sections reported, unless an HTML page beside it shows it with remark.js (sourceUrl)', async () => {
  assert.deepEqual(await ruleFindings(rule, ['slide-decks/pass']), []);
  assert.deepEqual(await ruleFindings(rule, ['slide-decks/fail']), [
    'slide-decks/fail/article-with-rules.md:6:1 no-empty-sections', // Soil: one `class:` line after the front matter makes no deck
    'slide-decks/fail/article-with-rules.md:16:1 no-empty-sections', // Harvest, at the end
    'slide-decks/fail/one-property.md:9:1 no-empty-sections', // Pantry: one `name:` line after a rule makes no deck
    'slide-decks/fail/remark-other-source/talk.md:5:1 no-empty-sections', // the HTML beside it shows another file: an article
  ]);
});

test('no-empty-sections: a footnote definition nothing calls fills no section where the converter lists only called footnotes (kramdown, goldmark); Python-Markdown lists every definition', async () => {
  // kramdown (Jekyll): called.md and called-elsewhere.md list a called note under "Notes"; uncalled.md's note is left out.
  // called-in-html.md calls its note inside `<div markdown="1">`, which kramdown reads as Markdown: the note is listed.
  assert.deepEqual(await ruleFindings(rule, ['generators/jekyll-unreferenced-footnotes']), [
    'generators/jekyll-unreferenced-footnotes/uncalled.md:9:1 no-empty-sections', // "Notes" over a note nothing calls
  ]);
  // goldmark (Hugo): the same, grafting.md calls its note.
  assert.deepEqual(await ruleFindings(rule, ['generators/hugo-unreferenced-footnotes']), [
    'generators/hugo-unreferenced-footnotes/content/pruning.md:9:1 no-empty-sections',
  ]);
  // Python-Markdown (MkDocs) writes the uncalled note at the end of the page: "Footnotes" is filled.
  assert.deepEqual(await ruleFindings(rule, ['generators/mkdocs-unreferenced-footnotes']), []);
});

test('no-empty-sections: with goldmark\'s footnote extension turned off (markup.goldmark.extensions.footnote = false), `[^note]: text` is a paragraph of text: it fills its section', async () => {
  assert.deepEqual(await ruleFindings(rule, ['generators/hugo-footnote-extension-off']), []);
});

test('no-empty-sections: a plural title over sections at its level is no group name when a sibling heading has that title (a copy left behind); the same title under another parent is a repeated group name', async () => {
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/pass/repeated-group-titles.md']), []);
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/fail/copied-group-title.md']), [
    'no-empty-sections/fail/copied-group-title.md:11:1 no-empty-sections', // the second "Build outputs": nothing under it
  ]);
});

test('no-empty-sections: a plural title is a group\'s name only over two or more written sections that follow it at once; an unwritten sibling ends its members', async () => {
  // Members then an empty sibling: the group's name over its two members is left alone; the unwritten sibling is reported.
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/fail/group-name-members-then-unwritten.md']), [
    'no-empty-sections/fail/group-name-members-then-unwritten.md:13:1 no-empty-sections', // Storage
  ]);
  // "Metrics" is followed by one written section, then the unwritten "Experimental": no group, both reported.
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/fail/group-name-before-unwritten.md']), [
    'no-empty-sections/fail/group-name-before-unwritten.md:7:1 no-empty-sections', // Metrics
    'no-empty-sections/fail/group-name-before-unwritten.md:15:1 no-empty-sections', // Experimental
  ]);
});

test('no-empty-sections: an unwritten member of a group (its title opens like the member before it) does not end the group; only it is reported', async () => {
  // "Examples" over "Deploy with a secret", the unwritten "Deploy with a certificate" and "Deploy with an identity": a
  // group's name over three members, one unwritten. The unwritten one is the finding, not the group's name.
  assert.deepEqual(await ruleFindings(rule, ['no-empty-sections/fail/group-name-unwritten-member.md']), [
    'no-empty-sections/fail/group-name-unwritten-member.md:13:1 no-empty-sections', // Deploy with a certificate
  ]);
});
