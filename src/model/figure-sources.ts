import type { Figure } from '../schemas.ts';

/** The sources a figure traces to: its primary source, then each source that quotes it, each once. */
export function figureSourceIds(figure: Figure): string[] {
  return [...new Set([...(figure.primary ? [figure.primary] : []), ...figure.mentions.map((m) => m.source)])];
}

/**
 * Whether an article reports on a primary source: it quotes a figure traced to that source. The site counts the
 * articles that report on the paper this way, and the gate refuses one dated before the paper.
 */
export function reportsOn(figures: readonly Figure[], articleId: string, primaryId: string): boolean {
  return figures.some((f) => f.primary === primaryId && f.mentions.some((m) => m.source === articleId));
}
