import type { APIRoute } from 'astro';
import { getModel } from '../../content.ts';
import { chartScene } from '../../charts/chart-from-content.ts';
import { renderPng } from '../../charts/render-png.ts';
import { previewSvg } from '../../charts/standalone-svg.ts';
import { siteName } from '../../site.ts';

/** The link preview of every page that is not a chart: the site's claim, with its key chart. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  const chart = model.chart('lead-window');
  const svg = previewSvg(chartScene(chart, model), {
    siteName,
    title: 'Two scenarios for AI in 2028: every figure charted and sourced',
    subtitle: chart.subtitle,
    source: `Anthropic's paper of 14 May 2026 and ${model.sources.filter((s) => s.kind !== 'primary').length} articles about it, quoted verbatim. ${site!.host}`,
    url: site!.href,
  });
  return new Response(renderPng(svg, 1200) as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
