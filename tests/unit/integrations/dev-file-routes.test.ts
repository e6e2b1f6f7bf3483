import { describe, expect, it } from 'vitest';
import { fileRoutePattern } from '../../../src/integrations/dev-file-routes.ts';

describe('fileRoutePattern(pattern)', () => {
  it('fileRoutePattern("/charts/[id].png") matches a chart image and nothing else', () => {
    const re = fileRoutePattern('/charts/[id].png');
    expect(re.test('/charts/lead-window.png')).toBe(true);
    expect(re.test('/charts/lead-window.svg')).toBe(false);
    expect(re.test('/charts/lead-window/')).toBe(false);
    expect(re.test('/charts/a/b.png')).toBe(false);
    expect(re.test('/charts/lead-windowXpng')).toBe(false);
  });
});
