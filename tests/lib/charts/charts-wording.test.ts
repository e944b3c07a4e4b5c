/** A programme's charts are drawn in its own terms: every text inside the SVG, not only the caption. */
import { expect, it } from 'vitest';
import { buildChart } from '../../../src/lib/charts/charts-catalogue.ts';
import { indexProgramme } from '../../../src/lib/programme/programme-index.ts';
import { fixtureProgramme, fixtureProject } from '../../support/records.ts';

it('draws the decided-vs-carried-out funnel with the programme’s own self-reference', () => {
  const programme = fixtureProgramme({ terms: { programmeKind: '民生实事', localArea: '本县' } });
  const index = indexProgramme(programme, [fixtureProject('a', { level: 'district', standing: 'implemented' })], []);
  const { svg } = buildChart('funnel', { index, milestones: [], oversight: [] });
  expect(svg).toContain('本县');
  expect(svg).not.toContain('本区');
});
