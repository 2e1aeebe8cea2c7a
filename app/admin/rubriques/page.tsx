import type { Metadata } from 'next';
import { ActionForm } from '@/components/admin/ActionForm';
import { RubriqueOrder } from '@/components/admin/RubriqueOrder';
import { createRubriqueAction, deleteRubriqueAction, setRubriqueMenuAction, updateRubriqueAction } from '@/lib/actions/rubrique-actions';
import { requirePageUser } from '@/lib/auth/session';
import { findRubriquesForAdmin, type TRubriqueAdminRow } from '@/lib/data/rubrique-admin';

export const metadata: Metadata = { title: 'Rubriques' };

const inMenu = (rubrique: TRubriqueAdminRow) => rubrique.shownInMenu || rubrique.publishedCount > 0;

/** Whether readers see the rubrique in the menu, and the editor's switch while it has no story online. */
function MenuState({ rubrique }: { rubrique: TRubriqueAdminRow }) {
  if (rubrique.publishedCount > 0) {
    return (
      <>
        <p className="rubrique-menu-state rubrique-menu-shown">Visible dans le menu</p>
        <p className="field-hint">Elle a des articles en ligne.</p>
      </>
    );
  }
  return (
    <>
      <p className={`rubrique-menu-state ${rubrique.shownInMenu ? 'rubrique-menu-shown' : 'rubrique-menu-hidden'}`}>
        {rubrique.shownInMenu ? 'Visible dans le menu' : 'Masquée du menu jusqu’à son premier article'}
      </p>
      <ActionForm
        action={setRubriqueMenuAction}
        submitLabel={rubrique.shownInMenu ? 'Masquer du menu' : 'Afficher dans le menu'}
        buttonClassName="button button-quiet"
        buttonAriaLabel={`${rubrique.shownInMenu ? 'Masquer du menu' : 'Afficher dans le menu'} la rubrique ${rubrique.name}`}
      >
        <input type="hidden" name="id" value={rubrique.id} />
        <input type="hidden" name="shown" value={rubrique.shownInMenu ? 'false' : 'true'} />
      </ActionForm>
    </>
  );
}

export default async function RubriquesAdminPage() {
  const user = await requirePageUser('/admin/rubriques', ['EDITOR', 'ADMIN']);
  const rubriques = await findRubriquesForAdmin(user);
  return (
    <>
      <h1>Rubriques</h1>

      <section className="panel" aria-labelledby="ordre-menu">
        <h2 id="ordre-menu">Ordre dans le menu du site</h2>
        <p className="field-hint">
          Déplacez les rubriques, puis enregistrez l’ordre. Une rubrique masquée garde sa place et apparaîtra à ce rang.
        </p>
        <RubriqueOrder saved={rubriques.map((r) => ({ id: r.id, name: r.name, inMenu: inMenu(r) }))} />
      </section>

      <h2>Nom, adresse et présence dans le menu</h2>
      <p className="field-hint">
        Une nouvelle rubrique reste hors du menu du site jusqu’à son premier article publié, sauf si vous l’y affichez. Changer son adresse
        redirige l’ancienne, et celles de ses articles, vers la nouvelle.
      </p>
      <table className="table rubriques-table">
        <thead>
          <tr>
            <th scope="col">Rubrique</th>
            <th scope="col">Menu</th>
            <th scope="col">Articles</th>
            <th scope="col">Supprimer</th>
          </tr>
        </thead>
        <tbody>
          {rubriques.map((rubrique) => (
            <tr key={rubrique.id}>
              <td>
                <ActionForm
                  action={updateRubriqueAction}
                  submitLabel="Enregistrer"
                  buttonClassName="button button-quiet"
                  className="inline-form rubrique-form"
                  buttonAriaLabel={`Enregistrer la rubrique ${rubrique.name}`}
                >
                  <input type="hidden" name="id" value={rubrique.id} />
                  <div className="field">
                    <label htmlFor={`nom-${rubrique.id}`}>Nom</label>
                    <input id={`nom-${rubrique.id}`} name="name" type="text" defaultValue={rubrique.name} required maxLength={40} />
                  </div>
                  <div className="field">
                    <label htmlFor={`adresse-${rubrique.id}`}>Adresse</label>
                    <span className="rubrique-slug-input">
                      <span aria-hidden="true">/</span>
                      <input
                        id={`adresse-${rubrique.id}`}
                        name="slug"
                        type="text"
                        defaultValue={rubrique.slug}
                        required
                        maxLength={40}
                        autoComplete="off"
                        spellCheck={false}
                        aria-describedby={rubrique.oldSlugs.length > 0 ? `anciennes-${rubrique.id}` : undefined}
                      />
                    </span>
                    {rubrique.oldSlugs.length > 0 ? (
                      <span id={`anciennes-${rubrique.id}`} className="field-hint">
                        Redirigées ici : {rubrique.oldSlugs.map((slug) => `/${slug}`).join(', ')}
                      </span>
                    ) : null}
                  </div>
                  <div className="field">
                    <label htmlFor={`desc-${rubrique.id}`}>Description</label>
                    <textarea id={`desc-${rubrique.id}`} name="description" rows={2} defaultValue={rubrique.description} maxLength={300} />
                  </div>
                </ActionForm>
              </td>
              <td data-label="Menu">
                <MenuState rubrique={rubrique} />
              </td>
              <td data-label="Articles">
                {rubrique.articleCount}
                {rubrique.articleCount > 0 ? <span className="field-hint"> dont {rubrique.publishedCount} en ligne</span> : null}
              </td>
              <td data-label="Supprimer">
                {rubrique.articleCount === 0 ? (
                  <ActionForm
                    action={deleteRubriqueAction}
                    submitLabel="Supprimer"
                    buttonClassName="button button-danger"
                    buttonAriaLabel={`Supprimer la rubrique ${rubrique.name}`}
                    confirm={`Supprimer la rubrique «\u00a0${rubrique.name}\u00a0»\u202f?`}
                  >
                    <input type="hidden" name="id" value={rubrique.id} />
                  </ActionForm>
                ) : (
                  <span className="field-hint">Impossible : elle contient des articles.</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <section className="panel" style={{ marginTop: '1.5rem' }} aria-labelledby="nouvelle-rubrique">
        <h2 id="nouvelle-rubrique">Nouvelle rubrique</h2>
        <ActionForm action={createRubriqueAction} submitLabel="Créer la rubrique" buttonClassName="button button-primary" resetOnSuccess>
          <div className="field">
            <label htmlFor="nouvelle-nom">Nom</label>
            <input id="nouvelle-nom" name="name" type="text" required maxLength={40} />
          </div>
          <div className="field">
            <label htmlFor="nouvelle-adresse">Adresse (facultatif)</label>
            <input id="nouvelle-adresse" name="slug" type="text" maxLength={40} aria-describedby="nouvelle-adresse-aide" />
            <span id="nouvelle-adresse-aide" className="field-hint">
              Laissez vide pour la déduire du nom (« Société » → /societe).
            </span>
          </div>
          <div className="field">
            <label htmlFor="nouvelle-description">Description</label>
            <input id="nouvelle-description" name="description" type="text" maxLength={300} />
          </div>
        </ActionForm>
      </section>
    </>
  );
}
