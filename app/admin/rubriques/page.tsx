import type { Metadata } from 'next';
import { ActionForm } from '@/components/admin/ActionForm';
import { createRubriqueAction, deleteRubriqueAction, moveRubriqueAction, updateRubriqueAction } from '@/lib/actions/rubrique-actions';
import { requirePageUser } from '@/lib/auth/session';
import { findRubriquesForAdmin } from '@/lib/data/rubrique-admin';

export const metadata: Metadata = { title: 'Rubriques' };

export default async function RubriquesAdminPage() {
  await requirePageUser('/admin/rubriques', ['EDITOR', 'ADMIN']);
  const rubriques = await findRubriquesForAdmin();
  return (
    <>
      <h1>Rubriques</h1>
      <p className="field-hint">
        L’ordre ci-dessous est celui de la barre de navigation du site. L’adresse d’une rubrique ne change pas quand on la renomme.
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Ordre</th>
            <th scope="col">Nom et description</th>
            <th scope="col">Adresse</th>
            <th scope="col">Articles</th>
            <th scope="col">Supprimer</th>
          </tr>
        </thead>
        <tbody>
          {rubriques.map((rubrique, index) => (
            <tr key={rubrique.id}>
              <td data-label="Ordre">
                <div style={{ display: 'flex', gap: '0.3rem' }}>
                  {index > 0 ? (
                    <ActionForm
                      action={moveRubriqueAction}
                      submitLabel="↑"
                      pendingLabel="…"
                      buttonClassName="button button-quiet"
                      buttonAriaLabel={`Monter ${rubrique.name}`}
                    >
                      <input type="hidden" name="id" value={rubrique.id} />
                      <input type="hidden" name="direction" value="up" />
                    </ActionForm>
                  ) : null}
                  {index < rubriques.length - 1 ? (
                    <ActionForm
                      action={moveRubriqueAction}
                      submitLabel="↓"
                      pendingLabel="…"
                      buttonClassName="button button-quiet"
                      buttonAriaLabel={`Descendre ${rubrique.name}`}
                    >
                      <input type="hidden" name="id" value={rubrique.id} />
                      <input type="hidden" name="direction" value="down" />
                    </ActionForm>
                  ) : null}
                </div>
              </td>
              <td>
                <ActionForm
                  action={updateRubriqueAction}
                  submitLabel="Enregistrer"
                  buttonClassName="button button-quiet"
                  className="inline-form"
                  buttonAriaLabel={`Enregistrer la rubrique ${rubrique.name}`}
                >
                  <input type="hidden" name="id" value={rubrique.id} />
                  <div className="field">
                    <label htmlFor={`nom-${rubrique.id}`}>Nom</label>
                    <input id={`nom-${rubrique.id}`} name="name" type="text" defaultValue={rubrique.name} required maxLength={40} />
                  </div>
                  <div className="field">
                    <label htmlFor={`desc-${rubrique.id}`}>Description</label>
                    <textarea id={`desc-${rubrique.id}`} name="description" rows={2} defaultValue={rubrique.description} maxLength={300} />
                  </div>
                </ActionForm>
              </td>
              <td data-label="Adresse">/{rubrique.slug}</td>
              <td data-label="Articles">{rubrique.articleCount}</td>
              <td data-label="Supprimer">
                {rubrique.articleCount === 0 ? (
                  <ActionForm
                    action={deleteRubriqueAction}
                    submitLabel="Supprimer"
                    buttonClassName="button button-danger"
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
