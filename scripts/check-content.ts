// `npm run check:content [dir]`: the content gate alone, without a build. The folder defaults to the
// project's content/, found from this file (not from the working directory). `--rules` prints the
// list of rules for content/README.md.
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadAndCheckContent } from '../src/content/check-content.ts';
import { formatContentError } from '../src/content/content-error.ts';
import { rulesMarkdown } from '../src/content/rules.ts';

if (process.argv.includes('--rules')) {
  console.log(rulesMarkdown());
  process.exit(0);
}
const dir = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('../content', import.meta.url));
const started = performance.now();
const { content, errors } = loadAndCheckContent(dir);
const ms = Math.round(performance.now() - started);
for (const error of errors) console.error(formatContentError(error));
const counts = `${content.sources.length} sources, ${content.figures.length} figures, ${content.discrepancies.length} discrepancies, ${content.charts.length} charts, ${content.scenarios.length} scenarios, ${content.today.length} notes of what stands today, ${content.commentary.length} commentary notes`;
console.log(
  errors.length
    ? `${errors.length} fault(s) in ${dir} (${counts})`
    : `${dir} is sound: ${counts} (checked in ${ms} ms)`,
);
process.exit(errors.length ? 1 : 0);
