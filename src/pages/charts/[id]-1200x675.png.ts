import { chartEndpoint } from '../../charts/chart-endpoint.ts';
import { chartSlidePng } from '../../charts/chart-files.ts';

export const { getStaticPaths, GET } = chartEndpoint(chartSlidePng, 'image/png');
