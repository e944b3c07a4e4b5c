import { t } from '../../../i18n/index.ts';
import { collectCitations, paragraphTexts } from '../citations.ts';
import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problems.ts';

/** A field whose schema says it holds the source's own words, by its dotted path in the entry. */
interface WordedField {
  path: string;
  value: string;
}

/**
 * The fields that hold the source's words (their schemas say 按原文 or 原文措辞), per entry: a
 * project's name (unless it is this site's title), aliases, description, exit note and units; an
 * oversight mechanism's name, purpose, parts and actor. Titles this site gives milestones and
 * standards are its own, and are not listed.
 */
const WORDED = {
  projects: (p: ContentSet['projects'][number]): WordedField[] => [
    ...(p.nameOrigin === 'source' ? [{ path: 'name', value: p.name }] : []),
    ...p.aliases.map((a, i) => ({ path: `aliases.${i}.name`, value: a.name })),
    ...(p.description === null ? [] : [{ path: 'description', value: p.description }]),
    ...(p.exitNote === null ? [] : [{ path: 'exitNote', value: p.exitNote }]),
    ...p.units.map((u, i) => ({ path: `units.${i}.name`, value: u.name })),
  ],
  oversight: (o: ContentSet['oversight'][number]): WordedField[] => [
    { path: 'name', value: o.name },
    ...(o.purpose === null ? [] : [{ path: 'purpose', value: o.purpose }]),
    ...o.components.map((c, i) => ({ path: `components.${i}`, value: c })),
    ...(o.actor === null ? [] : [{ path: 'actor', value: o.actor }]),
  ],
};

/** Sentence-ending punctuation an editor may add or drop at the end of a field copied from the middle of a sentence. */
const END_PUNCTUATION = /[。；，;,.]$/;

/**
 * Reports fields said to hold the source's words that are not word for word in any paragraph the
 * entry cites: a shortened or reworded sentence would be published as the notice's own words.
 * Only the end punctuation may differ. Citations of a missing paragraph are reported by the
 * citation check, and their entry's fields are not checked against it.
 */
export function checkSourceWords(c: ContentSet): Problem[] {
  const paragraphText = paragraphTexts(c.sources);
  const problems: Problem[] = [];
  const check = (entry: { id: string; file: string }, fields: readonly WordedField[]) => {
    if (fields.length === 0) return;
    const cited = collectCitations(entry).map(({ citation }) => paragraphText(citation));
    if (cited.some((text) => text === undefined)) return;
    for (const { path, value } of fields) {
      const words = value.replace(END_PUNCTUATION, '');
      if (cited.some((text) => text!.includes(words))) continue;
      problems.push({ file: entry.file, entry: entry.id, field: path, message: t('check.sourceWords.notVerbatim', { value }) });
    }
  };
  for (const p of c.projects) check(p, WORDED.projects(p));
  for (const o of c.oversight) check(o, WORDED.oversight(o));
  return problems;
}
