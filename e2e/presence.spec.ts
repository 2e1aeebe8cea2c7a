/**
 * The desk on deadline: a story's edit page says who else has it open and who is typing in it, within
 * a few seconds, without locking anyone out.
 */
import { expect, test } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';
import { newDraft } from './support/stories';

/** Heartbeats every 5 s: a change shows within two of them. */
const SOON = { timeout: 12_000 };

test('a journalist sees the editor open her story, then type in it, then save and leave', async ({ browser }) => {
  test.setTimeout(60_000); // waits on heartbeats, in three steps
  const journalist = await (await browser.newContext()).newPage();
  await signInAs(journalist, await createTestUser('JOURNALIST', 'Ndèye Sow (essai)'));
  const id = await newDraft(journalist, `Marché de Sandaga ${Date.now().toString(36)}`);
  const presence = journalist.locator('.edit-presence');
  await expect(presence).toHaveAttribute('aria-live', 'polite');
  await expect(journalist.getByText('consulte cet article')).toHaveCount(0);

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signInAs(editor, await createTestUser('EDITOR', 'Ibrahima Ba (essai)'));
  await editor.goto(`/admin/articles/${id}`);
  // Each sees the other, reading.
  await expect(presence).toContainText('Ibrahima Ba (essai) consulte cet article', SOON);
  await expect(editor.locator('.edit-presence')).toContainText('Ndèye Sow (essai) consulte cet article', SOON);

  // The editor types: at once « modifie », with the time it started.
  await editor.locator('textarea[name="body"]').pressSequentially(' Un ajout.');
  await expect(presence).toContainText(/Ibrahima Ba \(essai\) modifie cet article depuis \d{1,2}\u00a0h\u00a0\d{2}/, SOON);
  // Nobody is locked out: the journalist can still type and save.
  await expect(journalist.locator('textarea[name="body"]')).toBeEditable();

  // Saved: reading again.
  await editor.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();
  await expect(presence).toContainText('Ibrahima Ba (essai) consulte cet article', SOON);

  // Closed: gone, without waiting for the 30 s.
  await editor.close();
  await expect(presence).not.toContainText('Ibrahima Ba (essai)', SOON);
  expect(await e2eDb().editingPresence.count({ where: { articleId: id } })).toBe(1);
});
