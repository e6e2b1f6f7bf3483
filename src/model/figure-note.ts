// Our note on a figure may name another figure by its id, as "(distillation-exchanges)": the content's way
// of pointing a reviewer at the related entry. Readers never see the id: it becomes a link to that figure's
// entry on /citations/, read by the figure's label (the entry's heading there).

/** A run of a note: plain text, or the name of another figure with a link to its entry. */
export interface NotePart {
  text: string;
  href?: string;
}

/** What a note needs of the figures it may name. */
export type FigureLabels = ReadonlyMap<string, string>;

/** An id-shaped word: lower-case words joined by hyphens, as every figure id is. */
const idShaped = /[a-z0-9]+(?:-[a-z0-9]+)+/g;

/** The note split into text and links, one link per figure id it names; other hyphenated words stay text. */
export function figureNoteParts(note: string, labels: FigureLabels): NotePart[] {
  const parts: NotePart[] = [];
  let at = 0;
  for (const m of note.matchAll(idShaped)) {
    const label = labels.get(m[0]);
    if (!label) continue;
    if (m.index > at) parts.push({ text: note.slice(at, m.index) });
    parts.push({ text: label, href: `/citations/#${m[0]}` });
    at = m.index + m[0].length;
  }
  if (at < note.length) parts.push({ text: note.slice(at) });
  return parts;
}
