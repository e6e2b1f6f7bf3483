import type { APIRoute } from 'astro';
import { getModel } from '../content.ts';
import { bibtexFile } from '../share/bibtex.ts';

/** Every source as BibTeX. */
export const GET: APIRoute = async ({ site }) => {
  const model = await getModel();
  return new Response(bibtexFile(model.sources, site!.href.replace(/\/$/, '')), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
