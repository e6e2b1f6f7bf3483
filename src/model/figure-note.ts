// Our note on a figure may name another figure, or a disagreement between the sources, by its id, as
// "(distillation-exchanges)" or "(see the disagreement lead-12-24-as-current-gap)": the content's way of pointing a
// reviewer at the related entry. Readers never see the id: it becomes a link to that entry on /citations/, read by
// the figure's label or the disagreement's topic (each entry's heading there).

/** A run of a note: plain text, or the name of a figure or disagreement with a link to its entry. */
export interface NotePart {
  text: string;
  href?: string;
}

/** What a note may name, by id: how it reads and where it links (model.noteTargets). */
export type NoteTargets = ReadonlyMap<string, { label: string; href: string }>;

/** An id-shaped word: lower-case words joined by hyphens, as every figure and discrepancy id is. */
const idShaped = /[a-z0-9]+(?:-[a-z0-9]+)+/g;

/** The note split into text and links, one link per id it names; other hyphenated words stay text. */
export function figureNoteParts(note: string, targets: NoteTargets): NotePart[] {
  const parts: NotePart[] = [];
  let at = 0;
  for (const m of note.matchAll(idShaped)) {
    const target = targets.get(m[0]);
    if (!target) continue;
    if (m.index > at) parts.push({ text: note.slice(at, m.index) });
    parts.push({ text: target.label, href: target.href });
    at = m.index + m[0].length;
  }
  if (at < note.length) parts.push({ text: note.slice(at) });
  return parts;
}
