/** Each chart as a standalone, downloadable SVG file, built by the same call as the inline figure. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartInputs } from '../../../data/content.ts';
import { keyedStaticPaths } from '../../../data/page-keys.ts';
import { buildChart, type ChartName } from '../../../lib/charts/charts-catalogue.ts';

export const getStaticPaths = (async () => keyedStaticPaths('chart')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chart = buildChart(params.chart as ChartName, await chartInputs(params.programme!));
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${chart.svg}\n`, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
