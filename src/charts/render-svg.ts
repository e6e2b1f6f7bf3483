import { lineHeightOf, type Mark, type Scene } from './scene.ts';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function renderMark(mark: Mark): string {
  switch (mark.type) {
    case 'rect':
      return `<rect class="${mark.className}" x="${mark.x}" y="${mark.y}" width="${mark.width}" height="${mark.height}"/>`;
    case 'line':
      return `<line class="${mark.className}" x1="${mark.x1}" y1="${mark.y1}" x2="${mark.x2}" y2="${mark.y2}"/>`;
    case 'circle':
      return `<circle class="${mark.className}" cx="${mark.cx}" cy="${mark.cy}" r="${mark.r}"/>`;
    case 'path':
      return `<path class="${mark.className}" d="${mark.d}"/>`;
    case 'text': {
      // One line is the text itself; more are tspans, each set back to x and down one line, with a space
      // between them so the words do not run together when the text is copied or searched.
      const lines =
        mark.lines.length === 1
          ? escapeXml(mark.lines[0]!)
          : mark.lines
              .map(
                (line, i) =>
                  `<tspan x="${mark.x}"${i ? ` dy="${lineHeightOf(mark.size)}"` : ''}>${escapeXml(line)}</tspan>`,
              )
              .join(' ');
      const anchor = mark.anchor === 'start' ? '' : ` text-anchor="${mark.anchor}"`;
      return `<text class="${mark.className}" x="${mark.x}" y="${mark.y}" font-size="${mark.size}"${anchor}>${lines}</text>`;
    }
  }
}

/** The marks of a scene as SVG elements, without the outer <svg>. */
export function renderMarks(scene: Scene): string {
  return scene.marks.map(renderMark).join('');
}

export interface SvgText {
  /** Extra class on the <svg>, e.g. which layout (narrow, wide) it is. */
  className?: string;
  /** Unique prefix for the title and desc ids (a page may hold the same chart twice). */
  idPrefix: string;
  title: string;
  desc: string;
}

/**
 * The chart as an inline `<svg role="img">` with its title and description: the markup every page
 * carries, drawn at build time so it shows without JavaScript.
 */
export function renderSvg(scene: Scene, text: SvgText): string {
  const t = `${text.idPrefix}-title`;
  const d = `${text.idPrefix}-desc`;
  return (
    `<svg class="chart-svg${text.className ? ` ${text.className}` : ''}" role="img" aria-labelledby="${t} ${d}" viewBox="0 0 ${scene.width} ${scene.height}" ` +
    `width="${scene.width}" height="${scene.height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${t}">${escapeXml(text.title)}</title><desc id="${d}">${escapeXml(text.desc)}</desc>` +
    renderMarks(scene) +
    `</svg>`
  );
}
