// The bridge from checked content to geometry: which figures a chart plots, how they are labelled,
// and what its table, CSV and source line say. Values come from the figures collection only.
import type { Chart, Figure, FigureStatus } from '../schemas.ts';
import { singleSourceText, type Model, type SingleSource } from '../model/build-model.ts';
import { describes2028 } from '../model/describes-2028.ts';
import { sentence } from '../share/cite-text.ts';
import { chartSources } from './chart-links.ts';
import { barsScene, type BarDatum } from './bars.ts';
import { formatValue } from './format-value.ts';
import { leadWindowScene } from './lead-window.ts';
import { layout, type Scene } from './scene.ts';
import { timelineColumnsScene, timelineScene } from './timeline.ts';
import { formatEventDate, type TimelineEvent } from './timeline-event.ts';
import { figureSourceIds } from '../model/figure-sources.ts';

/** The figure's value as printed on the chart and in tables: "almost 20×", "12–24 months", "Aug 2025". */
/**
 * What a figure says: its number, or its words where it gives none, or, for an event that is only a date, the
 * date. A dated figure that says something ("more security bugs fixed last month than in all of 2025") is
 * what it says, not when: its date is printed beside it (`figureDateText`).
 */
export function figureValueText(figure: Figure): string {
  const { value, unit, qualifier } = figure;
  if (typeof value === 'number') return formatValue({ value, unit, qualifier });
  if (value) return `${formatValue({ value: value.low, qualifier })}–${formatValue({ value: value.high, unit })}`;
  if (figure.qualitative) return `${qualitativeText(figure)} (no number given)`;
  return figureDateText(figure);
}

/** "Apr 2026 (inferred)": a figure's date as precise as its source, marked where we worked it out. */
export function figureDateText(figure: Figure): string {
  if (!figure.date) return '';
  return formatEventDate(figure.date, figure.datePrecision) + (figure.dateInferred ? ' (inferred)' : '');
}

/** A qualitative claim in quotation marks only when those are the source's own words. */
export function qualitativeText(figure: Figure): string {
  const words = figure.qualitative ?? '';
  return figure.mentions.some((m) => m.quote.includes(words)) ? `“${words}”` : words;
}

/**
 * "almost 20× (estimate)": the value with its status, so no reader takes a projection for a fact. A value
 * that already ends in brackets takes the status inside them: "(no number given; estimate)".
 */
export function figureValueWithStatus(figure: Figure): string {
  return withStatus(figureValueText(figure), figure.status);
}

/** A text with a status that is not "stated" after it, in brackets (inside brackets it already ends with). */
export function withStatus(text: string, status: Figure['status']): string {
  if (status === 'stated') return text;
  return text.endsWith(')') ? `${text.slice(0, -1)}; ${status})` : `${text} (${status})`;
}

/**
 * "Condition: if the US acts". Never "only if": the paper says what may happen if something is done, not
 * that nothing else could bring it about, so the site adds no "only". A condition that starts with "if"
 * keeps its own.
 */
export function conditionText(condition: string): string {
  return `Condition: ${conditionClause(condition)}`;
}

/** The condition as a clause: "if the US acts" (never "if if …", never "only if"). */
export function conditionClause(condition: string): string {
  return /^(?:if|unless)\b/i.test(condition)
    ? condition.replace(/^(If|Unless)\b/, (w) => w.toLowerCase())
    : `if ${condition}`;
}

/**
 * A figure's label with its period when the period is short and the label does not say it ("…, 2026"):
 * figures that differ only by year (Huawei 2026, 2027) must say which is which. A long period restates the
 * comparison the label already makes, so it is left to the table.
 */
export function labelWithPeriod(figure: Figure): string {
  return figure.period && figure.period.length <= 12 && !figure.label.includes(figure.period)
    ? `${figure.label}, ${figure.period}`
    : figure.label;
}

/** A figure's name on a chart: its short label when it has one, else its label with a short period. */
export function markLabel(figure: Figure): string {
  return figure.shortLabel ?? labelWithPeriod(figure);
}

