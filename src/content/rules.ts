// Every rule the content gate enforces: its name, a one-line description (the list "What the build
// refuses" in content/README.md is generated from these) and the one function that words its fault.
import { shown } from './shown.ts';

interface Rule<A extends unknown[]> {
  /** One line for content/README.md: what the build refuses. */
  description: string;
  /** The fault's words, from the facts of one case. */
  say: (...args: A) => string;
}
const rule = <A extends unknown[]>(description: string, say: (...args: A) => string): Rule<A> => ({
  description,
  say,
});

const list = (items: Iterable<string>) => [...items].sort().join(', ') || 'none';

export const rules = {
  'yaml-syntax': rule(
    'a file that is not valid YAML, or a source without a `---` front matter block at its very start',
    (reason: string) => reason,
  ),
  'yaml-construct': rule(
    'YAML anchors (`&a`), aliases (`*a`), merge keys (`<<`) and tags (`!!x`): every value is written where it stands',
    (line: number, reason: string) => `line ${line}: ${reason}`,
  ),
  schema: rule(
    'a field that is missing, empty, only a yes-or-no word (`claimant: no`), of the wrong type, too long, not finite, out of range (a percentage outside 0–100), a date that does not parse or disagrees with its precision, a URL that is not https, or an unknown key (the nearest known key is suggested)',
    (message: string) => message,
  ),
  'invisible-character': rule(
    'invisible and bidirectional control characters (U+200B–U+200D, U+FEFF, U+202A–U+202E, U+2066–U+2069) anywhere in content',
    (line: number, excerpt: string) =>
      `line ${line} holds an invisible or bidirectional control character: ${shown(excerpt)}. Delete it`,
  ),
  'empty-collection': rule(
    'a collection folder that is missing or holds no file',
    (extension: string) => `the folder is missing or holds no ${extension} file: the site would have nothing to show`,
  ),
  'id-mismatch': rule(
    'an id that differs from its file name',
    (id: string, name: string) => `id "${shown(id)}" differs from the file name "${name}": rename one so they match`,
  ),
  'duplicate-id': rule('a duplicate id', (id: string, other: string) => `duplicate id "${id}": ${other} has it too`),
  'missing-reference': rule(
    'a reference to a figure, source, chart or discrepancy that does not exist, or a correction naming a page the site does not have',
    (kind: string, id: string, known: Iterable<string>) => `no ${kind} "${shown(id)}" exists (known: ${list(known)})`,
  ),
  'not-primary': rule(
    'a figure whose `primary` names a source that is not a primary one',
    (id: string, kind: string) => `"${id}" is a ${kind} source, not a primary one`,
  ),
  'primary-claimant': rule(
    "a figure traced to a primary source (`primary`) whose `claimant` does not name that source's publisher (its `outlet`): a claim traced to Anthropic's paper is Anthropic's, or someone's as cited by Anthropic; a `primary` on an article's own claim would hide its single-source flag",
    (claimant: string, outlet: string, id: string) =>
      `claimant "${shown(claimant)}" does not name ${outlet}, the publisher of primary source "${id}": name ${outlet} in the claimant ("…, as cited by ${outlet}") if the claim is theirs, or remove primary if it is only the article's`,
  ),
  'primary-not-quoted': rule(
    "a figure traced to a primary source whose text we hold (`primary`), none of whose mentions quotes it (unless the figure is that source's own publication date): the trace would be a name only, and would lift the single-source flag off one article's report",
    (id: string) =>
      `names "${id}" as its primary source, whose text we hold, but no mention quotes it: quote the passage that gives the figure, or remove primary`,
  ),
  'claimant-not-traced': rule(
    'a figure with no `primary` whose `claimant` names none of the sources that mention it: a claim is attributed to who makes it, so trace it to its primary source or say which article reports it ("…, as reported by Gossip Herald")',
    (claimant: string, reporters: string[]) =>
      `claimant "${shown(claimant)}" names none of the sources that report it (${list(reporters)}): add primary if the claim is traced to a primary source, or name the article ("…, as reported by ${reporters[0]}")`,
  ),
  'claimant-narrowed': rule(
    'a figure whose quote (its primary source\'s, where it has one) credits the number to a study, an analysis, a report, a survey, an evaluation or an assessment ("one study estimates …") while its `claimant` does not name it, or makes it the publisher\'s own ("in its own analysis"): "Anthropic" for "Anthropic, citing one study" puts the finding in another mouth',
    (claimant: string, work: string) =>
      `claimant "${shown(claimant)}" does not credit the ${work} its quote credits the number to: say so ("…, citing ${/^[aeiou]/.test(work) ? 'an' : 'a'} ${work}")`,
  ),
  'published-not-printed': rule(
    'a source\'s `published` date, not marked `publishedInferred`, that its archived text does not print with its year (as "May 14, 2026", "14 May 2026", "2026-05-14" or "5/14/2026")',
    (date: string) =>
      `${date} is not marked publishedInferred, but the archived text does not print that date with its year: give the date it prints, or set publishedInferred with a dateNote saying how it was worked out`,
  ),
  'correction-before-site': rule(
    'a correction dated before the newest source the site covers was published: the site did not exist yet, so the date is a slip',
    (date: string, newest: string) =>
      `is dated ${date}, before ${newest}, when the newest source the site covers was published: give the day the change was made`,
  ),
  'correction-concerns-nothing': rule(
    'a correction that names no source, chart, disagreement or page: it would show on no page, and say nothing of what it changed',
    () =>
      'names no source, chart, disagreement or page: list the pages it changed (sources, charts, discrepancies or pages)',
  ),
  'archive-missing': rule(
    "a source's archive that is not in content/archive/",
    (name: string) => `no archived text "${shown(name)}" in content/archive/`,
  ),
  'archive-changed': rule(
    'an archived text whose SHA-256 differs from the pin in its source (archives are never edited)',
    (name: string, actual: string) =>
      `content/archive/${name} has changed: its SHA-256 is ${actual}. Archives are never edited; restore the file, or, for a new collection of the same text, renew the pin`,
  ),
  'no-archive': rule(
    'a quote of a source that has no archived text',
    (source: string) => `source "${source}" has no archived text, so it cannot be quoted`,
  ),
  'quote-too-short': rule(
    'a quote of fewer than three words',
    (quote: string) => `quote "${shown(quote)}" has fewer than three words: quote enough to be unambiguous`,
  ),
  'quote-not-verbatim': rule(
    "a quote not found verbatim in its source's archive, starting and ending at word boundaries (only ASCII whitespace and no-break spaces fold; the closest passage is shown)",
    (source: string, quote: string, closest: string, why?: string) =>
      `quote not found verbatim in the archive of "${source}": "${shown(quote)}". ${why ? `Why: ${why}. ` : ''}Closest passage: "${shown(closest)}"`,
  ),
  'quote-outside-span': rule(
    "a quote credited to a source held through another's reproduction (the paper, through Kafela Bazar) that lies outside the reproduced part (`quotableSpan`)",
    (source: string, quote: string, via: string) =>
      `quote "${shown(quote)}" is in the archive of "${via}", but not inside the part that reproduces "${source}" (its quotableSpan)`,
  ),
  'quote-inside-reproduction': rule(
    "a quote credited to a source that reproduces another (Kafela Bazar, reproducing the paper) found only inside the reproduced part: those are the other source's words, so a mention or citation credits them to it",
    (source: string, quote: string, reproduced: string) =>
      `quote "${shown(quote)}" is, in the archive of "${source}", only inside the part that reproduces "${reproduced}": those are "${reproduced}"'s words; credit them to "${reproduced}", or quote "${source}"'s own sentences`,
  ),
  'span-not-found': rule(
    "a `quotableSpan` whose start or end is not found exactly once, in order, in the reproducing source's archive",
    (which: string, passage: string, count: number) =>
      count === 0
        ? `the ${which} passage "${shown(passage)}" is not in the archive`
        : count > 1
          ? `the ${which} passage "${shown(passage)}" occurs ${count} times in the archive: quote more of it`
          : `the ${which} passage "${shown(passage)}" comes before the start`,
  ),
  'prose-quotation': rule(
    "words that our own prose puts in quotation marks (double, or curly single) that no archived text contains as whole words (a \"…\" may stand for words left out: the parts must come in order, within 300 characters, and the words left out may not negate or hedge: not, never, no, may, could, would, …n't; a source's title may be quoted); on a source's own page, only its own words or a primary source's; in the scenarios and what stands today, only a primary source's",
    (quoted: string, scope?: string, turned?: boolean) =>
      turned
        ? `puts "${shown(quoted)}" in quotation marks, but its "…" leaves out a word that negates or hedges (not, never, may, could…), so the quotation says what the source does not: quote those words too`
        : scope === 'paper'
          ? `puts "${shown(quoted)}" in quotation marks, but no primary source's text holds it as whole words: the scenarios and what stands today are the paper's, so quote the paper exactly, or drop the quotation marks`
          : scope
            ? `puts "${shown(quoted)}" in quotation marks, but neither the text of ${scope} nor a primary source's holds it as whole words: on a source's page, quote that source (or the paper it reports on) exactly, or drop the quotation marks`
            : `puts "${shown(quoted)}" in quotation marks, but no archived text contains it as whole words: quote exactly, or drop the quotation marks`,
  ),
  'missing-qualifier': rule(
    'a figure with no `qualifier` whose quote puts one (roughly, about, almost, more than, over, at least, nearly, up to, approximately) right before its number',
    (word: string, quote: string) =>
      `its quote says "${word}" before the number ("${shown(quote)}"), but the figure has no qualifier: add qualifier: ${word}`,
  ),
  'chart-title': rule(
    'a chart title, subtitle, note or description (its digits) that prints a number none of its figures gives (as a value, a year, or in their quotes and labels) and that is not its baseline; or a title that plots a conditional figure without a hedge or a condition (if, unless, may, might, could, would), drops a hedge the quotes put on an estimate or a condition (may, could, would, estimates, projects, expects), or prints a qualified number without its qualifier',
    (what: 'number' | 'hedge' | 'firmer' | 'qualifier', detail: string) =>
      what === 'number'
        ? `prints ${detail}, which none of the chart's figures gives: the numbers a chart's words print are its figures'`
        : what === 'firmer'
          ? `drops the hedge the quotes put on figure "${detail}" (may, could, would, estimates, projects…): a title is no firmer than its source`
          : what === 'qualifier'
            ? `prints the number without its qualifier: keep "${detail}" in the title`
            : `plots the conditional figure "${detail}" but says neither "if" nor the source's hedge (may, could, would…): keep the condition in the title`,
  ),
  'stated-forecast': rule(
    'a figure marked `stated` whose every quote that gives it (prints its number or holds its words; every quote where none does) gives it as a forecast or a possibility (will, would, could, may, might, projects, expects, estimates): a forecast is an `estimate`, or `conditional` where the source says on what',
    (word: string, quote: string) =>
      `is marked stated, but every quote that gives it gives it as a forecast or a possibility ("${word}" in "${shown(quote)}"): make it an estimate, or conditional with its condition`,
  ),
  'condition-left-out': rule(
    'a sentence of a scenario cell or a note of what stands today that prints a number its cited passage gives only under an "if" or "unless", with no "if", "unless", "would", "could", "may" or "might" of its own',
    (sentence: string, condition: string) =>
      `"${shown(sentence)}" gives a number its passage gives only under a condition ("${shown(condition)}"): keep the condition`,
  ),
  'modal-dropped': rule(
    'a sentence of a scenario cell or a note of what stands today that restates the clause a cited passage puts under could, may, might or would (most of its words), with no hedge word of its own, an "if" alone not counting ("the CCP has had first access" for "the CCP would have had first access"; "if the allies act now they lock in a lead" for "… it may be possible to lock in a lead")',
    (sentence: string, modal: string) =>
      `"${shown(sentence)}" restates what its passage says "${modal}" of, as a fact: keep the passage's "${modal}"`,
  ),
  'description-condition': rule(
    'a chart\'s description that gives a conditional figure\'s number without an "if" or "unless": search results and link previews show it alone, so "roughly 11 times" would read as a fact',
    (id: string) =>
      `gives the number of the conditional figure "${id}" but no "if" or "unless": say on what it depends, as its condition does`,
  ),
  'hedge-left-out': rule(
    'a chart\'s subtitle, note or description that prints the number of a figure every quote of which hedges it (may, could, would, possible, estimates, projects, expects) and holds no hedge of its own (an "if" keeps the condition, not the hedge): "one study estimates roughly 11 times" is not "roughly 11 times"',
    (id: string, hedge: string) =>
      `prints the number of "${id}", which its quotes hedge ("${shown(hedge)}"), with no hedge of its own: keep the source's word ("may", "could", "estimates")`,
  ),
  'qualifier-left-out': rule(
    'a chart\'s subtitle, note or description that prints a qualified figure\'s number ("roughly 11 times") but never with a qualifier before it that says the same ("about" for "roughly", not "more than"), or a sentence of a scenario cell or a note of what stands today that prints a number its cited passage qualifies without one that says the same',
    (number: string, qualifier: string) =>
      `prints ${number} without the "${qualifier}" its source puts on it: write "${qualifier} ${number}"`,
  ),
  'conditional-as-fact': rule(
    'a chart\'s subtitle that prints a conditional figure\'s number without an "if" or "unless" (it shows under the title in embeds and link previews), or a note that prints it with no condition or hedge ("may", "could", "would", "possible", "a possibility")',
    (id: string) =>
      `prints the number of the conditional figure "${id}" as a fact: say on what it depends ("if …"), or keep the source's hedge`,
  ),
  'firmer-than-quotes': rule(
    "a word of certainty (will, won't, certainly, definitely, guarantees) in a figure's label, short label or short condition, a chart's title, subtitle, note or description, a scenario's cell or a note of what stands today, which none of the quotes it rests on prints",
    (word: string, text: string) =>
      `says "${word}" ("${shown(text)}"), but none of the quotes it rests on does: keep the source's hedge ("may", "could") or its own words`,
  ),
  'value-without-unit': rule(
    'a percentage, multiple or dollar sum (`unit` %, x or USD) that no quote prints with its unit ("94 percent", "11 times", "$2.5 billion"): a value of 1 read from "one study" is no figure the source gives',
    (value: number, unit: string) =>
      `no quote prints ${value} as a ${unit === '%' ? 'percentage ("… percent")' : unit === 'x' ? 'multiple ("… times")' : 'dollar sum ("$…")'}: give the number the source prints with its unit`,
  ),
  'qualifier-not-on-number': rule(
    'a `qualifier` that a quote prints, but on no number of the figure ("about" elsewhere in the sentence, where the number is "roughly 11 times"): the hedge the site prints is the one the source puts on the number',
    (qualifier: string) =>
      `"${shown(qualifier)}" is in a quote, but not before the figure's number in any: give the word the source puts on the number`,
  ),
  'condition-dropped': rule(
    'a figure not marked `conditional` although a quote gives its number under an "if" or "unless" (in the same sentence, before the number): printed as stated or as an estimate, the number would lose the condition it holds under',
    (status: string, condition: string) =>
      `is marked ${status}, but a quote gives its number only under a condition ("${shown(condition)}"): make it conditional, with that condition in \`condition\` and \`shortCondition\``,
  ),
  'stated-allegation': rule(
    'a figure marked `stated` whose every quote that gives it (prints its number or holds its words; every quote where none does) gives it as an accusation (alleges, accuses, charged, indicted): what one party says of another is an `allegation`',
    (word: string, quote: string) =>
      `is marked stated, but every quote that gives it gives it as an accusation ("${word}" in "${shown(quote)}"): make it an allegation`,
  ),
  'condition-not-in-quote': rule(
    'a figure\'s `condition` that none of its quotes holds, word for word (an opening "If" may be lower case): the condition is the source\'s, never ours',
    (condition: string) =>
      `says the figure holds "${shown(condition)}", but none of its quotes has those words: copy the condition from the quote that states it`,
  ),
  'condition-cut-short': rule(
    'a figure\'s `condition` that its quote holds but carries on past (no comma, dash or full stop after it there): "if the US" of "if the US and its allies act now, …" is not the source\'s condition',
    (condition: string, next: string) =>
      `"${shown(condition)}" stops mid-clause: the source goes on "${shown(next)}…". Copy the condition to the comma, dash or full stop that ends it`,
  ),
  'condition-status': rule(
    'a figure with a `condition` whose status is not `conditional`, or the other way round (the schema asks a conditional figure for its condition)',
    (status: string) =>
      `has a condition but its status is ${status}: a figure that holds only on a condition is conditional; make it conditional, or drop the condition`,
  ),
  'label-number': rule(
    "a figure's `label`, `shortLabel` or `shortCondition` that gives a number none of its value, period, date or quotes gives",
    (value: number) =>
      `gives ${value}, which the figure's value, period, date and quotes do not: a label names what the source gives, in its numbers`,
  ),
  'short-condition': rule(
    'a `shortCondition` that does not begin with "if" or "unless" ("as restrictions are strengthened" turns a condition into a fact)',
    (text: string) =>
      `"${shown(text)}" does not begin with "if" or "unless": it is printed as the figure's condition ("Conditional: if …"), so keep it one`,
  ),
  'short-condition-words': rule(
    'a `shortCondition` that opens with another word than its `condition` ("unless" for "if"), or has a word that neither the condition nor the figure\'s quotes give: it is the condition in fewer words, never a new one',
    (text: string, why: string) => `"${shown(text)}" ${why}: shorten the figure's condition, in its own words`,
  ),
  'unit-not-in-quote': rule(
    'a figure counted in days, weeks, months, years or decades whose number (each end of a range) no quote prints with that unit right after it (a lead of 12–24 months turned into years, or into 1–24 months)',
    (unit: string) =>
      `is counted in ${unit}, but no quote prints its number (each end of a range) followed by "${unit.replace(/s$/, '')}": give the number and unit its source gives`,
  ),
  'unit-of-another-number': rule(
    'a count whose `unit` its quote puts right after another of its numbers and after none of the figure\'s own ("24,000 exchanges" from "more than 24,000 fraudulent accounts to generate over 16 million exchanges"): the unit is the other number\'s',
    (unit: string, other: string) =>
      `its quote puts "${unit}" after "${other}", another of its numbers, not after this figure's: the unit is the noun its quote puts after the figure's number`,
  ),
  'date-not-in-quote': rule(
    "a figure's `date` not marked `dateInferred` that its quotes do not print as precisely as the figure gives it (the day and month, and the year, which a quoting source whose own date is not inferred gives by being of that year, or the figure's primary source by being of that date; the month and year; or the year)",
    (date: string, precision: string) =>
      `is dated ${date} (to the ${precision}), but its quotes do not print that ${precision === 'day' ? 'day and month and that year' : precision === 'month' ? 'month and year' : 'year'}: give the date the source prints, or mark it dateInferred with a dateNote saying how it was worked out`,
  ),
  'inferred-day': rule(
    'a date marked `dateInferred` and given to the day (`datePrecision: day`, the default) whose day no quote prints ("Feb. 23") or names ("Thursday", "yesterday"; not where a quote prints another day of that month): we may work out a year or a month, not a day',
    (date: string) =>
      `gives ${date} to the day, but no quote prints that day, or names it ("Thursday", "today") where none prints another day of its month: set datePrecision to month, or quote the words that give the day`,
  ),
  'period-not-in-quote': rule(
    'a figure\'s `period` that gives a year none of its quotes prints, and does not say it is inferred ("last year (2025, inferred)"): a year we worked out reads as the source\'s otherwise',
    (period: string, year: string) =>
      `period "${shown(period)}" gives ${year}, which none of its quotes prints: give the period in the source's words, or say the year is ours ("(${year}, inferred)")`,
  ),
  'chart-description': rule(
    'a chart whose description (the text read in place of the drawing) does not give the number of every figure it plots, in digits or in words: a figure moved to a chart it does not belong to shows up here',
    (figure: string, value: number) =>
      `plots figure "${figure}" (${value}), but its description never gives ${value}: the description is what a screen reader reads instead of the chart, so say each plotted number (or check the figure belongs on this chart)`,
  ),
  'note-reference': rule(
    "a figure's note that names, in parentheses (`(id)`, `(see the disagreement id)`), its own id or a near miss of another figure's or disagreement's id (it would show as a raw id, or link to itself)",
    (named: string, near: string) =>
      near === 'itself'
        ? `names (${named}), the figure itself: a note points to other figures`
        : `names (${named}), which is no figure's or disagreement's id: did you mean ${near}?`,
  ),
  'correction-page': rule(
    "a correction that names a chart's or a source's page under `pages`, where only the site's navigation pages go",
    (path: string, section: string, id: string) =>
      `names ${path}, a ${section === 'charts' ? 'chart' : 'source'}'s page: list it as ${section}: [${id}] (pages holds only the site's navigation pages, such as /scenarios/)`,
  ),
  'scenario-order': rule(
    'scenarios whose `order` is not 1, 2, … once each (the order is printed as "Scenario 1", "Scenario 2")',
    (order: number, count: number) =>
      `is ${order}: scenarios are numbered 1 to ${count}, once each, and the number is printed as "Scenario ${order}"`,
  ),
  'commentary-source': rule(
    "a commentary note that cites no article (only primary sources): a note is an article's view, shown under the article's name",
    () =>
      "cites no article: a commentary note is an article's view, so it quotes that article (and the paper if it answers it)",
  ),
  'scenario-swap': rule(
    'a scenario cell citing a passage that names another scenario by its number ("In the second scenario" under Scenario 1): the cell is filed under the wrong scenario, or the scenarios\' `order` is swapped',
    (named: number, order: number) =>
      `cites a passage about scenario ${named}, under scenario ${order}: move the cell to scenario ${named}, or check both scenarios' order`,
  ),
  'primary-cite': rule(
    "a scenario cell or a note of what stands today that cites an article: both are the paper's (or another primary source's) account, and an article's view of a row belongs in a commentary note",
    (source: string, kind: string) =>
      `cites "${source}", a ${kind} source: the scenarios and what stands today are the primary sources' account, so cite the paper; put an article's view of this row in a commentary note`,
  ),
  'future-date': rule(
    "a date after the day of the build (a day's grace for time zones): a source's `published` or a correction's `date`",
    (date: string, latest: string) =>
      `is ${date}, after ${latest}, the latest date today allows: a source's date is one it gives or one worked out from it, and a correction is dated the day it is made`,
  ),
  'repeated-entry': rule(
    "a list that names the same thing twice: a chart's figures or sources, a figure's mentions, a disagreement's sides or figures, a source's claims, a scenario cell's or a today note's citations or charts",
    (first: string) => `repeats ${first}: list each once`,
  ),
  'value-not-in-quote': rule(
    'a figure\'s number that none of its quotes prints, in digits ("24,000", "12-24", "16 million") or in words ("ten", "none"), unless the figure gives it in `qualitative` words',
    (value: number, printed: number[]) =>
      `is ${value}, but none of its quotes prints that number (they print: ${printed.join(', ') || 'no number'}): copy the number the source gives`,
  ),
  'mention-without-number': rule(
    'a mention of a figure with a number (not given in words) from a source none of whose quotes prints that number: a source quoted saying something else would count as a second source, lifting the single-source flag, and be credited for a figure it does not give',
    (source: string, values: number[]) =>
      `quotes ${source}, but none of its quotes prints ${values.join(' or ')}: a source carries a figure by giving its number`,
  ),
  'number-read-twice': rule(
    'two figures that read the same number from one quote that prints it once ("only 3 out of 13 top Chinese AI labs" read as 13 labs that published and 13 top labs): one of them is misread',
    (value: number, other: string) =>
      `reads ${value} from a quote that prints it once, as "${other}" does too: one of the two is misread (check which number of the quote each figure is)`,
  ),
  'qualitative-words': rule(
    'a figure\'s `qualitative` wording with a word none of its quotes gives in any form (reworded for grammar at most: "fixed" for "fix"), or cut from a quote right after a hedge ("several months" of "at least several months"): the chart prints these words as the source\'s',
    (what: 'new' | 'hedge', detail: string) =>
      what === 'new'
        ? `has words none of its quotes gives (${detail}): a figure in words keeps its source's words`
        : `leaves out the "${detail}" its quote puts before these words: keep it`,
  ),
  'qualifier-not-in-quote': rule(
    'a figure whose `qualifier` none of its quotes says',
    (qualifier: string) =>
      `says "${qualifier}", but none of its quotes does: a qualifier is the source's hedge, copied from the quote`,
  ),
  'chart-source': rule(
    'a chart naming a source that carries none of its figures',
    (id: string) => `source "${id}" carries none of this chart's figures`,
  ),
  'chart-credit': rule(
    'a chart that plots a figure none of whose quoting sources the chart names under `sources` (its primary alone is not enough: we may hold none of its words): the source line would not credit what the chart rests on',
    (figure: string, its: string[]) =>
      `plots figure "${figure}", but names none of the sources that quote it (${list(its)}) under sources: add one, so the chart's source line credits it`,
  ),
  'chart-figure': rule(
    'a figure a chart form cannot draw: a bar needs one finite number of at least 0, a timeline a date and a place after every event dated earlier (events are listed earliest first), a lead window one range and two qualitative figures, one of them (the other scenario) of 2028',
    (reason: string) => reason,
  ),
  'chart-scene': rule(
    'a chart whose drawing, table, source line or text links cannot be computed from its figures',
    (reason: string) => `cannot be drawn: ${shown(reason, 300)}`,
  ),
  'today-in-scenario': rule(
    'a scenario cell that quotes a passage carrying a figure of today (one with a `date`, or a `period` that is not 2028), or lists a chart that plots no figure of 2028: what stands today goes in content/today/, beside both scenarios',
    (what: 'quotes' | 'shows chart', id: string) =>
      what === 'quotes'
        ? `quotes the passage of figure "${id}", which describes today, not 2028: move the passage and the words it supports to content/today/<row>.yaml`
        : `shows chart "${id}", which plots no figure of 2028: list it in content/today/<row>.yaml instead`,
  ),
  'scenario-in-today': rule(
    "a note of what stands today that quotes a passage carrying only a figure of 2028, or lists a chart that plots only figures of 2028: what the paper says of 2028 is a scenario's, not today's",
    (what: 'quotes' | 'shows chart', id: string) =>
      what === 'quotes'
        ? `quotes the passage of figure "${id}", which the paper gives for 2028, not today: a 2028 outcome set down as today's fact; move it to the scenario it belongs to`
        : `shows chart "${id}", which plots only figures of 2028: list it in a scenario's cell instead`,
  ),
  'number-not-cited': rule(
    'a number in the text of a scenario cell or a note of what stands today that none of the passages it cites prints (in digits, with a scale, or in words)',
    (value: number, printed: number[]) =>
      `gives ${value}, but none of the passages it cites prints that number${printed.length ? ` (they print: ${printed.join(', ')})` : ''}: cite the passage that gives it, or leave the number out`,
  ),
  'summary-number': rule(
    "a number in digits in a source's summary, description or title note that its own archived text, a source it cites (`<Cite>`), the articles reporting a primary source's figures, or a source title or date does not print (a number in words is left alone: it is most often our count of what an article holds)",
    (written: string, context: string) =>
      `prints ${written} ("${shown(context)}"), a number neither this source's text, nor a source its summary cites, nor a source title or date gives: check it against the article, cite the source that gives it (<Cite source="…" quote="…" />), or leave it out`,
  ),
  'reported-before-published': rule(
    'an article that reports on a primary source (it quotes a figure traced to it) dated before that source was published: one of the two dates is wrong',
    (date: string, primary: string, primaryDate: string) =>
      `is ${date}, before ${primary} was published (${primaryDate}), yet the article reports on it: check both dates`,
  ),
  'mdx-code': rule(
    "a source body that is empty, imports or exports, holds a `{expression}`, raw HTML, an element other than the site's own components, a `<Cite>` without both `source` and `quote` (or with another attribute), a Markdown block quotation, heading, image, footnote or link (a bare `www.…` address too, which GitHub-flavoured Markdown prints as a link), or is not valid MDX (the line is given)",
    (line: number, reason: string) => `line ${line}: ${reason}`,
  ),
};

export type RuleName = keyof typeof rules;

/** The list for content/README.md's "What the build refuses". */
export function rulesMarkdown(): string {
  return Object.entries(rules)
    .map(([name, { description }]) => `- \`${name}\`: ${description}.`)
    .join('\n');
}
