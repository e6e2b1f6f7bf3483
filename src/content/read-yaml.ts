// One way to read YAML, the way the site reads it. Astro parses front matter and `.yaml` entries with
// js-yaml's `load` and its default options (YAML 1.1 timestamps, merge keys on); the gate uses the very
// same call, so it checks exactly the data the pages will be built from. Constructs that make one text
// say two things (anchors, aliases, merge keys) or turn it into something other than plain data (tags)
// are refused before that: found with `yaml`'s lexer, which reads tokens without building anything.
import jsYaml from 'js-yaml';
import { CST, Lexer } from 'yaml';
import { isRealIsoDate } from '../schemas.ts';

export type YamlReading = { ok: true; data: unknown } | { ok: false; line: number; message: string };

/** The first anchor, alias, merge key or tag in a YAML text, with its 1-based line, if any. */
export function forbiddenYamlConstruct(text: string): { line: number; message: string } | undefined {
  let line = 1;
  let plainScalarNext = false;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'anchor' || type === 'alias') {
      return {
        line,
        message: `uses the YAML ${type} "${token}": write each value out in full (anchors and aliases are refused, so that every value is read where it stands)`,
      };
    }
    if (type === 'tag') {
      return { line, message: `uses the YAML tag "${token}": content is plain text, numbers, lists and maps` };
    }
    if (plainScalarNext && token === '<<') {
      return { line, message: 'uses a YAML merge key "<<": write each key out in full' };
    }
    plainScalarNext = type === 'scalar';
    line += (token.match(/\n/g) ?? []).length;
  }
  return undefined;
}

/**
 * Unquoted dates that js-yaml would silently roll over (2026-02-30 becomes 2 March), with the key
 * they are written under and their line: refused, so the site never shows a day nobody wrote.
 */
export function impossibleDates(text: string): { line: number; key: string; value: string }[] {
  const out: { line: number; key: string; value: string }[] = [];
  let line = 1;
  let plainScalarNext = false;
  let lastScalar = '';
  let key = '';
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'map-value-ind') key = lastScalar;
    if (plainScalarNext && /^\d{4}-\d\d?-\d\d?(?:$|[Tt ])/.test(token) && !isRealIsoDate(token)) {
      out.push({ line, key, value: token });
    }
    if (plainScalarNext || type === 'single-quoted-scalar' || type === 'double-quoted-scalar') {
      lastScalar = token.replace(/^['"]|['"]$/g, '');
    }
    plainScalarNext = type === 'scalar';
    line += (token.match(/\n/g) ?? []).length;
  }
  return out;
}

/** Parses YAML exactly as Astro does, after refusing anchors, aliases, merge keys and tags. */
export function readYaml(text: string): YamlReading {
  const forbidden = forbiddenYamlConstruct(text);
  if (forbidden) return { ok: false, ...forbidden };
  try {
    return { ok: true, data: jsYaml.load(text) };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    return { ok: false, line: (mark?.line ?? 0) + 1, message: `is not valid YAML: ${reason}` };
  }
}

// Astro's own pattern (@astrojs/markdown-remark, extractFrontmatter): the first `---` … `---` block.
const frontMatterPattern = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * Splits an MDX file as Astro does: the front matter block's text, and the body left once the block
 * is removed. Only a `---` block at the very start is accepted (Astro would also read TOML after `+++`,
 * or a block after blank lines or a byte-order mark: one shape keeps one reading).
 */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } | undefined {
  if (!/^---\r?\n/.test(text)) return undefined;
  const match = frontMatterPattern.exec(text);
  if (!match) return undefined;
  const frontMatter = match[1]!;
  return { frontMatter, body: text.replace(`---${frontMatter}---`, '') };
}
