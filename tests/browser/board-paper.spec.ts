// The board paper's words in the app: a pack's own words over the council's defaults and the generated
// ones, each field saying which; emptied, a field goes back; the defaults are set in Settings.
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { openPack } from './pack-helpers';

test.use({ demo: true });

test('edits the pack’s board paper field by field, says where each comes from, and sets the defaults in Settings', async ({ page, host }) => {
  const packs = await host.call('packs.list', {});
  const pack = packs.find((p) => p.status !== 'approved') ?? packs[0]!;
  await openPack(page, host, pack.title);
  // Answers come late, as on a busy machine: a field emptied while its last save is still answering stays emptied.
  host.answerLate('boardPaper.update', 1500);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Board paper' }).click();

  const meeting = page.getByLabel('Meeting', { exact: true });
  await expect(meeting).toHaveValue('Children\'s Improvement Board');
  await expect(page.getByText('This pack’s own words.').first()).toBeVisible();
  await meeting.fill('Children and Young People Scrutiny Committee');
  await meeting.press('Tab');
  await expect(page.getByText('All changes saved')).toBeVisible();
  expect((await host.call('boardPaper.get', { packId: pack.id })).fields.committee).toBe('Children and Young People Scrutiny Committee');

  const consultation = page.getByLabel('Consultation', { exact: true });
  await consultation.fill('The children in care council read the draft.\nHeads of service agreed it.');
  await consultation.press('Tab');
  await expect.poll(async () => (await host.call('boardPaper.get', { packId: pack.id })).sources.consultation).toBe('pack');
  await consultation.fill('');
  await consultation.press('Tab');
  await expect.poll(async () => (await host.call('boardPaper.get', { packId: pack.id })).sources.consultation).not.toBe('pack');
  await expect(consultation).not.toHaveValue('');

  await page.getByLabel('Paragraph of Schedule 12A relied on').selectOption('1');
  await expect.poll(async () => (await host.call('boardPaper.get', { packId: pack.id })).fields.exemptParagraph).toBe(1);
  await expectNoAxeViolations(page);

  await nav.getByRole('link', { name: 'Settings' }).click();
  const defaults = page.getByRole('region', { name: 'Board paper defaults' });
  const wards = defaults.getByLabel('Wards affected');
  await wards.fill('All wards');
  await wards.press('Tab');
  await expect.poll(async () => (await host.call('boardPaper.getDefaults', {})).wardsAffected).toBe('All wards');
});
