// One process for these in-process tests of modules of dist/src (single modules, the incremental engine; no CLI
// run): alone, each file paid ~0.15–0.5 s of CPU to start node, the test runner and its imports, often more than
// its tests; together they pay it once. Each file's cases are unchanged in tests/<name>.cases.mjs (not
// *.test.mjs, so node --test runs them here only; tests/cases-files.test.mjs checks that each is imported once).
import './bare-urls.cases.mjs';
import './forge-documents.cases.mjs';
import './front-matter-lines.cases.mjs';
import './guard-lazy-evidence.cases.mjs';
import './node-index.cases.mjs';
import './position.cases.mjs';
import './slug-flavor.cases.mjs';
import './sorted-words.cases.mjs';
import './spelling-suggest.cases.mjs';
import './time-left.cases.mjs';
import './walk.cases.mjs';
import './incremental.cases.mjs';
import './fragment-verdict-cache.cases.mjs';
import './gfm-table-rows-fuzz.cases.mjs';
