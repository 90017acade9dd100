/**
 * Build step (run by `npm run build` after tsc): write schema/postlint.schema.json from the
 * registry's metadata, so the shipped schema always lists exactly the rules in dist/rules.
 * The file is generated, not committed: see the README's "Configuration" section.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {loadRules} from './registry.js';
import {buildSchema} from './schema.js';

const target = fileURLToPath(new URL('../../schema/postlint.schema.json', import.meta.url));
const rules = await loadRules();
mkdirSync(fileURLToPath(new URL('../../schema/', import.meta.url)), {recursive: true});
writeFileSync(target, JSON.stringify(buildSchema([...rules.values()].map((r) => r.meta)), null, 2) + '\n');
