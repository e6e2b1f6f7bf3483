// The downloads and link previews use the page's one chart stylesheet, with its variables resolved to
// one palette, light or dark (an image has no prefers-color-scheme, and resvg does not read CSS variables).
import chartCss from '../styles/chart.css?raw';

export type ImageScheme = 'light' | 'dark';

function declarations(block: string): [string, string][] {
  return [...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]);
}

/**
 * A palette of the stylesheet: light is its first `:root` block; dark is that block overridden by the
 * `:root` inside `@media (prefers-color-scheme: dark)`, exactly as a browser in dark mode resolves it.
 */
export function chartPalette(css: string = chartCss, scheme: ImageScheme = 'light'): Map<string, string> {
  const palette = new Map(declarations(/:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? ''));
  if (scheme === 'dark') {
    // `:root:not([data-theme='light'])`: a page pinned light (an embed) keeps the light palette.
    const dark = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root[^{]*\{([^}]*)\}/.exec(css)?.[1];
    if (!dark) throw new Error('chart.css: no :root block inside @media (prefers-color-scheme: dark)');
    for (const [name, value] of declarations(dark)) palette.set(name, value);
  }
  return palette;
}

/** chart.css for an image: no comments, no palette blocks, `.chart-svg ` dropped, variables resolved. */
export function imageChartStyle(css: string = chartCss, scheme: ImageScheme = 'light'): string {
  const palette = chartPalette(css, scheme);
  const rules = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@media[^{]*\{\s*:root[^{]*\{[^}]*\}\s*\}/g, '')
    .replace(/:root[^{]*\{[^}]*\}/g, '')
    .replace(/\.chart-svg /g, '')
    .replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
      const value = palette.get(name);
      if (!value) throw new Error(`chart.css: variable ${name} has no ${scheme} value in its first :root block`);
      return value;
    });
  return `text{font-family:'DejaVu Sans',Verdana,Arial,sans-serif}${rules
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,])\s*/g, '$1')
    .trim()}`;
}
