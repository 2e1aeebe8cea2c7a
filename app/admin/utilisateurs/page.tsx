import type { Metadata } from 'next';
import { ActionForm } from '@/components/admin/ActionForm';
import { deName } from '@/lib/french/elision';
import { changeRoleAction, createUserAction, resetPasswordAction, toggleActiveAction } from '@/lib/actions/user-actions';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { findUsers } from '@/lib/data/manage-users';
import { formatDate } from '@/lib/french/dates';

export const metadata: Metadata = { title: 'Utilisateurs' };

const ROLES = ['JOURNALIST', 'EDITOR', 'ADMIN'] as const;

export default async function UsersPage() {
  const me = await requirePageUser('/admin/utilisateurs', ['ADMIN']);
  const users = await findUsers(me);
  return (
    <>
      <h1>Utilisateurs</h1>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Adresse</th>
            <th scope="col">Rôle</th>
            <th scope="col">État</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                {user.name}
                <br />
                <span className="field-hint">depuis le {formatDate(user.createdAt)}</span>
              </td>
              <td data-label="Adresse">{user.email}</td>
              <td data-label="Rôle">
                {user.id === me.id ? (
                  ROLE_LABELS[user.role]
                ) : (
                  <ActionForm
                    action={changeRoleAction}
                    submitLabel="Changer"
                    buttonClassName="button button-quiet"
                    buttonAriaLabel={`Changer le rôle ${deName(user.name)}`}
                    confirm={`Changer le rôle ${deName(user.name)}\u202f? Ses sessions en cours seront fermées.`}
                  >
                    <input type="hidden" name="id" value={user.id} />
                    <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                      Rôle {deName(user.name)}
                    </label>
                    <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {ROLE_LABELS[role]}
                        </option>
                      ))}
                    </select>
                  </ActionForm>
                )}
              </td>
              <td data-label="État">{user.active ? 'Actif' : 'Désactivé'}</td>
              <td data-label="Actions">
                {user.id === me.id ? (
                  <span className="field-hint">Vous</span>
                ) : (
                  <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.4rem' }}>
                    <ActionForm
                      action={toggleActiveAction}
                      submitLabel={user.active ? 'Désactiver' : 'Réactiver'}
                      buttonClassName={user.active ? 'button button-danger' : 'button button-quiet'}
                      confirm={user.active ? `Désactiver le compte ${deName(user.name)}\u202f? Ses sessions seront fermées.` : undefined}
                      buttonAriaLabel={`${user.active ? 'Désactiver' : 'Réactiver'} le compte ${deName(user.name)}`}
                    >
                      <input type="hidden" name="id" value={user.id} />
                      <input type="hidden" name="activate" value={user.active ? '0' : '1'} />
                    </ActionForm>
                    <ActionForm
                      action={resetPasswordAction}
                      submitLabel="Nouveau mot de passe"
                      buttonClassName="button button-quiet"
                      buttonAriaLabel={`Nouveau mot de passe pour ${user.name}`}
                      confirm={`Remplacer le mot de passe ${deName(user.name)}\u202f?`}
                    >
                      <input type="hidden" name="id" value={user.id} />
                    </ActionForm>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <section className="panel" style={{ marginTop: '1.5rem' }} aria-labelledby="nouveau-compte">
        <h2 id="nouveau-compte">Nouveau compte</h2>
        <ActionForm action={createUserAction} submitLabel="Créer le compte" buttonClassName="button button-primary" resetOnSuccess>
          <div className="field">
            <label htmlFor="nouveau-nom">Nom affiché (signature des articles)</label>
            <input id="nouveau-nom" name="name" type="text" required maxLength={120} />
          </div>
          <div className="field">
            <label htmlFor="nouveau-email">Adresse électronique</label>
            <input id="nouveau-email" name="email" type="email" required maxLength={254} />
          </div>
          <div className="field">
            <label htmlFor="nouveau-role">Rôle</label>
            <select id="nouveau-role" name="role" defaultValue="JOURNALIST">
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
          </div>
          <p className="field-hint">Un mot de passe provisoire est généré et affiché une seule fois.</p>
        </ActionForm>
      </section>
    </>
  );
}
