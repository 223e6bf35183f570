// Forms are checked by the contract's own schemas before anything is sent, so the message under a field
// is the one the core gives for that field, said once: not again at the top of the form, not in the
// header as "Not saved: That was not saved: title: …". The expected words are taken from the contract
// itself (src/shared/api), so a test fails if the form and the core ever say different things.
import type { Locator, Page } from '@playwright/test';
import { api } from '../../src/shared/api';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test } from './fixtures';
import { firstGradedArea, makePack, openArea, openPack } from './pack-helpers';

/** The contract's message for each field the input gets wrong, by field name. */
function contractMessages(schema: { safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, input: unknown) {
  const result = schema.safeParse(input);
  const messages: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) messages[String(issue.path[0])] ??= issue.message;
  return messages;
}

/** The field's message is read out with it (its accessible description) and shown once on the page. */
async function saysOnce(page: Page, field: Locator, message: string) {
  await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(message, { exact: true })).toHaveCount(1);
}

test('an action without words: the contract’s message once, under the field labelled Action, and nothing sent', async ({ page, host }) => {
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  const expected = contractMessages(api['actions.create'].input, { packId: pack.id, title: ' ' }).title!;
  expect(expected).toBe('Say what will be done');

  await openPack(page, host, pack.title);
  await openArea(page, area.title);
  await page.getByRole('region', { name: 'Actions for this area' }).getByRole('button', { name: 'Add an action' }).click();
  const add = page.getByRole('dialog', { name: 'Add an action for this area' });
  await add.getByRole('button', { name: 'Add action' }).click();

  const action = add.getByLabel('Action', { exact: true });
  await saysOnce(page, action, expected);
  await expect(action).toBeFocused();
  await expect(page.getByText(/That was not saved|Not saved/)).toHaveCount(0);
  await expect(page.locator('.save-indicator')).toHaveText('');
  await expectNoAxeViolations(page);
  expect(await host.call('actions.list', { packId: pack.id })).toEqual([]);

  // Typing clears the message; the action is added.
  await action.fill('Weekly timeliness review at the front door');
  await expect(page.getByText(expected, { exact: true })).toHaveCount(0);
  await add.getByRole('button', { name: 'Add action' }).click();
  await expect(add).toBeHidden();
  expect(await host.call('actions.list', { packId: pack.id })).toMatchObject([{ title: 'Weekly timeliness review at the front door', areaId: area.id }]);
});

test('a new pack with its boxes emptied: each field says what the contract says, and the form keeps the rest', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'New pack' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New self-evaluation pack' });
  await dialog.getByLabel('Period').fill('');
  await dialog.getByLabel('As at').fill('');
  await dialog.getByLabel('Title').fill('');
  await dialog.getByRole('button', { name: 'Create pack' }).click();

  const expected = contractMessages(api['packs.create'].input, { frameworkId: 'ilacs-2026', title: '', period: '', asAt: '' });
  expect(expected).toEqual({ title: 'Enter a title', period: 'Enter the period, such as 2025–26', asAt: 'Enter the as-at date' });
  await saysOnce(page, dialog.getByLabel('Title'), expected.title!);
  await saysOnce(page, dialog.getByLabel('Period'), expected.period!);
  await saysOnce(page, dialog.getByLabel('As at'), expected.asAt!);
  // The first box with a problem has the focus.
  await expect(dialog.getByLabel('Period')).toBeFocused();
  await expectNoAxeViolations(page);

  // A date that does not exist is the date box's own message (how to write one), once.
  await dialog.getByLabel('As at').fill('31/02/2027');
  await dialog.getByRole('button', { name: 'Create pack' }).click();
  await saysOnce(page, dialog.getByLabel('As at'), 'Enter a real date, like 23/11/2026');
  expect(await host.call('packs.list', {})).toEqual([]);
});

test('a progress note with no date or words says so beside each box, in the contract’s words', async ({ page, host }) => {
  const pack = await makePack(host);
  await host.call('actions.create', { packId: pack.id, title: 'Refresh the placement sufficiency strategy' });
  await openPack(page, host, pack.title);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action plan' }).click();
  await page.getByRole('button', { name: /Progress notes for/ }).click();
  const notes = page.getByRole('region', { name: /Progress notes for/ });
  await notes.getByLabel('Date').fill('');
  await notes.getByRole('button', { name: 'Add note' }).click();

  const expected = contractMessages(api['actions.addNote'].input, { actionId: 'x', date: '', text: '' });
  expect(expected).toEqual({ date: 'Enter the date of the progress', text: 'Write the progress note' });
  await saysOnce(page, notes.getByLabel('Date'), expected.date!);
  await saysOnce(page, notes.getByLabel('Progress note'), expected.text!);
});
