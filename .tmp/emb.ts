import { loadModel } from '../tests/fixtures/real-model.ts';
import { embedParts, embedHeightAt, embedHeight } from '../src/charts/embed-layout.ts';
const model = loadModel();
for (const chart of model.charts) {
  const p = embedParts(chart, model);
  const short = { ...p, ...(p.flag ? { flag: 'Sources disagree on figures in this chart (6 points, listed on the chart page).' } : {}) };
  console.log(chart.id.padEnd(22), 'max', embedHeight(p), 'at280', Math.round(embedHeightAt(p, 280)), 'at600', Math.round(embedHeightAt(p, 600)), '| short flag: max', embedHeight(short), 'at600', Math.round(embedHeightAt(short, 600)));
}
