import type { APIRoute } from 'astro';
import { site } from '../config/site';
import { icons, themeColor } from '../sharing/site-icons';

export const GET: APIRoute = () =>
  Response.json({
    name: site.name,
    short_name: site.name,
    lang: site.defaultLocale,
    start_url: '/',
    display: 'minimal-ui',
    background_color: '#fdfcf8',
    theme_color: themeColor,
    icons: [
      { src: icons.favicon.path, sizes: 'any', type: icons.favicon.type },
      { src: icons.appleTouch.path, sizes: '180x180', type: icons.appleTouch.type },
      { src: icons.large.path, sizes: '512x512', type: icons.large.type },
    ],
  });
