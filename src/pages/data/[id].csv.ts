import { chartEndpoint } from '../../charts/chart-endpoint.ts';
import { chartCsv } from '../../charts/chart-files.ts';

export const { getStaticPaths, GET } = chartEndpoint(chartCsv, 'text/csv; charset=utf-8');
