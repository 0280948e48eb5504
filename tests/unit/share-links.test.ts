import { describe, expect, it } from 'vitest';
import { shareLinks, shareServices } from '../../src/sharing/share-links';

const url = 'https://opinion.example.kz/opinion/a-b/';
const title = 'Қазақстан: what’s next? 50% & more #1';
const links = Object.fromEntries(shareLinks({ url, title }).map((link) => [link.service, link.href]));

describe('shareLinks', () => {
  it('gives one link per service, in order', () => {
    expect(shareLinks({ url, title }).map((link) => link.service)).toEqual([...shareServices]);
  });

  it('builds each service’s documented share URL', () => {
    expect(links.telegram).toMatch(/^https:\/\/t\.me\/share\/url\?url=/);
    expect(links.whatsapp).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(links.x).toMatch(/^https:\/\/x\.com\/intent\/post\?url=/);
    expect(links.facebook).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`);
    expect(links.linkedin).toBe(
      `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`,
    );
  });

  it('round-trips URL and text through the query string', () => {
    const telegram = new URL(links.telegram!);
    expect(telegram.searchParams.get('url')).toBe(url);
    expect(telegram.searchParams.get('text')).toBe(title);
    const x = new URL(links.x!);
    expect(x.searchParams.get('url')).toBe(url);
    expect(x.searchParams.get('text')).toBe(title);
    expect(new URL(links.whatsapp!).searchParams.get('text')).toBe(`${title} ${url}`);
  });

  it('encodes characters that would break the query: & # % and spaces', () => {
    expect(links.x).not.toContain(' ');
    expect(links.x).toContain('%26');
    expect(links.x).toContain('%23');
    expect(links.x).toContain('%25');
  });

  it('writes spaces in mailto: as %20, which mail clients decode', () => {
    expect(links.email).toMatch(/^mailto:\?subject=/);
    expect(links.email).not.toContain('+');
    const subject = /subject=([^&]*)/.exec(links.email!)![1]!;
    expect(decodeURIComponent(subject)).toBe(title);
    const body = /body=([^&]*)/.exec(links.email!)![1]!;
    expect(decodeURIComponent(body)).toContain(url);
  });
});
