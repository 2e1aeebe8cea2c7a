/**
 * The site as publisher, for structured data and feeds: its name, home and logo as « Réglages du
 * site » set them (lib/site-settings.ts). Without a logo of the newsroom's, the site's icon stands in
 * (app/icon.svg, which Next serves at /icon.svg), so every story names a publisher's logo.
 */
import { logoUrl } from '../media/urls';
import { siteIdentity } from '../site-settings';
import { absoluteUrl } from '../site-url';
import type { TPublisher } from './json-ld';

export function sitePublisher(): TPublisher {
  const { name, logo } = siteIdentity();
  return {
    name,
    url: absoluteUrl('/'),
    logo: logo ? { url: absoluteUrl(logoUrl(logo)), width: logo.width, height: logo.height } : { url: absoluteUrl('/icon.svg') },
  };
}
