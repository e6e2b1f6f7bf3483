import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../content.ts';
import { sourceCard } from '../../../charts/preview-cards.ts';
import { renderPng } from '../../../charts/render-png.ts';
import { cardSvg } from '../../../charts/standalone-svg.ts';
import { siteUrl } from '../../../site-url.ts';

/** The link preview of each source page: what the site quotes of it. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await getModel()).sources.map((s) => ({ params: { id: s.id } }));

export const GET: APIRoute = async ({ params }) => {
  const model = await getModel();
  const png = renderPng(cardSvg(sourceCard(model.source(params.id!), model, siteUrl())), 1200);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
