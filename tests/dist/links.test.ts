/**
 * One walk over every link and #anchor of every built page: each internal link names a file the build
 * made (no redirects: a static host will not add the trailing slash), and each fragment names an id on
 * that page. External links are checked for form only (the tests run offline).
 */
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';
import { builtPage, distFile, readDist, site } from '../support/site.ts';

const pages = [...site.pages, ...site.embeds];
const BASE = 'http://site.invalid';

/** Every href on a page, resolved against the page: [from, target path, fragment]. */
function linksOf(page: string): { from: string; path: string; fragment: string; href: string }[] {
  const $ = builtPage(page);
  return $('a[href]')
    .toArray()
    .map((a) => $(a).attr('href') ?? '')
    .filter((href) => href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//')))
    .map((href) => {
      const u = new URL(href, `${BASE}${page}`);
      // A text fragment (#:~:text=…) is a directive to the browser, not an element id.
      const fragment = decodeURIComponent(u.hash.replace(/^#/, '').split(':~:')[0] ?? '');
      return { from: page, path: u.pathname, fragment, href };
    });
}

const idsOf = (page: string): Set<string> => {
  const $ = builtPage(page);
  return new Set(
    $('[id]')
      .toArray()
      .map((el) => $(el).attr('id') ?? ''),
  );
};

it(`every internal link and #anchor on the ${pages.length} pages resolves`, () => {
  const links = pages.flatMap(linksOf);
  expect(links.length).toBeGreaterThan(500);
  const problems: string[] = [];
  for (const link of links) {
    const file = distFile(link.path);
    if (!existsSync(file)) {
      problems.push(`${link.from}: href="${link.href}" names no built file (${link.path})`);
      continue;
    }
    if (link.fragment && link.fragment !== 'top' && file.endsWith('.html') && !idsOf(link.path).has(link.fragment)) {
      problems.push(`${link.from}: href="${link.href}" points at no id="${link.fragment}" on ${link.path}`);
    }
  }
  expect(problems).toEqual([]);
});

// A link to the page the reader is on leads nowhere (a chart's source line crediting the source page it sits on):
// only a place on the page (#…) or the current page's marked item in the navigation and footer (aria-current).
it(`none of the ${pages.length} pages links to itself, but to a place on it or as its marked current item`, () => {
  const selfLinks = pages.flatMap((page) => {
    const $ = builtPage(page);
    return $('a[href]')
      .toArray()
      .filter((a) => $(a).attr('href') === page && $(a).attr('aria-current') !== 'page')
      .map((a) => `${page}: "${$(a).text().trim()}"`);
  });
  expect(selfLinks).toEqual([]);
});

it('every external link is a well-formed https URL', () => {
  const bad: string[] = [];
  for (const page of pages) {
    const $ = builtPage(page);
    for (const a of $('a[href^="http"]').toArray()) {
      const href = $(a).attr('href') ?? '';
      if (!URL.canParse(href) || new URL(href).protocol !== 'https:') bad.push(`${page}: ${href}`);
    }
  }
  expect(bad).toEqual([]);
});

// A space inside a link, before text that follows on the same line, is underlined as part of the link
// ("…not our copy) ·" with the underline running on): a template's line break inside an <a>.
it.each(pages)('%s: no link ends in a space before text that follows it', (page) => {
  const html = readDist(page);
  const spaced = [...html.matchAll(/<a\b[^>]*>([^<]*\S)\s+<\/a>(?=\s*[^\s<])/g)].map((m) => m[1]);
  expect(spaced).toEqual([]);
});

it(`each of the ${pages.length} pages, embeds included, has exactly one <main> landmark, around all of its content`, () => {
  const problems = pages.filter((page) => {
    const $ = builtPage(page);
    return $('main').length !== 1 || $('figure[data-chart]').not('main figure[data-chart]').length > 0;
  });
  expect(problems).toEqual([]);
});
