import type { APIRoute } from 'astro';
import { getModel } from '../content.ts';
import { bibtexFile } from '../share/bibtex.ts';
import { siteUrl } from '../site-url.ts';

/** Every source as BibTeX. */
export const GET: APIRoute = async () => {
  const model = await getModel();
  return new Response(bibtexFile(model.sources, siteUrl()), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
