import type { Metadata } from 'next';
import { ActionForm } from '@/components/admin/ActionForm';
import { deName } from '@/lib/french/elision';
import {
  changeRoleAction,
  createUserAction,
  resetPasswordAction,
  resetTwoFactorAction,
  setTwoFactorRequiredAction,
  toggleActiveAction,
} from '@/lib/actions/user-actions';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { findUsers } from '@/lib/data/manage-users';
import { isTwoFactorRequired } from '@/lib/data/site-settings';
import { formatDate } from '@/lib/french/dates';

export const metadata: Metadata = { title: 'Utilisateurs' };

const ROLES = ['JOURNALIST', 'EDITOR', 'ADMIN'] as const;

export default async function UsersPage() {
  const me = await requirePageUser('/admin/utilisateurs', ['ADMIN']);
  const users = await findUsers(me);
  const twoFactorRequired = await isTwoFactorRequired();
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
              <td data-label="État">
                {user.active ? 'Actif' : 'Désactivé'}
                {user.mustChangePassword ? (
                  <>
                    <br />
                    <span className="field-hint">Mot de passe provisoire</span>
                  </>
                ) : null}
                <br />
                <span className="field-hint">
                  {user.totpEnabledAt ? 'Double authentification activée' : 'Sans double authentification'}
                </span>
              </td>
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
                    {user.totpEnabledAt ? (
                      <ActionForm
                        action={resetTwoFactorAction}
                        submitLabel="Réinitialiser la double authentification"
                        buttonClassName="button button-quiet"
                        buttonAriaLabel={`Réinitialiser la double authentification ${deName(user.name)}`}
                        confirm={`Réinitialiser la double authentification ${deName(user.name)}\u202f? Ses sessions seront fermées et il faudra la configurer à nouveau.`}
                      >
                        <input type="hidden" name="id" value={user.id} />
                      </ActionForm>
                    ) : null}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <section className="panel" style={{ marginTop: '1.5rem' }} aria-labelledby="reglage-2fa">
        <h2 id="reglage-2fa">Double authentification</h2>
        <p>
          {twoFactorRequired
            ? 'Obligatoire pour les éditeurs et les administrateurs\u00a0: sans elle, ils sont invités à l’activer dès leur connexion. Facultative pour les journalistes.'
            : 'Facultative pour tous\u00a0: chacun peut l’activer depuis «\u00a0Mon profil\u00a0».'}
        </p>
        <ActionForm
          action={setTwoFactorRequiredAction}
          submitLabel={twoFactorRequired ? 'La rendre facultative' : 'La rendre obligatoire pour les éditeurs et administrateurs'}
          buttonClassName="button button-quiet"
          confirm={
            twoFactorRequired
              ? undefined
              : 'La rendre obligatoire\u202f? Les éditeurs et administrateurs sans double authentification (vous compris) devront l’activer avant de continuer.'
          }
        >
          <input type="hidden" name="required" value={twoFactorRequired ? '0' : '1'} />
        </ActionForm>
      </section>

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
