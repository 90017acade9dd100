import {test} from 'node:test';
import assert from 'node:assert/strict';
import {siteFindings} from './rule-helpers.mjs';

// mend47c: a front-matter description is sentences, as running text is: a capital there beside the next
// sentence's first word (`… report to Mosquitto. Setup takes …`) is no title-case phrase. fix47c took every
// front-matter field for a title; a title, a sidebar label (Docusaurus) still is one.
const options = {offline: true};

test('spelling: a description\'s capitalized word before the next sentence is a name, as in running text; a title\'s is still title case', async () => {
  const files = {
    'posts/sensors.md': '---\ntitle: Home sensors\ndescription: Our sensors report to Mosquitto. Setup takes ten minutes.\n---\n\nThe sensors report every minute.\n',
    'posts/java.md': '---\ntitle: Method Paramters in Java\ndescription: How Java passes values.\n---\n\nA method takes values.\n',
  };
  assert.deepEqual(await siteFindings('spelling', files, options), ['posts/java.md:2:15 spelling']);
});
