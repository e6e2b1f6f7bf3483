// The project's own components that a source summary (MDX body) may use. The gate refuses every other
// element, so a name added here must also be passed to the body's <Content components={…} /> where it is rendered.
export const mdxComponents: readonly string[] = ['Cite'];
