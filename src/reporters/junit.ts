import type {Reporter} from './types.js';
import {countBySeverity, displayPath} from './types.js';

/** Text for XML: the five special characters escaped, characters XML 1.0 cannot hold dropped. */
function xml(text: string): string {
  return (
    text
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/**
 * JUnit XML for GitLab, Jenkins and other test-report readers: a test suite per checked file, a
 * test case per finding. Errors are failures; a warning is a test case that passes with the
 * finding in its output (postlint exits 0 on warnings, and the report agrees). A file with no
 * findings is one passing test case, so the report counts every file checked.
 */
export const junit: Reporter = (files, context) => {
  const {errors} = countBySeverity(files);
  const cases = files.reduce((n, file) => n + Math.max(1, file.messages.length), 0);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="postlint" tests="${cases}" failures="${errors}" errors="0">`];
  for (const file of files) {
    const path = xml(displayPath(context.cwd, file));
    const failures = file.messages.filter((m) => m.fatal).length;
    out.push(`  <testsuite name="${path}" tests="${Math.max(1, file.messages.length)}" failures="${failures}" errors="0">`);
    if (file.messages.length === 0) out.push(`    <testcase classname="${path}" name="no problems" file="${path}"/>`);
    for (const m of file.messages) {
      const rule = m.ruleId ?? 'fatal';
      const where = `${m.line ?? 1}:${m.column ?? 1}`;
      const name = xml(`${rule} ${where}`);
      const text = xml(`${displayPath(context.cwd, file)}:${where}: ${m.fatal ? 'error' : 'warning'} ${m.reason} (${rule})`);
      out.push(`    <testcase classname="${path}" name="${name}" file="${path}" line="${m.line ?? 1}">`);
      if (m.fatal) out.push(`      <failure type="${xml(rule)}" message="${xml(m.reason)}">${text}</failure>`);
      else out.push(`      <system-out>${text}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};
