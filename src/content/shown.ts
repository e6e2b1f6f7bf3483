// How content text appears inside a fault message: invisible characters made visible, long text shortened.

/** Invisible and bidirectional control characters: refused anywhere in content. */
export const invisiblePattern = /[\u200B-\u200D\uFEFF\u202A-\u202E\u2066-\u2069]/u;

/** Characters a terminal would not show as themselves: controls, invisibles, bidi controls, NBSP. */
const hiddenPattern = /[\u0000-\u0008\u000B-\u001F\u007F\u00A0\u200B-\u200D\uFEFF\u202A-\u202E\u2066-\u2069]/gu;

/** `\u{200B}` for each hidden character, so an author sees where it is. */
export function escapeHidden(text: string): string {
  return text.replace(hiddenPattern, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** "U+0410": how a message names a character that looks like another. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Text for a message: hidden characters escaped, and at most about `max` characters (start … end). */
export function shown(text: string, max = 160): string {
  const escaped = escapeHidden(text);
  if (escaped.length <= max) return escaped;
  const head = Math.round(max * 0.65);
  return `${escaped.slice(0, head)} … ${escaped.slice(escaped.length - (max - head - 3))}`;
}
