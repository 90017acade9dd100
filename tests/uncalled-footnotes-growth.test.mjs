import {test} from 'node:test';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {VFile} from 'vfile';
import {remarkGfmWithoutLiterals} from '../dist/src/markdown.js';
import {extractFacts} from '../dist/src/facts.js';
import {assertLinearGrowth} from './growth.mjs';

// A converter that lists only called footnotes (kramdown) leaves out the definitions nothing calls: taking
// them out of a page's section events must cost the same per definition however many the page has.
test('no-empty-sections: leaving out the footnote definitions nothing calls is linear in their number', () => {
  const site = {root: '/site', generator: 'jekyll', config: {}};
  const processor = unified().use(remarkParse).use(remarkGfmWithoutLiterals);
  const page = (n) => {
    let text = '## Notes\n\n';
    for (let i = 0; i < n; i++) text += `[^n${i}]: Note ${i}.\n\n`;
    const file = new VFile({path: '/site/page.md', value: text});
    file.data.site = site;
    return {tree: processor.parse(file), file};
  };
  assertLinearGrowth('extractFacts over n uncalled footnote definitions', ({tree, file}) => extractFacts(tree, file, undefined, '/site/page.md'), page, 2000);
});
