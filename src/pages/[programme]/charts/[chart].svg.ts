/** Each chart as a standalone, downloadable SVG file, built by the same call as the inline figure. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartInputs, loadContent } from '../../../data/content.ts';
import { buildChart, type ChartName } from '../../../lib/charts/charts-catalogue.ts';
import { staticPaths } from '../../../lib/site/routes.ts';

export const getStaticPaths = (async () => staticPaths('chart', await loadContent())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chart = buildChart(params.chart as ChartName, await chartInputs(params.programme!));
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
