/** /og/site.png: the social image of every page that is not an article. */
import type { APIRoute } from 'astro';
import { ogImageResponse, siteOgInput } from '../../data/og-images';

export const GET: APIRoute = () => ogImageResponse(siteOgInput);
