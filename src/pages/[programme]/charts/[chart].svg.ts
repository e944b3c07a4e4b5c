/** Each chart as a standalone, downloadable SVG file, built by the same call as the inline figure. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartInputs, loadIndexes } from '../../../data/content.ts';
import { buildChart, CHART_NAMES, type ChartName } from '../../../lib/charts/charts-catalogue.ts';

export const getStaticPaths = (async () => {
  const indexes = await loadIndexes();
  return [...indexes.keys()].flatMap((programme) => CHART_NAMES.map((chart) => ({ params: { programme, chart } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chart = buildChart(params.chart as ChartName, await chartInputs(params.programme!));
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
