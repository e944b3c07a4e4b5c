/**
 * Every string a reader sees comes from the wording module (src/i18n): a Chinese string literal,
 * template text or markup text anywhere else in the code fails this test. Comments and regular
 * expressions are not text a reader sees, so they are not counted.
 */
import { readFileSync } from 'node:fs';
import { convertToTsx } from '@astrojs/astro2tsx';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../scripts/lib/files.ts';

const root = new URL('../..', import.meta.url).pathname;
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/**
 * Code that holds Chinese which is not wording, each with the reason. Nothing else may.
 */
const NOT_WORDING: Readonly<Record<string, string>> = {
  'scripts/lib/synthetic-content.ts': 'generates synthetic content for benchmarks (test data, not site text)',
  'scripts/lib/bench/plan.ts': 'names the synthetic programmes and the words the benchmark searches them for (test data, not site text)',
  'scripts/lib/bench/report.ts': 'writes the benchmark report (developer documentation in English) that quotes the words searched for',
  'src/lib/import/notice-draft.ts': 'reads the words of a notice (the verbs, units and punctuation it drafts from) and keeps them as the notice has them (data, not site text)',
};

/** The Chinese literals of a TypeScript or TSX source, with their line numbers. */
function chineseLiterals(code: string, fileName: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node);
    const isModuleName = ts.isStringLiteral(node) && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent));
    if (literal && !isModuleName && HAN.test(node.text)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text.trim().slice(0, 40) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Chinese literals of one code file (TypeScript, JavaScript or an Astro component). */
function literalsOf(file: string): { line: number; text: string }[] {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return chineseLiterals(text, file);
  // Astro's own converter (the one `astro check` uses) turns the component into TSX: front matter,
  // markup and expressions, with HTML comments dropped. Its line numbers are close enough to find the text.
  return chineseLiterals(convertToTsx(text, { filename: file }).code, `${file}.tsx`);
}

const codeFiles = [...filesUnder(`${root}src`).map((f) => `src/${f}`), ...filesUnder(`${root}scripts`).map((f) => `scripts/${f}`), 'astro.config.mjs']
  .filter((f) => /\.(ts|mts|mjs|astro)$/.test(f))
  .filter((f) => !f.startsWith('src/i18n/'))
  .sort();

describe('wording lives in src/i18n', () => {
  it('finds code files to check', () => {
    expect(codeFiles.length).toBeGreaterThan(50);
  });

  it('no other code file holds a Chinese string literal or markup text', () => {
    const offenders = codeFiles.filter((f) => !(f in NOT_WORDING)).flatMap((f) => literalsOf(`${root}${f}`).map((l) => `${f}:${l.line} ${l.text}`));
    expect(offenders).toEqual([]);
  });

  it('excepts only files that exist and still hold Chinese text', () => {
    expect(Object.keys(NOT_WORDING).filter((f) => !codeFiles.includes(f) || literalsOf(`${root}${f}`).length === 0)).toEqual([]);
  });

  it('catches Chinese in a string, a template and markup, but not in a comment or a regular expression', () => {
    const sample = "// 注释\nconst a = '项目';\nconst b = `共${n}项`;\nconst r = /^一、/;\nconst j = <p>原文</p>;\n";
    expect([...new Set(chineseLiterals(sample, 'sample.tsx').map((l) => l.line))]).toEqual([2, 3, 5]);
  });
});
