import { loadAndCheckContent, allProse } from '/work/main/src/content/check-content.ts';
import { numbersInText } from '/work/main/src/content/numbers-in-text.ts';
import { foldWhitespace } from '/work/main/src/content/fold-whitespace.ts';
const { content } = loadAndCheckContent('/work/main/content');
const given = new Set<number>();
for (const t of content.archive.values()) for (const n of numbersInText(foldWhitespace(String(t)))) given.add(n.value);
for (const s of content.sources) { for (const n of numbersInText(s.data.title)) given.add(n.value); if (s.data.published) { given.add(+s.data.published.slice(0,4)); given.add(+s.data.published.slice(8,10)); } }
for (const p of allProse(content)) {
  if (/dateNote$/.test(p.field)) continue;
  const text = foldWhitespace(p.text);
  for (const n of numbersInText(text)) if (/\d/.test(text[n.index]!) && !given.has(n.value)) console.log(p.file, p.field, n.value, JSON.stringify(text.slice(Math.max(0,n.index-50), n.index+30)));
}
