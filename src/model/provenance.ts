import type { Source } from '../schemas.ts';

/**
 * What a reviewer needs beside a quote to know how far it was checked: the text it was checked
 * against (whose copy, which archive file, when collected), and what the live link is.
 * Written from the source's front matter only, so it never claims more than the content records.
 */
export interface Provenance {
  /** "Checked against Kafela Bazar's reproduction (archive 002), not Anthropic's page; collection date not recorded." */
  checked: string;
  /** Label for the link to the live page, saying it was not what the quote was checked against. */
  liveLabel: string | undefined;
  /** The credit to print after the quote: the source's name and whose text it really is. */
  credit: string;
  /**
   * The few words beside each quote on its source's page ("checked against Kafela Bazar's copy"), linking
   * to `checked` printed once above the list: provenance at a glance without a hundred long lines.
   */
  tag: string;
}

/** "002" from "002_44c27f3d7aaea851.txt": the short name the archive folder lists it under. */
export function archiveNumber(file: string): string {
  return file.replace(/_.*$/, '').replace(/\.txt$/, '');
}

/** "anthropic.com" from "https://www.anthropic.com/research/…". */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * @param source the source the quote is credited to
 * @param via the source whose reproduction holds its text (`source.archiveVia`), if any
 */
export function provenanceOf(source: Source, via?: Source): Provenance {
  // No collection date is recorded for any archived text; say so rather than guess one.
  const when = 'collection date not recorded';
  let checked: string;
  let tag: string;
  if (source.archive) {
    checked = `Checked against our archived copy (archive ${archiveNumber(source.archive)}); ${when}.`;
    tag = `checked against our copy (archive ${archiveNumber(source.archive)})`;
  } else if (via?.archive) {
    checked = `Checked against ${via.name}'s reproduction (archive ${archiveNumber(via.archive)}), not ${source.outlet}'s page; ${when}.`;
    tag = `checked against ${via.name}'s copy (archive ${archiveNumber(via.archive)})`;
  } else {
    checked = 'Not checked: we hold no text of this source.';
    tag = 'not checked';
  }
  const liveLabel = source.url
    ? `look for it on ${hostOf(source.url)} (${source.archive ? 'live page, not our copy' : 'not checked against that page'})`
    : undefined;
  const credit = via
    ? `${source.name}, as reproduced by ${via.name}`
    : source.originalUrl
      ? `${source.name}, rewording ${hostOf(source.originalUrl)}`
      : source.name;
  return { checked, liveLabel, credit, tag };
}

/** A source's provenance, looking up whose reproduction holds its text (`archiveVia`) among the sources. */
export function provenanceOfSource(source: Source, sourceById: (id: string) => Source): Provenance {
  return provenanceOf(source, source.archiveVia ? sourceById(source.archiveVia) : undefined);
}
