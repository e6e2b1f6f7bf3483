// A chart's two drawings, wherever it is shown (a chart figure, an embed): laid out for a narrow and for
// a wide column, each rendered with ids of its own; the page's CSS shows the one that fits its box
// (the rule is in drawing-at.ts).
import type { Chart } from '../schemas.ts';
import type { Model } from '../model/build-model.ts';
import { chartDescription, chartScene } from './chart-from-content.ts';
import type { DrawingKind } from './drawing-at.ts';
import { renderSvg } from './render-svg.ts';
import { layout, type Scene } from './scene.ts';

/** The chart laid out for a narrow and for a wide column. */
export function chartLayouts(chart: Chart, model: Model): Record<DrawingKind, Scene> {
  return { narrow: chartScene(chart, model, layout.narrowWidth), wide: chartScene(chart, model, layout.wideWidth) };
}

/** Both drawings as SVG markup, narrow first, sharing one title and description. */
export function chartDrawingsSvg(chart: Chart, model: Model, layouts = chartLayouts(chart, model)): string {
  const desc = chartDescription(chart, model);
  return (['narrow', 'wide'] as const)
    .map((kind) =>
      renderSvg(layouts[kind], { idPrefix: `chart-${chart.id}-${kind}`, title: chart.title, desc, className: kind }),
    )
    .join('');
}
