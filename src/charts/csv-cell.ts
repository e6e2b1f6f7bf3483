/**
 * One CSV cell, safe to open in a spreadsheet: a text cell that begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return would run as a formula (OWASP "CSV injection"), so it is prefixed with `'`.
 * A plain number ("-3", "12.5") stays a number. Then RFC 4180: quoted when it holds a comma, a quote
 * or a line break.
 */
export function csvCell(value: string): string {
  const isNumber = /^-?\d+(?:\.\d+)?$/.test(value);
  const safe = !isNumber && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
