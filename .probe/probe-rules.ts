import { loadAndCheckContent } from '/work/main/src/content/check-content.ts';
import { numbersInText } from '/work/main/src/content/numbers-in-text.ts';
import { foldWhitespace } from '/work/main/src/content/fold-whitespace.ts';
const { content, errors } = loadAndCheckContent('/work/main/content');
console.log('errors', errors.length);
const archiveOf = (id: string) => { const s = content.sources.find((e) => e.data.id === id)!.data; const a = s.archive ?? content.sources.find((e) => e.data.id === s.archiveVia)?.data.archive; return a ? foldWhitespace((content.archive.get(a) ?? []).toString()) : undefined; };
const prim = content.sources.filter((e) => e.data.kind === 'primary').map((e) => archiveOf(e.data.id)).filter(Boolean) as string[];
const all = [...content.archive.values()].map((t) => foldWhitespace(String(t)));
for (const { file, data, body } of content.sources) {
  const own = archiveOf(data.id);
  const texts = own ? [own, ...prim] : all;
  const given = new Set(texts.flatMap((t) => numbersInText(t).map((n) => n.value)));
  for (const n of numbersInText(data.title)) given.add(n.value);
  if (data.published) given.add(Number(data.published.slice(0, 4)));
  const prose = (body ?? '').replace(/<\/?[A-Z][\w.]*(?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'))?)*\s*\/?>/g, ' ');
  for (const [field, text] of [['body', prose], ['description', data.description], ['dateNote', data.dateNote ?? ''], ['titleNote', (data as any).titleNote ?? '']] as const) {
    for (const n of numbersInText(foldWhitespace(text))) if (!given.has(n.value)) console.log('SUMMARY', file, field, n.value, JSON.stringify(text.slice(Math.max(0, n.index - 40), n.index + 30)));
  }
}
const byId = new Map(content.sources.map((e) => [e.data.id, e.data]));
const paperIds = new Set(content.sources.filter((e) => e.data.kind === 'primary').map((e) => e.data.id));
for (const { data: f, file } of content.figures) {
  if (f.primary && (byId.get(f.primary)?.archive || byId.get(f.primary)?.archiveVia) && !f.mentions.some((m) => m.source === f.primary)) console.log('PRIMARY-UNQUOTED', file, f.primary);
  if (f.status === 'stated' && f.mentions.every((m) => /\balleg|\baccus/i.test(m.quote))) console.log('STATED-ALLEGATION', file);
  if (f.status === 'stated') for (const m of f.mentions) if (/\balleg|\baccus|\bunlawful|\billicit/i.test(m.quote)) console.log('  stated with alleg word', file, m.quote.slice(0,100));
}
for (const { data: c, file } of content.charts) {
  for (const id of c.figures) { const f = content.figures.find((e) => e.data.id === id)?.data; if (!f) continue;
    const srcs = [f.primary, ...f.mentions.map((m) => m.source)].filter(Boolean);
    if (!srcs.some((s) => c.sources.includes(s!))) console.log('CHART-UNCREDITED', file, id, srcs); }
}
for (const { data: s, file } of content.sources) {
  for (const p of paperIds) {
    const reports = content.figures.some((f) => f.data.primary === p && f.data.mentions.some((m) => m.source === s.id));
    const pp = byId.get(p)!;
    if (reports && s.kind !== 'primary' && s.published && pp.published && s.published < pp.published) console.log('BEFORE', file, s.published, p, pp.published);
  }
}
