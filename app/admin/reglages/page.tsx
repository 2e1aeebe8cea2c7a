import type { Metadata } from 'next';
import { SiteSettingsForm } from '@/components/admin/SiteSettingsForm';
import { requirePageUser } from '@/lib/auth/session';
import { getSiteIdentity } from '@/lib/data/site-identity';
import { fallbackWidth, imageUrl, logoUrl } from '@/lib/media/urls';
import '../_styles/settings.css';

export const metadata: Metadata = { title: 'Réglages du site' };

/** The time zones offered: every one this runtime knows, the site's first. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['Europe/Paris'];
  return [current, ...known.filter((zone) => zone !== current)];
}

/** « Réglages du site » (admins): the identity every readers' page, feed and search engine gets. */
export default async function SiteSettingsPage() {
  await requirePageUser('/admin/reglages', ['ADMIN']);
  const identity = await getSiteIdentity();
  return (
    <>
      <h1>Réglages du site</h1>
      <p className="field-hint">
        Le nom, la devise, le logo et les mentions légales de toutes les pages du site. Chaque enregistrement est inscrit au journal et
        s’applique partout en moins d’une seconde.
      </p>
      <SiteSettingsForm
        timeZones={timeZones(identity.timeZone)}
        values={{
          name: identity.name,
          tagline: identity.tagline,
          publicUrl: identity.publicUrl ?? '',
          timeZone: identity.timeZone,
          legalPublisher: identity.legal.publisher,
          legalDirector: identity.legal.director,
          legalHost: identity.legal.host,
          socialImageAlt: identity.socialImage?.alt ?? '',
          logo: identity.logo ? { src: logoUrl(identity.logo), width: identity.logo.width, height: identity.logo.height } : null,
          socialImage: identity.socialImage
            ? {
                src: imageUrl(identity.socialImage.id, fallbackWidth(identity.socialImage, 400)),
                width: identity.socialImage.width,
                height: identity.socialImage.height,
              }
            : null,
        }}
      />
    </>
  );
}
