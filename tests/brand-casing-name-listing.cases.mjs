// brand-casing and a listing of names: a list of three items or more, each led by one bold
// lower-case name that is part of a tree (a project-structure tree of folders and crates) or has a
// lead written as only a code name is (`webdriver_server`), keeps its lead names as typed; the
// descriptions are still read, and so are the leads of a flat list of plain words, of a list with a
// capitalized lead or of fewer than three items. Exact rule id, line and column.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

test('brand-casing: the bold lower-case leads of a name listing are names as on disk (jquery, github); its prose and other lists are read', async () => {
  assert.deepEqual(await ruleFindings('brand-casing', ['brand-casing/name-listing']), [
    'brand-casing/name-listing/layout.md:5:40 brand-casing', // github in a description
    'brand-casing/name-listing/layout.md:13:5 brand-casing', // a list with **Docker** and **Kubernetes**
    'brand-casing/name-listing/layout.md:18:5 brand-casing', // two items are no listing
    'brand-casing/name-listing/layout.md:23:5 brand-casing', // a flat list of plain words shows no names on disk
    // line 30's **github** is kept: a lead of its list (webdriver_server) is written as only a code name is
  ]);
});
