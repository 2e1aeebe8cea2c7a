import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { loadSiteIdentity } from '@/lib/data/site-identity';
import { defaultTitle, THEME_COLOR } from '@/lib/site-settings';
import { siteUrl } from '@/lib/site-url';
import '@/styles/site.css';

// A function, not a constant: the site's address (metadataBase) is read at run time, not baked in at build.
export async function generateMetadata(): Promise<Metadata> {
  // The identity as « Réglages du site » set it (also puts its time zone in force for the newsroom's dates).
  const identity = await loadSiteIdentity().catch(() => null);
  return {
    metadataBase: new URL(`${siteUrl()}/`),
    title: { default: defaultTitle(), template: `%s — ${identity?.name ?? 'Dakarinfo'}` },
    description: identity?.tagline,
    applicationName: identity?.name,
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
