import { chartEndpoint } from '../../charts/chart-endpoint.ts';
import { chartPreviewPng } from '../../charts/chart-files.ts';

export const { getStaticPaths, GET } = chartEndpoint(chartPreviewPng, 'image/png');