/** The line under a bar: the condition, or why the figure is uncertain. */
export function figureNote(figure: Figure): string | undefined {
  if (figure.condition) return conditionText(figure.condition);
  if (figure.status === 'unverified') return 'A source says it could not verify this figure.';
  if (figure.status === 'allegation') return 'An allegation, not a finding.';
  return undefined;
}

function chartFigures(chart: Chart, model: Model): Figure[] {
  return chart.figures.map((id) => model.figure(id));
}

/** `{ singleSource: true }` for a mark of a figure only one source carries (it draws the badge), else nothing. */
function singleSourceMark(f: Figure, model: Model): { singleSource?: true } {
  return model.singleSource.has(f.id) ? { singleSource: true } : {};
}

function barData(chart: Chart, figures: Figure[], model: Model): BarDatum[] {
  const bars: BarDatum[] = figures.map((f) => {
    if (typeof f.value !== 'number')
      throw new Error(`chart "${chart.id}": figure "${f.id}" has no single number to draw as a bar`);
    const note = figureNote(f);
    return {
      key: f.id,
      label: markLabel(f),
      value: f.value,
      valueLabel: figureValueWithStatus(f),
      unit: f.unit ?? '',
      status: f.status,
      ...(note ? { note } : {}),
      ...singleSourceMark(f, model),
    };
  });
  if (chart.reference) {
    const unit = figures[0]?.unit ?? '';
    bars.unshift({
      key: 'reference',
      label: chart.reference.label,
      value: chart.reference.value,
      valueLabel: formatValue({ value: chart.reference.value, unit }) + ' (baseline)',
      unit,
      reference: true,
    });
  }
  return bars;
}

function leadWindowData(chart: Chart, figures: Figure[], model: Model) {
  const target = figures.find((f) => typeof f.value === 'object');
  // Told apart by period, not by order: the other scenario's figure is of 2028, today's lead is not.
  const words = figures.filter((f) => f.qualitative !== undefined && f.value === undefined);
  const today = words.find((f) => !describes2028(f));
  const parity = words.find((f) => describes2028(f));
  if (!target || typeof target.value !== 'object' || !today || !parity) {
    throw new Error(
      `chart "${chart.id}": a lead window needs one range figure and two qualitative figures (today, the other scenario)`,
    );
  }
  const note = figureNote(target);
  const parityNote = figureNote(parity);
  return {
    today: {
      label: markLabel(today),
      text: `${qualitativeText(today)} (${today.status})`,
      status: today.status,
      ...singleSourceMark(today, model),
    },
    target: {
      label: markLabel(target),
      low: target.value.low,
      high: target.value.high,
      valueLabel: figureValueWithStatus(target),
      status: target.status,
      ...(note ? { note } : {}),
      ...singleSourceMark(target, model),
    },
    parity: {
      label: markLabel(parity),
      text: `${qualitativeText(parity)} (${parity.status})`,
      status: parity.status,
      ...(parityNote ? { note: parityNote } : {}),
      ...singleSourceMark(parity, model),
    },
    axisTitle: `US lead in frontier capabilities (${target.unit ?? 'months'})`,
  };
}

/** The chart's geometry, computed from its figures by the form's pure function. */
export function chartScene(chart: Chart, model: Model, width?: number): Scene {
  const figures = chartFigures(chart, model);
  switch (chart.form) {
    case 'bars':
      return barsScene(barData(chart, figures, model), width);
    case 'lead-window':
      return leadWindowScene(leadWindowData(chart, figures, model), width);
    case 'timeline':
      return timelineScene(timelineEvents(chart, figures, model), width);
  }
}

/**
 * The layouts a 1200×675 slide chooses from (standalone-svg.ts picks the one whose text reads largest):
 * the wide and the narrow drawing, and for a timeline its two-column form.
 */
export function chartSlideScenes(chart: Chart, model: Model): Scene[] {
  const scenes = [chartScene(chart, model, layout.wideWidth), chartScene(chart, model, layout.narrowWidth)];
  if (chart.form === 'timeline')
    scenes.push(timelineColumnsScene(timelineEvents(chart, chartFigures(chart, model), model)));
  return scenes;
}

