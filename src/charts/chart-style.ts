// The downloads and link previews use the page's one chart stylesheet, with its variables resolved to
// the light palette (an image has no prefers-color-scheme, and resvg does not read CSS variables).
import chartCss from '../styles/chart.css?raw';

/** The light palette: the declarations of the stylesheet's first `:root` block. */
function lightPalette(css: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return new Map([...block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** chart.css for an image: no comments, no palette blocks, `.chart-svg ` dropped, variables resolved. */
export function imageChartStyle(css: string = chartCss): string {
  const palette = lightPalette(css);
  const rules = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@media[^{]*\{\s*:root[^{]*\{[^}]*\}\s*\}/g, '')
    .replace(/:root[^{]*\{[^}]*\}/g, '')
    .replace(/\.chart-svg /g, '')
    .replace(/var\((--[\w-]+)\)/g, (_, name: string) => {
      const value = palette.get(name);
      if (!value) throw new Error(`chart.css: variable ${name} has no light value in its first :root block`);
      return value;
    });
  return `text{font-family:'DejaVu Sans',Verdana,Arial,sans-serif}${rules
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,])\s*/g, '$1')
    .trim()}`;
}
