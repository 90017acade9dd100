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

test('brand-casing: a list of items that are each a lower-case name alone, one written as only code is (`lint_fast`), is a list of identifiers; a plain list of words and prose lists are read, modules named as such are not', async () => {
  assert.deepEqual(await ruleFindings('brand-casing', ['brand-casing/identifier-items']), [
    // lines 6 and 7 (github, mysql) are kept: their list holds `lint_fast`, a name only code writes
    'brand-casing/identifier-items/sources.md:11:3 brand-casing', // a plain list of lower-case words
    'brand-casing/identifier-items/sources.md:12:3 brand-casing',
    'brand-casing/identifier-items/sources.md:13:3 brand-casing',
    'brand-casing/identifier-items/sources.md:15:12 brand-casing', // We support github, gitlab and bitbucket.
    'brand-casing/identifier-items/sources.md:15:20 brand-casing',
    'brand-casing/identifier-items/sources.md:15:31 brand-casing',
    // line 17's mysql and postgresql are kept: `modules, such as` names them as modules
    'brand-casing/identifier-items/sources.md:19:11 brand-casing', // We tested mysql, postgresql and sqlite.
    'brand-casing/identifier-items/sources.md:19:18 brand-casing',
    'brand-casing/identifier-items/sources.md:19:33 brand-casing',
    // line 21's apache, mysql and postgresql are kept too: modules named as such, though each is also a product's name
    'brand-casing/identifier-items/sources.md:23:12 brand-casing', // Hosts like github, …: no kind a registry names
    'brand-casing/identifier-items/sources.md:23:20 brand-casing',
    'brand-casing/identifier-items/sources.md:23:31 brand-casing',
    'brand-casing/identifier-items/sources.md:28:3 brand-casing', // two items are no list
  ]);
});