function timelineEvents(chart: Chart, figures: Figure[], model: Model): TimelineEvent[] {
  return figures.map((f) => {
    if (!f.date) throw new Error(`chart "${chart.id}": figure "${f.id}" has no date for the timeline`);
    // An event that is alleged (or estimated) says so beside it, as a bar's value does.
    return {
      key: f.id,
      date: f.date,
      precision: f.datePrecision,
      inferred: f.dateInferred,
      label: withStatus(f.label, f.status),
      ...singleSourceMark(f, model),
      ...(f.shortLabel ? { shortLabel: withStatus(f.shortLabel, f.status) } : {}),
    };
  });
}

/**
 * The chart's text alternative (the SVG's desc): its description, then, in words, each figure that
 * carries the "1 source" badge and why, so a screen reader hears what the badge shows.
 */
export function chartDescription(chart: Chart, model: Model): string {
  const flagged = chartFigures(chart, model).flatMap((f) => {
    const single = model.singleSource.get(f.id);
    return single ? [`${f.label}: ${singleSourceText(single).replace(/\.$/, '')}`] : [];
  });
  if (flagged.length === 0) return chart.description;
  return `${chart.description} Marked “1 source”, because only one source reports it: ${flagged.join('; ')}.`;
}

/** One row of a chart's data table and CSV. */
export interface ChartRow {
  figure: Figure;
  value: string;
  status: FigureStatus;
  condition: string;
  claimant: string;
  /** Ids of the sources that carry the figure, the primary source first. */
  sources: string[];
  /** Set when only one source carries the figure, citing none: the table flags it as the chart's badge does. */
  singleSource?: SingleSource;
}

export function chartRows(chart: Chart, model: Model): ChartRow[] {
  return chartFigures(chart, model).map((figure) => ({
    figure,
    // A timeline plots when: its rows' value is the date, whatever else the event says.
    value: chart.form === 'timeline' ? figureDateText(figure) : figureValueText(figure),
    status: figure.status,
    condition: figure.condition ?? '',
    claimant: figure.claimant,
    sources: figureSourceIds(figure),
    ...(model.singleSource.has(figure.id) ? { singleSource: model.singleSource.get(figure.id)! } : {}),
  }));
}

/** Who claims the chart's figures, each once, in the order of its figures. */
export function chartClaimants(chart: Chart, model: Model): string[] {
  return [...new Set(chartFigures(chart, model).map((f) => f.claimant))];
}

/** "Claimed by Anthropic; Zhang Chi": who claims a chart's figures, in the words the page, the embed and the images use. */
export function claimedByText(claimants: string[]): string {
  return `Claimed by ${claimants.join('; ')}`;
}

/** Where sources disagree, after "Sources disagree": "on a figure in this chart", "on figures in this chart". */
export function disputedWhere(count: number): string {
  return `on ${count === 1 ? 'a figure' : 'figures'} in this chart`;
}

/** "Source" before one source, "Sources" before more: counted by source, not by link. */
export function sourcesWord(count: number): string {
  return count > 1 ? 'Sources' : 'Source';
}

/** The footer of a chart's images and its CSV source line: its note, a dispute flag, who claims it and the sources. */
export function chartSourceText(chart: Chart, model: Model, { withNote = true } = {}): string {
  const claimants = chartClaimants(chart, model);
  // Credited as the page credits them: reproduced text as reproduced ("…, as reproduced by Kafela Bazar").
  const outlets = chartSources(chart, model).map((s) => s.credit.label);
  // A timeline gathers many claimants; an image has room for a few, and the page attributes each.
  const claim =
    claimants.length <= 2
      ? claimedByText(claimants)
      : `Claimed by ${claimants.length} parties, each attributed on the chart page`;
  // What the page and the embed say beside the chart travels with the image too: its note, and that sources disagree.
  const disputes = model.discrepanciesByChart.get(chart.id)?.length ?? 0;
  const caveats = [
    ...(withNote && chart.note ? [`Note: ${sentence(chart.note)}`] : []),
    ...(disputes > 0
      ? [
          `Sources disagree ${disputedWhere(disputes)} (${disputes === 1 ? 'one disagreement' : `${disputes} disagreements`}, listed on its page).`,
        ]
      : []),
  ];
  return [...caveats, `${claim}. ${sourcesWord(outlets.length)}: ${outlets.join('; ')}.`].join(' ');
}
