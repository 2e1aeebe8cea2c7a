import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE_NAME, SITE_TAGLINE } from '@/components/site/SiteHeader';
import { siteUrl } from '@/lib/site-url';
import './globals.css';

// A function, not a constant: the site's address (metadataBase) is read at run time, not baked in at build.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(`${siteUrl()}/`),
    title: { default: `${SITE_NAME} — Manchettes, politique, culture`, template: `%s — ${SITE_NAME}` },
    description: SITE_TAGLINE,
    applicationName: SITE_NAME,
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#9f1820' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
