/**
 * axe-core, run straight in the page under test: injected once per page, then run as often as the test
 * needs (the full rules, then the colour rules in the other scheme).
 *
 * Why not @axe-core/playwright: its AxeBuilder injects axe anew on every `analyze()` and finishes every
 * run in a second, blank page so that it can merge results across frames. On this site's pages, which
 * have no frames, that was two thirds of the every-page test's time. A page with a frame is refused here
 * rather than checked in part.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: every rule axe has for them (2.2 AA adds target-size). */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The axe rules whose outcome depends on colour. A change of colour scheme changes only colours (the
 * markup is the same, and no script reads the scheme), so a pass in the other scheme runs these alone.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What a test reads of an axe violation (axe's own objects do not cross from the page whole). */
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; failureSummary: string; html: string }[];
}

/** One line per violation, then one per element at fault, saying where and why. */
function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((v) => [
    `${v.id} [${v.impact ?? 'n/a'}]: ${v.help} (${v.helpUrl})`,
    ...v.nodes.map(
      (n) =>
        `    at ${n.target.join(' ')}: ${n.failureSummary.replace(/\s*\n\s*/g, ' / ')}\n      ${n.html.slice(0, 200)}`,
    ),
  ]);
}

/**
 * axe's violations on the page as it is now, described for a failure message (empty when it passes):
 * every WCAG A/AA rule, or only `rules`.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (page.frames().length > 1) {
    throw new Error(`${page.url()} has frames: axeViolations checks one document; use @axe-core/playwright here`);
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({ rules, tags }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        // Only violations are read: axe then skips listing every passing node.
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String),
          failureSummary: n.failureSummary ?? '',
          html: n.html,
        })),
      }));
    },
    { rules, tags: WCAG_AA },
  );
  return describeViolations(violations);
}
