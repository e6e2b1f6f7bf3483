import { chartEndpoint } from '../../charts/chart-endpoint.ts';
import { chartOembed } from '../../charts/chart-files.ts';

export const { getStaticPaths, GET } = chartEndpoint(chartOembed, 'application/json');
