/**
 * Each stylesheet writes its dark palette twice: for a reader whose system is dark (the media query) and for
 * a page pinned dark (/embed/<id>/dark/), because CSS cannot share one block between a media query and a
 * selector. These tests keep the two copies the same, so a colour changed in one place cannot leave an
 * embed pinned dark in the old colour.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

function declarations(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2]!.trim()]));
}

/** The custom properties of the dark block inside the media query, and of the pinned-dark rule. */
function darkPalettes(css: string): { system: Record<string, string>; pinned: Record<string, string> } {
  const system = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root[^{]*\{([^}]*)\}/.exec(css)?.[1];
  const pinned = /:root\[data-theme='dark'\]\s*\{([^}]*)\}/.exec(css)?.[1];
  if (!system || !pinned) throw new Error('a dark palette block is missing');
  return { system: declarations(system), pinned: declarations(pinned) };
}

describe.each(['src/styles/site.css', 'src/styles/chart.css'])('%s', (file) => {
  it('gives a page pinned dark the same palette as a reader whose system is dark', () => {
    const { system, pinned } = darkPalettes(readFileSync(file, 'utf8'));
    expect(Object.keys(system).length).toBeGreaterThan(3);
    expect(pinned).toEqual(system);
  });
});

it('finds a difference between the two copies', () => {
  const css = `@media (prefers-color-scheme: dark) { :root { --fg: #eee; --bg: #111; } } :root[data-theme='dark'] { --fg: #eee; --bg: #000; }`;
  const { system, pinned } = darkPalettes(css);
  expect(pinned).not.toEqual(system);
});
