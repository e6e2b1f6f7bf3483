import { chartEndpoint } from '../../charts/chart-endpoint.ts';
import { chartDarkSvgFile } from '../../charts/chart-files.ts';

export const { getStaticPaths, GET } = chartEndpoint(chartDarkSvgFile, 'image/svg+xml; charset=utf-8');
