// Classes learnt from the round-28 held-out verdicts (branch fix31c): a heading of symbols naming an
// operator its section uses between operands, and a remark trailing off as a page's last heading.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {ruleFindings} from './rule-helpers.mjs';

test('no-empty-headings: a heading of symbols its section writes in inline code as an operator between operands (`## !~` over `name !~ pattern`) names it; `## ~` over `~` only inside a path or only in a code block, and `## :` over `key: value`, and `## -` over a list marker (`- milk`), are still reported', async () => {
  assert.deepEqual(await ruleFindings('no-empty-headings', ['classes31c/symbol-headings/matchers.md']), [
    'classes31c/symbol-headings/matchers.md:11:1 no-empty-headings',
    'classes31c/symbol-headings/matchers.md:15:1 no-empty-headings',
    'classes31c/symbol-headings/matchers.md:21:1 no-empty-headings',
    // `## -` over `- milk`: a token with no operand before it (a list marker, a prompt) is no operator.
    'classes31c/symbol-headings/matchers.md:25:1 no-empty-headings',
  ]);
});

test('no-empty-sections: a remark trailing off into what comes after the page (`# To be continued...`, `## Stay tuned…`) as its last heading after sections with content is no empty section (`## More in the next part...` too); a topic trailing off (`## Next steps...`, `## More to come...`), `## Conclusion`, `## What\'s next?`, `## Coming soon...`, one word (`## Then...`), the remark mid-page and a page that is only the remark are still reported', async () => {
  assert.deepEqual((await ruleFindings('no-empty-sections', ['classes31c/closing-remark'])).sort(), [
    'classes31c/closing-remark/announced.md:7:1 no-empty-sections',
    'classes31c/closing-remark/lone.md:1:1 no-empty-sections',
    'classes31c/closing-remark/middle.md:7:1 no-empty-sections',
    'classes31c/closing-remark/more-to-come.md:7:1 no-empty-sections',
    'classes31c/closing-remark/one-word.md:7:1 no-empty-sections',
    'classes31c/closing-remark/questions.md:7:1 no-empty-sections',
    'classes31c/closing-remark/topic-ellipsis.md:7:1 no-empty-sections',
    'classes31c/closing-remark/wrap-up.md:7:1 no-empty-sections',
  ]);
});
