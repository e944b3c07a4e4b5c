import { t } from '../../../i18n/index.ts';
import { collectCitations } from '../citations.ts';
import { programmeOf, typesChecked } from '../../../schemas/record-types.ts';
import { entriesOf, type ContentSet, type SourceDocument } from '../content-set.ts';
import type { Problem } from '../problems.ts';
import { describeDifferences, locateQuote } from '../quote-match.ts';

/** Why a quote is not in its paragraph, naming the paragraph that holds it, or the nearest one and what differs. */
function quoteNotFound(citation: { source: string; paragraph: string; quote: string }, source: SourceDocument): string {
  const { source: id, paragraph } = citation;
  const found = locateQuote(citation.quote, source.paragraphs, paragraph);
  if (!found) return t('check.citations.quoteNotFound', { source: id, paragraph });
  if (!found.differences.length) return t('check.citations.quoteElsewhere', { source: id, paragraph, found: found.paragraph });
  return t('check.citations.quoteNear', { source: id, paragraph, found: found.paragraph, passage: found.passage, ...describeDifferences(found.differences) });
}

/**
 * Checks that every citation points at an existing paragraph of an existing source and that its
 * quote appears there word for word: a fact whose words are not in the source is not cited.
 * A programme's records cite its own notice (`programme.source`) only: its pages link every
 * citation to a paragraph of that notice's page, so a citation of another document would send
 * readers to the wrong paragraph.
 * Citations of a source whose file failed its own check (`unreadableSources`) are not checked:
 * that file's problem is reported already; nor is the notice of a programme whose file failed
 * (`unreadableProgrammes`).
 */
export function checkCitations(c: ContentSet, unreadableSources: ReadonlySet<string> = new Set(), unreadableProgrammes: ReadonlySet<string> = new Set()): Problem[] {
  const sources = new Map<string, SourceDocument>(c.sources.map((s) => [s.id, s]));
  const notices = new Map(c.programmes.map((p) => [p.id, p.source]));
  const records = typesChecked('citations').flatMap(([name]) =>
    (entriesOf(c, name) as { id: string; file: string }[]).map((record) => ({ record, programme: programmeOf(name, record) })),
  );
  const problems: Problem[] = [];
  for (const { record, programme } of records) {
    // A programme that is missing or unreadable is reported by its own check.
    const notice = programme === null || unreadableProgrammes.has(programme) ? undefined : notices.get(programme);
    for (const { path, citation } of collectCitations(record)) {
      const source = sources.get(citation.source);
      const base = { file: record.file, entry: record.id };
      if (!source) {
        if (unreadableSources.has(citation.source)) continue;
        problems.push({ ...base, field: `${path}.source`, message: t('check.citations.noSource', { source: citation.source }) });
        continue;
      }
      if (notice !== undefined && programme !== null && citation.source !== notice) {
        problems.push({ ...base, field: `${path}.source`, message: t('check.citations.otherSource', { source: citation.source, programme, notice }) });
        continue;
      }
      const paragraph = source.paragraphs.find((p) => p.id === citation.paragraph);
      if (!paragraph) {
        problems.push({ ...base, field: `${path}.paragraph`, message: t('check.citations.noParagraph', { source: citation.source, paragraph: citation.paragraph }) });
      } else if (!paragraph.text.includes(citation.quote)) {
        problems.push({ ...base, field: `${path}.quote`, message: quoteNotFound(citation, source) });
      }
    }
  }
  return problems;
}
