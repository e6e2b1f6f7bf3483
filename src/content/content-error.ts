import { rules, type RuleName } from './rules.ts';

/** A fault in a content file, precise enough to fix without searching: which file, which field, what is wrong. */
export interface ContentError {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Path of the field inside the file, e.g. `mentions[2].quote`. Empty for the file as a whole. */
  field: string;
  /** The rule broken (see rules.ts). */
  rule: RuleName;
  /** What is wrong, and where possible what would be right. */
  message: string;
}

type SayArgs<R extends RuleName> = Parameters<(typeof rules)[R]['say']>;

/** The one way a fault is made: its words come from the rule's own `say`. */
export function fault<R extends RuleName>(file: string, field: string, rule: R, ...args: SayArgs<R>): ContentError {
  const say = rules[rule].say as (...a: SayArgs<R>) => string;
  return { file, field, rule, message: say(...args) };
}

export function formatContentError({ file, field, message }: ContentError): string {
  return `${file}${field ? ` → ${field}` : ''}: ${message}`;
}

/** Joins zod's issue path into `a.b[2].c`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}
