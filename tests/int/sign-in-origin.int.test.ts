import { describe, expect, it } from 'vitest';

// Sign-in CSRF by cookie injection (issue #18, finding 17): next-auth's sign-in and sign-out POSTs
// are refused from another site's page (another port of the same host included), before next-auth runs.
describe('the auth route refuses sign-in and sign-out from another origin', () => {
  it.each([
    ['callback/credentials', { origin: 'http://localhost:4000' }],
    ['callback/credentials', { referer: 'http://localhost:4000/piege.html' }],
    ['callback/credentials', { origin: 'null' }],
    ['signout', { origin: 'https://evil.example' }],
  ])('POST /api/auth/%s with %o: 403 and a French message', async (path, claimed) => {
    process.env.NEXTAUTH_URL = 'http://localhost:3000';
    const { POST } = await import('../../app/api/auth/[...nextauth]/route');
    const request = new Request(`http://localhost:3000/api/auth/${path}`, {
      method: 'POST',
      headers: { host: 'localhost:3000', 'content-type': 'application/x-www-form-urlencoded', ...claimed },
      body: 'csrfToken=injecte&email=attaquant%40dakarinfo.test&password=x',
    });
    const response = await POST(request, { params: Promise.resolve({ nextauth: path.split('/') }) });
    expect(response.status).toBe(403);
    expect(await response.text()).toBe('Demande refusée\u00a0: elle doit venir d’une page de ce site.');
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});
