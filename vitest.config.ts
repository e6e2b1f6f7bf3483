/// <reference types="vitest" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // chart.css is read as text (?raw) by the downloads' stylesheet; vitest empties CSS unless told.
    css: { include: [/chart\.css/] },
  },
});
