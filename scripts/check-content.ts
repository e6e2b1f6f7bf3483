// `npm run check:content`: the content gate alone, without a build.
import { loadAndCheckContent } from '../src/content/check-content.ts';
import { formatContentError } from '../src/content/content-error.ts';

const dir = process.argv[2] ?? 'content';
const { content, errors } = loadAndCheckContent(dir);
for (const error of errors) console.error(formatContentError(error));
const counts = `${content.sources.length} sources, ${content.figures.length} figures, ${content.discrepancies.length} discrepancies, ${content.charts.length} charts, ${content.scenarios.length} scenarios, ${content.commentary.length} commentary notes`;
console.log(errors.length ? `${errors.length} fault(s) in ${dir}/ (${counts})` : `${dir}/ is sound: ${counts}`);
process.exit(errors.length ? 1 : 0);
