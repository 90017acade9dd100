// One process for these in-process rule tests (the rule tester, no CLI run): alone, each file paid ~0.45 s of
// CPU to start node and load the engine (postlint/testing) for well under a second of tests; together they pay it
// once. Each file's cases are unchanged in tests/<name>.cases.mjs (not *.test.mjs, so node --test runs them here only).
import './vitepress-srcdir.cases.mjs';
import './vitepress-component-pages.cases.mjs';
import './vitepress-locales.cases.mjs';
import './jekyll-permalinks-kramdown-hashes-dates.cases.mjs';
import './page-url-links.cases.mjs';
import './generator-classes17e.cases.mjs';
import './generator-classes15h.cases.mjs';
import './generator-classes20b.cases.mjs';
import './generator-versions19b.cases.mjs';
import './generator-classes19e.cases.mjs';
import './docusaurus-sidebar-path.cases.mjs';
import './generator-classes19f.cases.mjs';
import './generator-classes33g.cases.mjs';
import './hugo-type-heading-hooks.cases.mjs';
import './hugo-unmounted-content.cases.mjs';
import './jekyll-null-title.cases.mjs';
import './mdbook-chapter-list.cases.mjs';
import './vitepress-srcdir-above.cases.mjs';
import './generator-classes32c.cases.mjs';
import './vitepress-config-settings.cases.mjs';
import './generator-tables.cases.mjs';
