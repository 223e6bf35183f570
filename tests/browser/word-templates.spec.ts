// The council's Word template in Settings: chosen for the board paper through the file dialog (a real
// .dotx made here), the styles it lacks said beside it, a file that is not a template refused in words,
// and SEF Studio's own styles given back. The screen passes axe with a template chosen.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeWordTemplate } from '../support/word-template';
import { expectNoAxeViolations } from './axe';
import { expect, openApp, test } from './fixtures';

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Your name')).toBeVisible();
}

test('chooses the board paper’s Word template, says which styles fall back, and goes back to SEF Studio’s', async ({ page, host }) => {
  const template = join(host.dir, 'Committee report.dotx');
  await writeFile(template, await makeWordTemplate({ without: ['Heading3'] }));
  const notWord = join(host.dir, 'notes.dotx');
  await writeFile(notWord, 'not a Word file');
  await openApp(page, host);
  await openSettings(page);
  const board = page.getByRole('group', { name: 'Board paper' });
  await expect(board.getByText('SEF Studio’s own styles.')).toBeVisible();

  host.queueChosenFiles([notWord]);
  await board.getByRole('button', { name: 'Choose template…' }).click();
  await expect(board.getByRole('alert')).toHaveText('notes.dotx is not a Word file. Choose a Word template (.dotx) or document (.docx).');

  host.queueChosenFiles([template]);
  await board.getByRole('button', { name: 'Choose template…' }).click();
  await expect(board.getByText('Committee report.dotx')).toBeVisible();
  await expect(board.getByText(/It has no .*Heading 3.* so SEF Studio’s own are used for them\./)).toBeVisible();
  expect(host.calls.chooseFiles.at(-1)?.filters?.[0]?.extensions).toEqual(['dotx', 'docx']);
  expect((await host.call('templates.list', {})).map((t) => t.fileName)).toEqual(['Committee report.dotx']);
  await expect(page.getByRole('group', { name: 'Self-evaluation' }).getByText('SEF Studio’s own styles.')).toBeVisible();
  await expectNoAxeViolations(page);

  await board.getByRole('button', { name: 'Use SEF Studio’s styles' }).click();
  await expect(board.getByText('SEF Studio’s own styles.')).toBeVisible();
  expect(await host.call('templates.list', {})).toEqual([]);
});
