// The one js-yaml function the gate calls (the package ships no types; Astro uses the same call).
declare module 'js-yaml' {
  const jsYaml: { load(text: string, options?: { filename?: string }): unknown };
  export default jsYaml;
}
