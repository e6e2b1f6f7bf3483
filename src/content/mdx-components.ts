// The JSX components a source summary (content/sources/*.mdx) may use. The content gate allows these
// and no other JSX in MDX bodies; each must be passed to <Content components={…} /> where summaries render.
export const mdxComponents = ['Cite'] as const;
