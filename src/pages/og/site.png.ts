import type { APIRoute } from 'astro';
import { getModel } from '../../content.ts';
import { siteCard } from '../../charts/preview-cards.ts';
import { renderPng } from '../../charts/render-png.ts';
import { cardSvg } from '../../charts/standalone-svg.ts';
import { siteUrl } from '../../site-url.ts';

/** The link preview of the home page and of every page without its own card. */
export const GET: APIRoute = async () => {
  const png = renderPng(cardSvg(siteCard(await getModel(), siteUrl())), 1200);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
