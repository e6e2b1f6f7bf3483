// What the gate and the atomic build promise about the published folder, checked on the built dist/.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoServerChunks } from '../../scripts/build.mjs';
import { DIST } from '../support/site.ts';

/** RFC 4180 cells of a CSV text. */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  for (const match of text.matchAll(/(?:^|,|\r\n)("(?:[^"]|"")*"|[^,\r\n]*)/g)) {
    const raw = match[1]!;
    cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
  }
  return cells;
}

describe('the published folder', () => {
  it('dist/ holds no server code (no .mjs, no chunks/ or server/ folder)', () => {
    expect(() => assertNoServerChunks(DIST)).not.toThrow();
  });

  it('no CSV cell in dist/data/ would run as a spreadsheet formula', () => {
    const files = fs.readdirSync(path.join(DIST, 'data')).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const cell of csvCells(fs.readFileSync(path.join(DIST, 'data', file), 'utf8'))) {
        if (/^-?\d+(?:\.\d+)?$/.test(cell)) continue;
        expect(cell, `${file}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('dist/citations.bib has balanced braces as classic BibTeX counts them', () => {
    let depth = 0;
    for (const c of fs.readFileSync(path.join(DIST, 'citations.bib'), 'utf8')) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});
