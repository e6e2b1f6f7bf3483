#!/usr/bin/env node
/**
 * Validate every built HTML page with html-validate (config: .htmlvalidate.json at the project root).
 *
 *   node scripts/validate-html.mjs [dir]      # dir defaults to dist/; build first
 *
 * Prints each problem as `page:line:col  rule  message`, the markup around it (Astro minifies pages into
 * few long lines, so a line number alone does not help), then a count per rule. Exits 1 on any error,
 * 2 when there is nothing to validate.
 *
 * Rules turned off in .htmlvalidate.json, and why (JSON has no comments, so the reasons live here):
 *   no-trailing-whitespace: a style rule for hand-written HTML. Our pages are generated: Astro keeps the
 *   line breaks of Prettier-formatted templates, so output lines end in spaces a reader never sees.
 *   Whitespace a reader does see (a space before a comma) is caught by tests/dist/copy.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const configFile = path.join(root, '.htmlvalidate.json');
const shown = dir.startsWith(root + path.sep) ? path.relative(root, dir) : dir;

if (!fs.existsSync(dir)) {
  console.error(`validate-html: ${dir} does not exist; run \`npm run build\` first.`);
  process.exit(2);
}

const files = fs
  .readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((rel) => rel.endsWith('.html'))
  .map((rel) => path.join(dir, rel))
  .filter((file) => fs.statSync(file).isFile())
  .sort();

if (files.length === 0) {
  console.error(`validate-html: no .html files under ${dir}; run \`npm run build\` first.`);
  process.exit(2);
}

const config = JSON.parse(fs.readFileSync(configFile, 'utf8'));
delete config.$schema;
const htmlvalidate = new HtmlValidate(new StaticConfigLoader(config));

/** About 60 characters either side of the offending markup, on one line. */
function excerpt(source, offset, size) {
  const start = Math.max(0, offset - 60);
  const end = Math.min(source.length, offset + Math.max(size, 1) + 60);
  const before = source.slice(start, offset);
  const hit = source.slice(offset, offset + Math.max(size, 1));
  const after = source.slice(offset + Math.max(size, 1), end);
  return `${start > 0 ? '…' : ''}${before}»${hit}«${after}${end < source.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

let errors = 0;
let warnings = 0;
const byRule = new Map();
for (const file of files) {
  const report = await htmlvalidate.validateFile(file);
  if (report.valid && report.warningCount === 0) continue;
  const source = fs.readFileSync(file, 'utf8');
  const page = path.relative(dir, file);
  for (const result of report.results) {
    for (const m of result.messages) {
      const level = m.severity === 2 ? 'error' : 'warning';
      if (m.severity === 2) errors += 1;
      else warnings += 1;
      byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
      console.log(`${page}:${m.line}:${m.column}  ${level}  ${m.ruleId}  ${m.message}`);
      console.log(`    ${excerpt(source, m.offset, m.size)}`);
      if (m.ruleUrl) console.log(`    ${m.ruleUrl}`);
    }
  }
}

const summary = [...byRule]
  .sort((a, b) => b[1] - a[1])
  .map(([rule, n]) => `${rule} ×${n}`)
  .join(', ');
if (errors + warnings > 0) {
  console.log(
    `\nvalidate-html: ${errors} error(s), ${warnings} warning(s) in ${files.length} page(s) under ${shown}: ${summary}`,
  );
} else {
  console.log(`validate-html: ${files.length} page(s) under ${shown} are valid.`);
}
process.exit(errors > 0 ? 1 : 0);
