/** /feed.xml: Atom feed of programmes and corrections. */
import type { APIRoute } from 'astro';
import { loadOpenData } from '../data/open-data.ts';
import { atomFeed } from '../lib/open-data/feed.ts';

export const GET: APIRoute = async () => {
  const { context } = await loadOpenData();
  return new Response(atomFeed(context), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
