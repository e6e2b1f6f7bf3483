// A source's summary is MDX so that it can use the project's own components; it may not run code.
// The body is parsed with the MDX parser the site compiles it with (@mdx-js/mdx), and every node that
// could carry code or markup of its own is refused, with its line.
import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { closestKey } from './closest-key.ts';
import { mdxComponents } from './mdx-components.ts';

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdxNode[];
}

/** A fault in a body: the 1-based line (of the body) and what is wrong there. */
export interface BodyFault {
  line: number;
  reason: string;
}

// With GitHub-flavoured Markdown, as @astrojs/mdx compiles it: a bare "www.…" or "https://…" is a link there,
// and a summary parsed without it would hide that link from the gate while the site printed it live.
const processor = createProcessor({ remarkPlugins: [remarkGfm] });

/** What is wrong with one node, if anything. */
function nodeFault(node: MdxNode): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      return "imports or exports code (`import`/`export`): a summary is text, and may use only the site's own components";
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `holds an expression {${(node.value ?? '').slice(0, 40)}}: braces run code in MDX; write the words instead`;
    case 'html':
      return 'holds raw HTML: write Markdown instead';
    // Markdown that would look like the site's own apparatus without passing the gate's checks.
    case 'blockquote':
      return 'holds a Markdown block quotation (>): it would read as a verbatim quote that nothing checks; quote with <Cite source="…" quote="…" />';
    case 'heading':
      return 'holds a heading (#): the page gives the summary its heading; write paragraphs';
    case 'image':
    case 'imageReference':
      return 'holds an image: a summary is text (and the site loads no images from elsewhere)';
    case 'footnoteReference':
    case 'footnoteDefinition':
      return 'holds a footnote ([^…]): it would read as a citation that nothing checks; cite with <Cite source="…" quote="…" />';
    case 'link':
    case 'linkReference':
    case 'definition':
      return `holds a link${node.url ? ` to ${node.url}` : ''}: a summary links only through <Cite>, whose passages the gate checks`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      if (!mdxComponents.includes(name)) {
        return `holds the element <${name || '>'}${name ? '>' : ''}: a summary may use only the site's own components (${mdxComponents.join(', ')}), no raw HTML`;
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
          return `gives <${name}> an attribute as an expression ({…}): write attribute values in quotation marks`;
        }
      }
      return name === 'Cite' ? citeFault(node) : undefined;
    }
  }
  return undefined;
}

/** The attributes <Cite> takes, each required and never empty (src/components/Cite.astro). */
const citeAttributes = ['source', 'quote'] as const;

/** What is wrong with a <Cite>: an attribute it does not take, or one missing or empty. */
function citeFault(node: MdxNode): string | undefined {
  const given = new Map((node.attributes ?? []).map((a) => [a.name ?? '', a.value]));
  for (const name of given.keys()) {
    if ((citeAttributes as readonly string[]).includes(name)) continue;
    const near = closestKey(name, citeAttributes);
    return `gives <Cite> an attribute ${name}="…" it does not take${near ? ` (did you mean ${near}?)` : ''}: <Cite> takes source="…" and quote="…"`;
  }
  for (const name of citeAttributes) {
    const value = given.get(name);
    if (typeof value !== 'string' || value.trim() === '') {
      return `gives <Cite> ${value === undefined ? `no ${name}` : `an empty ${name}`}: write <Cite source="…" quote="…" />, the source's id and its exact words`;
    }
  }
  return undefined;
}

/** Every fault in an MDX body: syntax errors, code, expressions, raw HTML, unknown elements, Markdown quotes,
 *  headings, images and links, a <Cite> without its source or quote, and a body with no words at all. */
export function mdxBodyFaults(body: string): BodyFault[] {
  if (body.trim() === '') return [{ line: 1, reason: 'is empty: a source page shows our summary, in our own words' }];
  let tree: MdxNode;
  try {
    tree = processor.parse(body) as unknown as MdxNode;
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return [{ line: line ?? 1, reason: `is not valid MDX: ${reason ?? (error as Error).message}` }];
  }
  const faults: BodyFault[] = [];
  const walk = (node: MdxNode) => {
    const reason = nodeFault(node);
    if (reason) faults.push({ line: node.position?.start.line ?? 1, reason });
    node.children?.forEach(walk);
  };
  walk(tree);
  return faults;
}

/** A site component in a body, with its line and its attributes (all written in quotation marks). */
export interface BodyComponent {
  name: string;
  line: number;
  attributes: Record<string, string>;
}

/** Every allowed component a body uses, in order: e.g. each <Cite quote="…" />, whose quote the gate checks. */
export function mdxComponentsUsed(body: string): BodyComponent[] {
  let tree: MdxNode;
  try {
    tree = processor.parse(body) as unknown as MdxNode;
  } catch {
    return []; // reported by mdxBodyFaults
  }
  const out: BodyComponent[] = [];
  const walk = (node: MdxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attributes: Record<string, string> = {};
      for (const a of node.attributes ?? []) if (a.name && typeof a.value === 'string') attributes[a.name] = a.value;
      out.push({ name: node.name, line: node.position?.start.line ?? 1, attributes });
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return out;
}

/** The <Cite source="…" quote="…" /> markers of a summary, in order, as citations (one without both is mdxBodyFaults'). */
export function citesInBody(body: string): { source: string; quote: string }[] {
  return mdxComponentsUsed(body)
    .filter((c) => c.name === 'Cite' && c.attributes['quote'] && c.attributes['source'])
    .map(({ attributes }) => ({ source: attributes['source']!, quote: attributes['quote']! }));
}
