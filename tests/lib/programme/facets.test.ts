import { expect, it } from 'vitest';
import { facetValues, matchesFacet } from '../../../src/lib/programme/facets.ts';
import { readContent } from '../../../src/io/read-content.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { exampleDir, LUYANG_EXAMPLE } from '../../support/example-content.ts';

const { content } = validateContent(readContent(exampleDir(LUYANG_EXAMPLE)));

it('offers only the facet values that occur, with the notice’s counts', () => {
  const values = Object.fromEntries(facetValues(content.projects).map((f) => [`${f.kind}:${f.value}`, f.count]));
  expect(values).toEqual({
    'level:provincial': 30,
    'level:municipal': 9,
    'level:district': 8,
    'standing:new': 5,
    'standing:continued': 22,
    'standing:formed-by-merger': 2,
    'standing:implemented': 8,
    'standing:withdrawn': 1,
    'standing:adjusted-out': 2,
    'standing:merged-away': 7,
    'change:raised': 5,
  });
});

it('matches a project by each of its facet values', () => {
  const raised = content.projects
    .filter((p) => matchesFacet(p, 'change', 'raised'))
    .map((p) => p.id)
    .sort();
  expect(raised).toEqual(['compulsory-education-funding', 'employment-support', 'public-health-maternal-family-planning', 'resident-medical-insurance', 'student-financial-aid']);
});
