import type { APIRoute } from 'astro';
import { getModel } from '../../content.ts';
import { scenariosCard } from '../../charts/preview-cards.ts';
import { renderPng } from '../../charts/render-png.ts';
import { cardSvg } from '../../charts/standalone-svg.ts';
import { siteUrl } from '../../site-url.ts';

/** The link preview of /scenarios/: the two scenarios by name. */
export const GET: APIRoute = async () => {
  const png = renderPng(cardSvg(scenariosCard(await getModel(), siteUrl())), 1200);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
