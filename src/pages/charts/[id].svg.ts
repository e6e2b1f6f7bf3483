import { chartEndpoint } from '../../charts/chart-endpoint.ts';
import { chartSvgFile } from '../../charts/chart-files.ts';

export const { getStaticPaths, GET } = chartEndpoint(chartSvgFile, 'image/svg+xml; charset=utf-8');
