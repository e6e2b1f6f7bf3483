/**
 * Whether the page being rendered shows a chart: ChartFigure marks the page's render-local state, and
 * ChartScripts, rendered after the content, reads it.
 */
interface ChartLocals {
  showsCharts?: boolean;
}

export function markPageShowsCharts(locals: object): void {
  (locals as ChartLocals).showsCharts = true;
}

export function pageShowsCharts(locals: object): boolean {
  return (locals as ChartLocals).showsCharts === true;
}
