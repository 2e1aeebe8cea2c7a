import { Breadcrumb } from '../../../components/site/Breadcrumb';
import { applyFrenchTypography } from '../../french/typography';
import { siteIdentity } from '../../site-settings';
import { head, type TReaderPage } from '../page';

const TITLE = 'Mentions légales';

/** A block of the « mentions légales », one line per line typed in « Réglages du site ». */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <p>
      {lines.map((line, index) => (
        <span key={index}>
          {applyFrenchTypography(line)}
          {index < lines.length - 1 ? <br /> : null}
        </span>
      ))}
    </p>
  );
}

/**
 * « Mentions légales »: who publishes the site, who directs the publication, who hosts it (the law
 * of 21 June 2004 for confidence in the digital economy, art. 6), as the admins set them in
 * « Réglages du site ». Every page links to it from its footer; a change purges it with every page.
 */
export const legalPage: TReaderPage = async () => {
  const { name, legal, timeZone } = siteIdentity();
  const blocks = [
    { id: 'editeur', title: 'Éditeur', text: legal.publisher },
    { id: 'direction', title: 'Direction de la publication', text: legal.director },
    { id: 'hebergeur', title: 'Hébergeur', text: legal.host },
  ];
  return {
    kind: 'page',
    head: head({
      title: TITLE,
      socialTitle: `${TITLE} — ${name}`,
      description: `L’éditeur, la direction de la publication et l’hébergeur de ${name}.`,
      path: '/mentions-legales',
    }),
    main: (
      <main id="contenu" className="page legal">
        <Breadcrumb items={[{ name: 'Accueil', href: '/' }, { name: TITLE }]} />
        <header className="page-header">
          <h1>{TITLE}</h1>
        </header>
        {blocks.map((block) => (
          <section key={block.id} aria-labelledby={`mentions-${block.id}`}>
            <h2 id={`mentions-${block.id}`}>{block.title}</h2>
            {block.text ? <Lines text={block.text} /> : <p className="empty">Information en cours de publication.</p>}
          </section>
        ))}
        <section aria-labelledby="mentions-dates">
          <h2 id="mentions-dates">Dates et heures</h2>
          <p>
            {applyFrenchTypography(
              `Les dates et heures du site sont données à l’heure de ${(timeZone.split('/').at(-1) ?? timeZone).replace(/_/g, ' ')} (fuseau ${timeZone}).`,
            )}
          </p>
        </section>
      </main>
    ),
  };
};
