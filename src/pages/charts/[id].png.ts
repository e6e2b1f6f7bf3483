import { chartEndpoint } from '../../charts/chart-endpoint.ts';
import { chartPngFile } from '../../charts/chart-files.ts';

export const { getStaticPaths, GET } = chartEndpoint(chartPngFile, 'image/png');
