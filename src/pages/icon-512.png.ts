import type { APIRoute } from 'astro';
import { icons, renderIconPng } from '../sharing/site-icons';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderIconPng(icons.large.size)), {
    headers: { 'Content-Type': icons.large.type },
  });
