// The home page's three headline figures, derived from the figures collection: the number as the
// chart prints it, its status and condition in a few words, who claims it, and the chart it links to.
import type { Figure } from '../schemas.ts';
import { figureValueText } from '../charts/chart-from-content.ts';
import type { Model } from './build-model.ts';
import { scenarioOf } from './scenario-of.ts';
import { upperFirst } from '../site.ts';

export interface HeadlineFigure {
  chartId: string;
  /** "12–24 months", "4% then 2%", "roughly 11×". */
  value: string;
  /** What the number measures, in a few words. */
  label: string;
  status: Figure['status'];
  /** "Conditional: if the US and its allies act now", "Estimate". */
  statusLine: string;
  claimant: string;
  /**
   * How many disagreements between sources concern its figures (misspellings aside): the chart it links to
   * sets them out, and the headline must not look settled where the sources differ.
   */
  disagreements: number;
  /** 1 or 2 when the figure belongs to one of the paper's scenarios (its short label says so). */
  scenario?: number;
}

/**
 * One headline per key chart: the chart's figures that carry a number (a range, or a series in time
 * such as Huawei's 2026 and 2027 shares), read as one line.
 */
export function headlineFigures(model: Model, chartIds: string[]): HeadlineFigure[] {
  return chartIds.map((chartId) => {
    const chart = model.chart(chartId);
    const figures = chart.figures.map((id) => model.figure(id)).filter((f) => f.value !== undefined);
    const first = figures[0];
    if (!first) throw new Error(`chart "${chartId}": a headline needs a figure with a value`);
    const status = first.status;
    if (figures.some((f) => f.status !== status || f.claimant !== first.claimant)) {
      throw new Error(`chart "${chartId}": a headline joins figures of one status and one claimant only`);
    }
    const periods = figures.map((f) => f.period).filter(Boolean);
    const label =
      figures.length > 1 && periods.length === figures.length
        ? `${first.label}, ${periods.join(' then ')}`
        : first.period && !first.label.includes(first.period)
          ? `${first.label}, ${first.period}`
          : first.label;
    const condition = first.shortCondition ?? first.condition;
    const word = upperFirst(status);
    const scenario = scenarioOf(first);
    return {
      chartId,
      value: figures.map(figureValueText).join(' then '),
      label,
      status,
      statusLine: condition ? `${word}: ${condition}` : word,
      claimant: first.claimant,
      disagreements: new Set(
        figures.flatMap((f) => model.discrepanciesByFigure.get(f.id) ?? []).filter((d) => d.weight !== 'slip'),
      ).size,
      ...(scenario ? { scenario } : {}),
    };
  });
}

/**
 * "Anthropic, citing one study · 1 disagreement": who claims it, and whether the sources differ on it (a
 * no-break space keeps the count with its word).
 */
export function claimantLine(headline: HeadlineFigure): string {
  const n = headline.disagreements;
  return n === 0 ? headline.claimant : `${headline.claimant} · ${n}\u00a0${n === 1 ? 'disagreement' : 'disagreements'}`;
}
