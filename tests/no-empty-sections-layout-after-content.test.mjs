// A layout that prints more after the page's body, inside the element that holds it (a loop over the recent
// posts after `{{ content | safe }}`, an include), fills the page's last section on the built page; through a
// layout chain, a layout that prints nothing after the body (a comment, a footer) hands the question to its own
// layout. A closing tag of the body's container ends the section: a tag list after `</article>`, a footer after
// `</main>` fill nothing. A layout postlint cannot find leaves the section judged as written.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

const rule = 'no-empty-sections';
const dir = 'no-empty-sections/layout-after-content';

test('Eleventy: a layout that loops or includes after the content fills the last section; one whose container closes first does not', async () => {
  assert.deepEqual(await ruleFindings(rule, [`${dir}/eleventy`]), [
    `${dir}/eleventy/grafting.md:8:1 no-empty-sections`, // its layout is not in the site: judged as written
    `${dir}/eleventy/pruning.md:9:1 no-empty-sections`, // the tag loop comes after </article>
  ]);
});

test('Jekyll: the home layout\'s post loop after {{ content }} fills the last section; the default layout\'s footer after </main> does not', async () => {
  assert.deepEqual(await ruleFindings(rule, [`${dir}/jekyll`]), [
    `${dir}/jekyll/about.md:8:1 no-empty-sections`, // the footer comes after </main>
    `${dir}/jekyll/diary.md:8:1 no-empty-sections`, // `{{ content | number_of_words }}` counts the body, `{{ content }}` prints it: not known which is which
    `${dir}/jekyll/grafts.md:8:1 no-empty-sections`, // the related links are printed only `{% if page.related %}`: not known to be printed
    `${dir}/jekyll/notes.md:8:1 no-empty-sections`, // the layout captures the content: where it is printed is not read
    `${dir}/jekyll/visits.md:8:1 no-empty-sections`, // the body sits in <body>, no container of its own: the footer include after it is the page's chrome
  ]);
});
