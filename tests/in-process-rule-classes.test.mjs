// One process for these in-process rule tests (the rule tester, no CLI run): alone, each file paid ~0.45 s of
// CPU to start node and load the engine (postlint/testing) for well under a second of tests; together they pay it
// once. Each file's cases are unchanged in tests/<name>.cases.mjs (not *.test.mjs, so node --test runs them here only).
import './rule-classes16d.cases.mjs';
import './rule-classes8-holdout.cases.mjs';
import './rule-classes10.cases.mjs';
import './rule-classes8.cases.mjs';
import './rule-classes8-language-notes.cases.mjs';
import './rule-classes9.cases.mjs';
import './rule-classes10-mentions.cases.mjs';
import './rule-classes18-quotations.cases.mjs';
import './rule-classes30-quotations.cases.mjs';
import './rule-classes9-quoted-values.cases.mjs';
import './no-empty-sections-level-specimens.cases.mjs';
import './unused-definitions.cases.mjs';
import './template-tag-sections.cases.mjs';
import './classes32e.cases.mjs';
import './rule-classes33f.cases.mjs';
