import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE_NAME, SITE_TAGLINE } from '@/components/site/SiteHeader';
import './globals.css';

export const metadata: Metadata = {
  title: { default: `${SITE_NAME} — Manchettes, politique, culture`, template: `%s — ${SITE_NAME}` },
  description: SITE_TAGLINE,
  applicationName: SITE_NAME,
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#9f1820' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>{children}</body>
    </html>
  );
}
