import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../routing/published';
import { opinionPath } from '../routing/urls';
import {
  redirectFiles,
  renderNginxRedirects,
  renderRedirectsFile,
  type AddressRules,
} from '../deploy/redirects';

/** `_redirects` and the nginx rules for old and withdrawn addresses, from this build's site data. */
export const getStaticPaths = (async () => {
  const { moved, withdrawn } = await getSiteData();
  const rules: AddressRules = {
    moved: moved.map(({ from, to }) => ({ from: opinionPath(from), to: opinionPath(to.opinion.id) })),
    gone: withdrawn.flatMap(({ slugs }) => slugs.map(opinionPath)),
  };
  return [
    { params: { hostFile: redirectFiles.netlify }, props: { text: renderRedirectsFile(rules) } },
    { params: { hostFile: redirectFiles.nginx }, props: { text: renderNginxRedirects(rules) } },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: string }> = ({ props }) =>
  new Response(props.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
