// The remark assembly postlint is compared with: the same offline checks built from the unified
// ecosystem (front matter, GFM, cross-file links and anchors, spelling). Used by bench/run.mjs as
// `remark --rc-path bench/remarkrc.mjs`.
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkValidateLinks from 'remark-validate-links';
import remarkRetext from 'remark-retext';
import retextEnglish from 'retext-english';
import retextSpell from 'retext-spell';
import dictionaryEn from 'dictionary-en';
import {unified} from 'unified';

export default {
  plugins: [
    [remarkFrontmatter, ['yaml', 'toml']],
    remarkGfm,
    // No git remote in a generated corpus: check files and headings only.
    [remarkValidateLinks, {repository: false}],
    [remarkRetext, unified().use(retextEnglish).use(retextSpell, {dictionary: dictionaryEn})],
  ],
};
