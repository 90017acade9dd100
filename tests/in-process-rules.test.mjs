// One process for these in-process rule tests (the rule tester, no CLI run): alone, each file paid ~0.45 s of
// CPU to start node and load the engine (postlint/testing) for well under a second of tests; together they pay it
// once. Each file's cases are unchanged in tests/<name>.cases.mjs (not *.test.mjs, so node --test runs them here only).
import './brand-casing.cases.mjs';
import './mdx-comments.cases.mjs';
import './no-drafts.cases.mjs';
import './no-empty-headings.cases.mjs';
import './no-empty-sections.cases.mjs';
import './no-missing-files.cases.mjs';
import './others-words-and-values.cases.mjs';
import './pasted-definitions.cases.mjs';
import './quoted-output.cases.mjs';
import './reference-labels.cases.mjs';
import './rule-classes13c.cases.mjs';
import './rule-classes16e.cases.mjs';
import './rule-classes18e.cases.mjs';
import './rule-classes29a.cases.mjs';
import './rule-classes31c.cases.mjs';
import './rule-classes31g.cases.mjs';
import './rule-classes33a.cases.mjs';
import './starlight-page-title.cases.mjs';
import './brand-casing-hashtag-links.cases.mjs';
import './front-matter-flow-indent.cases.mjs';
import './front-matter-forge-and-scalar-titles.cases.mjs';
import './no-unpublished-links.cases.mjs';
import './brand-casing-keywords-homonyms.cases.mjs';
import './front-matter-flow-tabs.cases.mjs';
