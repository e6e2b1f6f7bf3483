import type { ContentSet } from '../content/load-content.ts';
import { buildModel, type Model } from './build-model.ts';

/**
 * The page model from content loaded by the gate's loader (no Astro runtime): what the gate draws every
 * chart from, and what the unit tests use. src/content.ts builds the same from Astro's collections.
 */
export function modelFromContent(content: ContentSet): Model {
  return buildModel({
    sources: content.sources.map((e) => e.data),
    archive: content.archive,
    figures: content.figures.map((e) => e.data),
    discrepancies: content.discrepancies.map((e) => e.data),
    charts: content.charts.map((e) => e.data),
    scenarios: content.scenarios.map((e) => e.data),
    today: content.today.map((e) => e.data),
    commentary: content.commentary.map((e) => e.data),
  });
}
