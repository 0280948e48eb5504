import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import DisclaimerBanner from '../components/DisclaimerBanner.astro';
import PullQuote from '../components/PullQuote.astro';
import Corrections from '../components/Corrections.astro';
import { opinionComponents } from '../components/opinion-components';
import { absolutizeLinks, dropVisuallyHidden } from './absolute-links';
import type { Opinion } from '../routing/published';
import { absoluteUrl, opinionPath } from '../routing/urls';
import { getSiteData } from '../routing/published';

let container: AstroContainer | undefined;
/** Each op-ed is rendered once per build, though it appears in several feeds. */
const rendered = new Map<string, Promise<string>>();

/**
 * The whole op-ed as HTML for feeds, in page order: disclaimer, pull quote,
 * body, corrections. Rendered with the page's own components, so points, subheads and the
 * disclaimer's wording are the page's; links are made absolute.
 */
export function renderOpinionHtml(opinion: Opinion): Promise<string> {
  // The digest changes with every edit, so `npm run dev` never shows a stale item.
  const key = `${opinion.id}:${opinion.digest}`;
  let html = rendered.get(key);
  if (!html) {
    html = renderUncached(opinion);
    rendered.set(key, html);
  }
  return html;
}

async function renderUncached(opinion: Opinion): Promise<string> {
  container ??= await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const { lang, pullQuote, corrections } = opinion.data;
  const { Content } = await render(opinion);
  const parts = [
    await container.renderToString(DisclaimerBanner, { props: { lang, policy: await opinionPolicy(lang) } }),
    pullQuote ? await container.renderToString(PullQuote, { props: { text: pullQuote } }) : '',
    await container.renderToString(Content, { props: { components: opinionComponents } }),
    await container.renderToString(Corrections, { props: { corrections, lang } }),
  ];
  return absolutizeLinks(dropVisuallyHidden(parts.join('\n')), absoluteUrl(opinionPath(opinion.id)));
}

/** The Opinion-section policy the disclaimer links to, as on the page. */
async function opinionPolicy(lang: Opinion['data']['lang']) {
  return (await getSiteData()).standardsLinks[lang].find((link) => link.page === 'opinion-policy');
}
