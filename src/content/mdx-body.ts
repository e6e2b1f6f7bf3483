// A source's summary is MDX so that it can use the project's own components; it may not run code.
// The body is parsed with the MDX parser the site compiles it with (@mdx-js/mdx), and every node that
// could carry code or markup of its own is refused, with its line.
import { createProcessor } from '@mdx-js/mdx';
import { mdxComponents } from './mdx-components.ts';

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: MdxNode[];
}

/** A fault in a body: the 1-based line (of the body) and what is wrong there. */
export interface BodyFault {
  line: number;
  reason: string;
}

const processor = createProcessor();

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
      return undefined;
    }
  }
  return undefined;
}

/** Every fault in an MDX body: syntax errors, code, expressions, raw HTML, unknown elements. */
export function mdxBodyFaults(body: string): BodyFault[] {
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

/** The <Cite quote="…" source="…" /> markers of a summary, in order, as citations (source defaults to the summary's own). */
export function citesInBody(body: string, ownSource: string): { source: string; quote: string }[] {
  return mdxComponentsUsed(body)
    .filter((c) => c.name === 'Cite' && c.attributes['quote'])
    .map(({ attributes }) => ({ source: attributes['source'] ?? ownSource, quote: attributes['quote']! }));
}
