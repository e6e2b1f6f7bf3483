// Each rule of the gate has a name and a one-line description, and content/README.md lists them all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules, rulesMarkdown } from '../../../src/content/rules.ts';

const readme = readFileSync(new URL('../../../content/README.md', import.meta.url), 'utf8');

describe('rules', () => {
  it('every rule has a kebab-case name and a one-line description', () => {
    for (const [name, rule] of Object.entries(rules)) {
      expect(name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.description).not.toMatch(/\n/);
    }
  });

  it('content/README.md lists exactly the rules (regenerate with: npm run check:content -- --rules)', () => {
    const block = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme)?.[1];
    expect(block).toBe(rulesMarkdown());
  });
});
