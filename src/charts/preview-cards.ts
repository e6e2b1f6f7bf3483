// What each link preview says: one idea per card, derived from the content (never typed in here).
import { figureStatuses, type Chart, type Source } from '../schemas.ts';
import type { Model } from '../model/build-model.ts';
import { scenarioOf } from '../model/scenario-of.ts';
import { formatDate, siteName } from '../site.ts';
import { isLocalOrigin } from '../site-url.ts';
import { chartRows, chartSourceText, conditionClause, labelWithPeriod } from './chart-from-content.ts';
import { localBuildNote, type Card, type CardFigure } from './standalone-svg.ts';

/** The domain a card prints: the public host, or, for a local build, that it is local. */
export function cardDomain(site: string): string {
  return isLocalOrigin(site) ? localBuildNote : new URL(site).host.replace(/^www\./, '');
}

/**
 * A chart's headline numbers: its figures that have a number (up to three), each with its status and
 * its condition; a chart of dates or words only gets its count of figures and their span.
 */
export function chartCardFigures(chart: Chart, model: Model): CardFigure[] {
  const rows = chartRows(chart, model);
  const numeric = rows.filter((r) => typeof r.figure.value === 'number' || typeof r.figure.value === 'object');
  if (numeric.length > 0) {
    return numeric.slice(0, 3).map((r) => {
      const scenario = scenarioOf(r.figure);
      return {
        value: r.value,
        status: r.status,
        // The short condition where there is one, as the home page's headline figures print it: at feed size the
        // paper's whole clause ("… act now to address both issues") leaves a reader asking which issues.
        label: r.condition ? conditionClause(r.figure.shortCondition ?? r.condition) : labelWithPeriod(r.figure),
        ...(scenario ? { scenario } : {}),
      };
    });
  }
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  return [
    {
      value: String(rows.length),
      status: chart.form === 'timeline' ? 'dated events' : 'figures',
      label: chart.form === 'timeline' ? `from ${first.value} to ${last.value}` : chart.subtitle,
    },
  ];
}

export function chartCard(chart: Chart, model: Model, site: string): Card {
  return {
    kicker: siteName,
    title: chart.title,
    figures: chartCardFigures(chart, model),
    // The card's numbers carry their own status and condition words; the chart's note waits on the page.
    source: chartSourceText(chart, model, { withNote: false }),
    domain: cardDomain(site),
  };
}

/** "14 May 2026", "14 May 2026 (inferred)" where we worked the date out, or `none` where the source prints none. */
function dated(source: Source, none = 'undated'): string {
  if (!source.published) return none;
  return `${formatDate(source.published)}${source.publishedInferred ? ' (inferred)' : ''}`;
}

export function siteCard(model: Model, site: string): Card {
  const paper = model.paper;
  const articles = model.articles.length;
  // Not every article collected with the paper reports on it (a correction of 23 November 2026).
  const reporting = model.articlesReporting(paper.id).length;
  return {
    kicker: siteName,
    title: `${paper.outlet}'s “${paper.title}”, set beside the ${articles} articles collected with it`,
    figures: [
      { value: String(model.figures.length), status: 'figures', label: 'each traced to a verbatim quote' },
      { value: String(model.charts.length), status: 'charts', label: 'each with its source line' },
      { value: String(model.discrepancies.length), status: 'disagreements', label: 'where the sources differ' },
    ],
    source: `Sources: ${paper.outlet}, ${dated(paper)}, and ${articles} articles (${reporting} report on it), quoted verbatim.`,
    domain: cardDomain(site),
  };
}

export function scenariosCard(model: Model, site: string): Card {
  return {
    kicker: `${siteName} · the scenarios side by side`,
    title: 'Two scenarios for 2028, compared front by front',
    figures: model.scenarios.slice(0, 3).map((s) => ({
      value: s.name,
      status: `Scenario ${s.order}`,
      label: s.summary,
      scenario: s.order,
    })),
    source: `Every cell cites ${model.paper.outlet}'s paper of ${dated(model.paper)} or an article about it.`,
    domain: cardDomain(site),
  };
}

export function sourceCard(source: Source, model: Model, site: string): Card {
  const quotes = model.quotesBySource.get(source.id)?.length ?? 0;
  const figures = model.figuresBySource.get(source.id)?.length ?? 0;
  const disagreements = model.discrepanciesBySource.get(source.id)?.length ?? 0;
  return {
    // A headline that reads oddly as printed (our titleNote says how) is marked as the source's, on the card and in its alt.
    kicker: `${source.kind === 'primary' ? 'Primary source' : 'Article'} · ${dated(source, 'date not printed')}${source.titleNote ? ' · headline as printed' : ''}`,
    title: source.title,
    ...(source.titleNote ? { titleAsPrinted: true } : {}),
    figures: [
      // A source we hold no text of has no passages to show: its card does not lead with a zero.
      ...(quotes > 0
        ? [
            {
              value: String(quotes),
              status: quotes === 1 ? 'passage quoted' : 'passages quoted',
              label: 'each checked against its text',
            },
          ]
        : []),
      { value: String(figures), status: figures === 1 ? 'figure' : 'figures', label: 'cited, with status' },
      {
        value: String(disagreements),
        status: disagreements === 1 ? 'disagreement' : 'disagreements',
        label: 'with other sources',
      },
    ],
    source:
      quotes > 0
        ? `Source: ${source.outlet}.`
        : `Source: ${source.outlet}. We hold no text of it: its figures are quoted from the articles that report it.`,
    domain: cardDomain(site),
  };
}

/** The card a page's preview image draws, by the page's path (as previewImageFor names its file). */
export function previewCardFor(pathname: string, model: Model, site: string): Card {
  const chart = /^\/charts\/([^/]+)\/$/.exec(pathname)?.[1];
  if (chart) return chartCard(model.chart(chart), model, site);
  const source = /^\/sources\/([^/]+)\/$/.exec(pathname)?.[1];
  if (source) return sourceCard(model.source(source), model, site);
  if (pathname === '/scenarios/') return scenariosCard(model, site);
  return siteCard(model, site);
}

/**
 * The preview image's alt text: what the card prints, in reading order (its title, then each number with its
 * status and label), so a reader who cannot see the image gets its words, hedges included.
 */
export function cardAlt(card: Card): string {
  const statuses: readonly string[] = figureStatuses;
  const said = (f: CardFigure) =>
    statuses.includes(f.status)
      ? `${f.value} (${f.status}), ${f.label}` // "roughly 11× (conditional), if the US …"
      : /^Scenario \d/.test(f.status)
        ? `${f.status}, ${f.value}: ${f.label}` // "Scenario 1, Democracies lead: America defends …"
        : `${f.value} ${f.status}, ${f.label}`; // "54 figures, each traced to a verbatim quote"
  const figures = card.figures.map((f) => said(f).replace(/\.$/, '')).join('; ');
  const title = card.titleAsPrinted ? `${card.title} (the headline as printed)` : card.title;
  return `${title}${figures ? `. ${figures}` : ''}. ${card.source}`;
}

/** The preview image of a page, by its path: each chart, each source and /scenarios/ have their own. */
export function previewImageFor(pathname: string): string {
  const chart = /^\/charts\/([^/]+)\/$/.exec(pathname)?.[1];
  if (chart) return `/og/${chart}.png`;
  const source = /^\/sources\/([^/]+)\/$/.exec(pathname)?.[1];
  if (source) return `/og/sources/${source}.png`;
  if (pathname === '/scenarios/') return '/og/scenarios.png';
  return '/og/site.png';
}
