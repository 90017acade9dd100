// One process for these in-process rule tests (the rule tester, no CLI run): alone, each file paid ~0.45 s of
// CPU to start node and load the engine (postlint/testing) for well under a second of tests; together they pay it
// once. Each file's cases are unchanged in tests/<name>.cases.mjs (not *.test.mjs, so node --test runs them here only).
import './spelling-names-at-sentence-start.cases.mjs';
import './spelling-others-quotes.cases.mjs';
import './spelling-brand-names.cases.mjs';
import './spelling-ellipsis.cases.mjs';
import './spelling-credits.cases.mjs';
import './spelling-html-lang.cases.mjs';
import './spelling-sigil-code.cases.mjs';
import './spelling-command-lines.cases.mjs';
import './spelling-local-programs.cases.mjs';
import './spelling-code-names.cases.mjs';
import './spelling-typos-config.cases.mjs';
import './spelling-raw-html-code.cases.mjs';
import './spelling-other-language.cases.mjs';
import './spelling-page-language.cases.mjs';
import './spelling-vale-vocab.cases.mjs';
import './spelling-pyspelling.cases.mjs';
import './spelling-likely.cases.mjs';
import './spelling-field-words.cases.mjs';
import './spelling-titles-and-data-language.cases.mjs';
import './brand-casing-name-listing.cases.mjs';
import './copied-text.cases.mjs';
import './spelling-link-split.cases.mjs';
import './spelling-slash-alternatives.cases.mjs';
