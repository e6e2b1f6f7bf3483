import type { conditionKeys, consequenceKeys, frontKeys } from '../schemas.ts';

type RowKey =
  'premise' | (typeof frontKeys)[number] | (typeof conditionKeys)[number] | (typeof consequenceKeys)[number];

/** The rows of the side-by-side table, in reading order, grouped as the paper groups them. */
export const scenarioRowGroups: {
  title: string;
  intro: string;
  rows: { key: RowKey; group: 'premise' | 'fronts' | 'conditions' | 'consequences'; label: string }[];
}[] = [
  {
    title: 'The premise',
    intro: 'What policymakers do, or do not do, between now and 2028.',
    rows: [{ key: 'premise', group: 'premise', label: 'What policymakers do' }],
  },
  {
    title: 'The four fronts',
    intro: 'The paper says the competition plays out on four fronts, and that intelligence matters most.',
    rows: [
      { key: 'intelligence', group: 'fronts', label: 'Intelligence' },
      { key: 'domesticAdoption', group: 'fronts', label: 'Domestic adoption' },
      { key: 'globalDistribution', group: 'fronts', label: 'Global distribution' },
      { key: 'resilience', group: 'fronts', label: 'Resilience' },
    ],
  },
  {
    title: 'The conditions',
    intro: 'The policies the paper says decide which scenario comes about.',
    rows: [
      { key: 'exportControls', group: 'conditions', label: 'Export controls' },
      { key: 'loopholes', group: 'conditions', label: 'Loopholes: smuggling and offshore data centres' },
      { key: 'distillation', group: 'conditions', label: 'Distillation attacks' },
      { key: 'adoption', group: 'conditions', label: 'Adoption by democracies' },
    ],
  },
  {
    title: 'The consequences',
    intro: 'What the paper says follows from each outcome.',
    rows: [
      { key: 'norms', group: 'consequences', label: 'Who sets AI rules and norms' },
      { key: 'safety', group: 'consequences', label: 'Safety' },
      { key: 'military', group: 'consequences', label: 'Military use' },
      { key: 'repression', group: 'consequences', label: 'Repression' },
    ],
  },
];
