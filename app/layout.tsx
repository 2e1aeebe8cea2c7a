import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DEFAULT_TITLE, SITE_NAME, SITE_TAGLINE, THEME_COLOR, TITLE_TEMPLATE } from '@/lib/site-settings';
import { siteUrl } from '@/lib/site-url';
import '@/styles/site.css';

// A function, not a constant: the site's address (metadataBase) is read at run time, not baked in at build.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(`${siteUrl()}/`),
    title: { default: DEFAULT_TITLE, template: TITLE_TEMPLATE },
    description: SITE_TAGLINE,
    applicationName: SITE_NAME,
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: THEME_COLOR };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
