/** Every file under /data/ (CSV, JSON, JSON Schema, datapackage.json, catalog.jsonld), from src/data/open-data.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadOpenData } from '../../data/open-data.ts';

export const getStaticPaths = (async () => {
  const { files } = await loadOpenData(import.meta.env.SITE, import.meta.env.BASE_URL);
  return files.map((f) => ({ params: { file: f.path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { byPath } = await loadOpenData(import.meta.env.SITE, import.meta.env.BASE_URL);
  const file = byPath.get(params.file ?? '');
  if (!file) return new Response(null, { status: 404 });
  return new Response(file.bytes, { headers: { 'Content-Type': file.mediaType } });
};
