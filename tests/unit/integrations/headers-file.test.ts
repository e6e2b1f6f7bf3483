import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { framingRules } from '../../../src/integrations/headers-file.ts';

function site(files: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'headers-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '');
  }
  return root;
}

describe('framingRules(dist)', () => {
  it('framingRules denies framing on every top-level path holding a page, a new one included, but not /embed/', () => {
    const rules = framingRules(
      site([
        'index.html',
        '404.html',
        'charts/x/index.html',
        'search/index.html',
        'embed/x/index.html',
        'og/x.png',
        '_astro/a.js',
      ]),
    );
    const patterns = rules.split('\n').filter((l) => l.startsWith('/'));
    expect(patterns.sort()).toEqual(['/', '/404.html', '/charts/*', '/search/*']);
    expect(rules.match(/X-Frame-Options: DENY/g)).toHaveLength(4);
    expect(rules.match(/frame-ancestors 'none'/g)).toHaveLength(4);
  });
});
