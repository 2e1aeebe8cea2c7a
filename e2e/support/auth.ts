import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { hashPassword } from '../../lib/auth/password';
import type { Role } from '../../lib/generated/prisma/enums';
import { e2eDb } from './db';

export type TTestUser = { id: string; email: string; name: string; password: string; role: Role };

/** A fresh account with a known password, unique to the calling test. */
export async function createTestUser(role: Role, name?: string): Promise<TTestUser> {
  const id = randomBytes(4).toString('hex');
  const password = `mdp-${randomBytes(8).toString('hex')}`;
  const user = await e2eDb().user.create({
    data: {
      email: `e2e-${id}@dakarinfo.test`,
      name: name ?? `Test ${role.toLowerCase()} ${id}`,
      slug: `e2e-${id}`,
      role,
      passwordHash: await hashPassword(password),
    },
  });
  return { id: user.id, email: user.email, name: user.name, password, role };
}

/** Signs in over HTTP (next-auth's CSRF token, then the credentials callback): the page's context gets the session cookie. */
export async function signInAs(page: Page, user: TTestUser): Promise<void> {
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email: user.email, password: user.password, json: 'true', callbackUrl: '/admin' },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`connexion refusée : ${response.status()}`);
}
