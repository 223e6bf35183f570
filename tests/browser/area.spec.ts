// The area workspace: grade and position with descriptors, the narrative editor (formatting, links,
// citations, paste as plain text, keyboard-only toolbar, autosave, faithful round trip), strengths and
// areas for development, linked evidence and actions, review status, and the approved read-only state.
import type { Page } from '@playwright/test';
import type { RichDoc } from '../../src/shared/richtext';
import { expectNoAxeViolations } from './axe';
import { expect, test, type BrowserHost } from './fixtures';
import { firstGradedArea, makeEvidence, makePack, openArea, openPack, setDisplayName } from './pack-helpers';

import { editor, paste, QUESTION_1, savedDoc, toolbar, waitSaved } from './editor-helpers';

async function setup(page: Page, host: BrowserHost) {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  await openPack(page, host, pack.title);
  await openArea(page, area.title);
  return { pack, area };
}

test('grades an area with the descriptors at hand, sets the position and status, and it persists', async ({
  page,
  host,
}) => {
  const { area } = await setup(page, host);
  const grades = page.getByRole('group', { name: 'Grade', exact: true });
  // The summaries are SEF Studio's own: said once for the whole screen, not under every grade.
  await expect(page.getByText(/not Ofsted.s wording/)).toHaveCount(1);
  await expect(page.getByText(/not Ofsted.s wording/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Position within the grade' })).toHaveAttribute('disabled', '');

  await grades.getByRole('radio', { name: /^Good/ }).check();
  await page.getByRole('radio', { name: /^Strong/ }).check();
  await page.getByRole('group', { name: 'Review status' }).getByRole('radio', { name: 'Agreed' }).check();
  await expect
    .poll(async () => (await host.call('areas.get', { areaId: area.id })).area)
    .toMatchObject({ grade: 'good', position: 'strong', status: 'agreed' });

  // The overview agrees, in words.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: area.title }) });
  await expect(row).toContainText('Good');
  await expect(row).toContainText('Strong');
  await expect(row).toContainText('Agreed');

  // And after a reload.
  await page.reload();
  await page.getByRole('link', { name: 'Northmoor self-evaluation 2026–27' }).click();
  await openArea(page, area.title);
  await expect(
    page.getByRole('group', { name: 'Grade', exact: true }).getByRole('radio', { name: /^Good/ }),
  ).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Strong/ })).toBeChecked();
});

test('writes with headings, bold, italic, lists and a link, cites evidence as a chip, and it round-trips', async ({
  page,
  host,
}) => {
  const evidence = await makeEvidence(host, 'Case-file audit, October 2026', { owner: 'Head of quality' });
  const { area } = await setup(page, host);
  const box = editor(page);
  const tools = toolbar(page);

  await box.click();
  await tools.getByRole('button', { name: 'Heading 1' }).click();
  await page.keyboard.type('Practice is improving');
  await page.keyboard.press('Enter');
  // A new line after a heading is a paragraph again.
  await expect(tools.getByRole('button', { name: 'Heading 1' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.type('Audits show ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('most');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' plans are ');
  await page.keyboard.press('Control+I');
  await page.keyboard.type('good');
  await page.keyboard.press('Control+I');
  await page.keyboard.type(' ');
  await tools.getByRole('button', { name: 'Cite evidence' }).click();
  const picker = page.getByRole('dialog', { name: 'Cite evidence' });
  await picker.getByLabel('Search evidence').fill('October');
  await picker.getByRole('radio', { name: /Case-file audit, October 2026/ }).check();
  await expectNoAxeViolations(page);
  await picker.getByRole('button', { name: 'Cite evidence' }).click();
  await expect(picker).toBeHidden();
  await expect(box.locator('.rt-cite')).toHaveText(`[${evidence.reference}] Case-file audit, October 2026`);
  await page.keyboard.type('and improving.');
  await page.keyboard.press('Enter');
  await tools.getByRole('button', { name: 'Bulleted list' }).click();
  await page.keyboard.type('Supervision is regular');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Caseloads are stable');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // leaves the list
  await page.keyboard.type('Read the ');
  await page.keyboard.press('Control+K');
  const link = page.getByRole('dialog', { name: 'Add a link' });
  await link.getByLabel('Address').fill('http://example.org');
  await link.getByLabel('Text to show').fill('practice framework');
  await link.getByRole('button', { name: 'Add link' }).click();
  await expect(link.getByText(/secure address starting https/)).toBeVisible();
  await link.getByLabel('Address').fill('https://www.gov.uk/guidance/practice');
  await link.getByRole('button', { name: 'Add link' }).click();
  await expect(link).toBeHidden();
  await page.keyboard.type('.');
  await box.blur();
  await waitSaved(page);

  const expected: RichDoc = {
    type: 'doc',
    blocks: [
      { type: 'heading', level: 1, content: [{ type: 'text', text: 'Practice is improving' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Audits show ' },
          { type: 'text', text: 'most', marks: ['bold'] },
          { type: 'text', text: ' plans are ' },
          { type: 'text', text: 'good', marks: ['italic'] },
          { type: 'text', text: ' ' },
          { type: 'citation', evidenceId: evidence.id },
          { type: 'text', text: ' and improving.' },
        ],
      },
      {
        type: 'bullet_list',
        items: [[{ type: 'text', text: 'Supervision is regular' }], [{ type: 'text', text: 'Caseloads are stable' }]],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Read the ' },
          { type: 'text', text: 'practice framework', href: 'https://www.gov.uk/guidance/practice' },
          { type: 'text', text: '.' },
        ],
      },
    ],
  };
  expect(await savedDoc(host, area.id)).toEqual(expected);
  await expect(page.getByRole('region', { name: QUESTION_1, exact: true })).toContainText('21 words');

  // Citing linked the evidence to the area.
  expect((await host.call('areas.get', { areaId: area.id })).evidence.map((e) => e.id)).toEqual([evidence.id]);

  // After a reload the editor shows the same document, and saving it again changes nothing.
  await page.reload();
  await page.getByRole('link', { name: 'Northmoor self-evaluation 2026–27' }).click();
  await openArea(page, area.title);
  await expect(editor(page).locator('h4')).toHaveText('Practice is improving');
  await expect(editor(page).locator('strong')).toHaveText('most');
  await expect(editor(page).locator('em')).toHaveText('good');
  await expect(editor(page).locator('ul > li')).toHaveText(['Supervision is regular', 'Caseloads are stable']);
  await expect(editor(page).locator('a')).toHaveAttribute('href', 'https://www.gov.uk/guidance/practice');
  await expect(editor(page).locator('.rt-cite')).toHaveText(`[${evidence.reference}] Case-file audit, October 2026`);
  await expect(editor(page).locator('.rt-cite').locator('xpath=ancestor-or-self::*[@contenteditable="false"][1]')).toHaveCount(1);
});

test('a document saved elsewhere survives an edit unchanged apart from the edit', async ({ page, host }) => {
  const evidence = await makeEvidence(host, 'Practice week findings');
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  const original: RichDoc = {
    type: 'doc',
    blocks: [
      { type: 'heading', level: 2, content: [{ type: 'text', text: 'Front door' }] },
      { type: 'heading', level: 3, content: [{ type: 'text', text: 'Thresholds' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Décisions are ' },
          { type: 'text', text: 'timely and ', marks: ['bold', 'italic'] },
          { type: 'text', text: 'proportionate', marks: ['bold', 'italic'], href: 'https://example.org/a?b=1&c=2' },
          { type: 'text', text: '  (two spaces) 👍 and العربية ' },
          { type: 'citation', evidenceId: evidence.id },
        ],
      },
      { type: 'paragraph', content: [] },
      {
        type: 'numbered_list',
        items: [[{ type: 'text', text: 'One <b>not bold</b>' }], [], [{ type: 'text', text: 'Three' }]],
      },
      { type: 'bullet_list', items: [[{ type: 'text', text: 'Mail us', href: 'mailto:quality@northmoor.example' }]] },
      { type: 'paragraph', content: [{ type: 'text', text: 'End' }] },
    ],
  };
  await host.call('narratives.save', { areaId: area.id, sectionId: 'what-we-know', doc: original });
  await openPack(page, host, pack.title);
  await openArea(page, area.title);
  await expect(editor(page).locator('.rt-cite')).toHaveText(`[${evidence.reference}] Practice week findings`);

  await editor(page).locator('p', { hasText: /^End$/ }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await waitSaved(page);
  const after = structuredClone(original);
  (after.blocks[6] as { content: { text: string }[] }).content[0]!.text = 'End.';
  expect(await savedDoc(host, area.id)).toEqual(after);
});

test('a paste from a web page keeps headings and bold, and drops scripts, images and styles', async ({ page, host }) => {
  const { area } = await setup(page, host);
  await editor(page).click();
  await paste(editor(page), '<h1 style="color:red">Big</h1><script>alert(1)</script><p><b>bold</b> <img src=x onerror=alert(1)> and <u>plain</u></p>', 'Big bold and plain');
  await editor(page).blur();
  await waitSaved(page);
  expect(await savedDoc(host, area.id)).toEqual({
    type: 'doc',
    blocks: [
      { type: 'heading', level: 1, content: [{ type: 'text', text: 'Big' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'bold', marks: ['bold'] }, { type: 'text', text: ' and plain' }] },
    ],
  });
  await expect(editor(page).locator('script, img, u, [style]')).toHaveCount(0);
});

test('the toolbar works from the keyboard alone: one tab stop, arrow keys, shortcuts announced', async ({
  page,
  host,
}) => {
  const { area } = await setup(page, host);
  const box = editor(page);
  const tools = toolbar(page);
  await expect(tools.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-keyshortcuts', 'Control+B');
  await expect(tools.getByRole('button', { name: 'Italic' })).toHaveAttribute('aria-keyshortcuts', 'Control+I');

  await box.focus();
  await page.keyboard.type('Leaders know their services ');
  // Shift+Tab from the text lands on the toolbar's single tab stop (its first button).
  await page.keyboard.press('Shift+Tab');
  await expect(tools.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tools.getByRole('button', { name: 'Redo' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(tools.getByRole('button', { name: 'Formatting menu' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tools.getByRole('button', { name: 'Undo' })).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(tools.getByRole('button', { name: 'Italic' })).toBeFocused();
  await page.keyboard.press('Enter'); // Italic on, and the caret goes back into the text
  await expect(box).toBeFocused();
  await expect(tools.getByRole('button', { name: 'Italic' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('well');
  // Tab moves on out of the editor rather than indenting.
  await page.keyboard.press('Tab');
  await expect(box).not.toBeFocused();
  await waitSaved(page);
  expect(await savedDoc(host, area.id)).toEqual({
    type: 'doc',
    blocks: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Leaders know their services ' },
          { type: 'text', text: 'well', marks: ['italic'] },
        ],
      },
    ],
  });
});

test('when a save is refused the words stay, the reason is shown, and Try again saves them', async ({ page, host }) => {
  const { pack, area } = await setup(page, host);
  await editor(page).click();
  await page.keyboard.type('Written while someone else approved the pack');
  // Someone approves the pack elsewhere before the words are saved: the screen turns read-only at once.
  await host.call('packs.approve', { packId: pack.id });
  await editor(page).blur();
  await expect(page.getByRole('region', { name: 'Approved pack' })).toBeVisible();
  const section = page.getByRole('region', { name: QUESTION_1, exact: true });
  await expect(section.getByRole('alert')).toContainText('Not saved: This pack is approved and read-only');
  await expect(page.locator('.save-indicator')).toContainText('Not saved');
  await expect(editor(page)).toHaveText('Written while someone else approved the pack');

  // Reopened elsewhere: the editor is editable again without a reload, and Try again saves the words.
  await host.call('packs.reopen', { packId: pack.id, reason: 'Late change' });
  await expect(page.getByRole('region', { name: 'Approved pack' })).toBeHidden();
  await section.getByRole('button', { name: 'Try again' }).click();
  await waitSaved(page);
  expect(await savedDoc(host, area.id)).toEqual({
    type: 'doc',
    blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Written while someone else approved the pack' }] }],
  });
  await expect(page.locator('.save-indicator')).toHaveText('All changes saved');
});

test('strengths, areas for development, linked evidence with notes, and actions for the area', async ({
  page,
  host,
}) => {
  const audit = await makeEvidence(host, 'Supervision audit, September 2026');
  const { area } = await setup(page, host);

  const strengths = page.getByRole('region', { name: 'Strengths' });
  await strengths.getByRole('button', { name: 'Add strength' }).click();
  await page.keyboard.type('Stable, experienced managers');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Children are seen alone');
  await page
    .getByRole('region', { name: 'Areas for development' })
    .getByRole('button', { name: 'Add area for development' })
    .click();
  await page.keyboard.type('Timeliness of assessments');
  await page.keyboard.press('Tab');
  await expect
    .poll(async () => (await host.call('areas.get', { areaId: area.id })).area)
    .toMatchObject({
      strengths: ['Stable, experienced managers', 'Children are seen alone'],
      areasForDevelopment: ['Timeliness of assessments'],
    });
  await strengths.getByRole('button', { name: 'Remove strength 1' }).click();
  await expect
    .poll(async () => (await host.call('areas.get', { areaId: area.id })).area.strengths)
    .toEqual(['Children are seen alone']);

  const evidence = page.getByRole('region', { name: 'Evidence: how we know' });
  await evidence.getByRole('button', { name: 'Link evidence' }).click();
  const picker = page.getByRole('dialog', { name: 'Link evidence to this area' });
  await picker.getByRole('radio', { name: /Supervision audit, September 2026/ }).check();
  await picker.getByLabel('What this evidence shows (optional)').fill('Supervision is regular and reflective');
  await picker.getByRole('button', { name: 'Link evidence' }).click();
  // The picker lives inside the region while it closes; wait for it to go so only the linked item matches.
  await expect(picker).toBeHidden();
  await expect(evidence.getByText('Supervision audit, September 2026')).toBeVisible();
  await expect(evidence.getByText('Supervision is regular and reflective')).toBeVisible();
  await evidence
    .getByRole('button', { name: `Edit note for ${audit.reference} Supervision audit, September 2026` })
    .click();
  await evidence.getByLabel(`What ${audit.reference} shows`).fill('Supervision is regular, reflective and recorded');
  await evidence.getByRole('button', { name: 'Save note' }).click();
  await expect(evidence.getByText('Supervision is regular, reflective and recorded')).toBeVisible();
  await expect
    .poll(async () => (await host.call('areas.get', { areaId: area.id })).evidence)
    .toMatchObject([{ id: audit.id, note: 'Supervision is regular, reflective and recorded' }]);
  await evidence.getByRole('button', { name: `Unlink ${audit.reference} Supervision audit, September 2026` }).click();
  await expect(evidence.getByText('No evidence is linked to this area yet.')).toBeVisible();
  expect((await host.call('areas.get', { areaId: area.id })).evidence).toEqual([]);

  const actions = page.getByRole('region', { name: 'Actions for this area' });
  await actions.getByRole('button', { name: 'Add an action' }).click();
  const add = page.getByRole('dialog', { name: 'Add an action for this area' });
  await add.getByRole('button', { name: 'Add action' }).click();
  await expect(add.getByText('Say what will be done')).toBeVisible();
  await add.getByLabel('Action', { exact: true }).fill('Weekly timeliness review at the front door');
  await add.getByLabel('Owner').fill('Head of service');
  await add.getByLabel('Due date').fill('2026-12-01');
  await add.getByLabel('RAG rating').selectOption('amber');
  await add.getByRole('button', { name: 'Add action' }).click();
  await expect(actions.getByRole('row', { name: /Weekly timeliness review/ })).toContainText('Amber');
  await expect(actions.getByRole('row', { name: /Weekly timeliness review/ })).toContainText('Due within 14 days');
  expect((await host.call('areas.get', { areaId: area.id })).actions).toMatchObject([
    { title: 'Weekly timeliness review at the front door', rag: 'amber', areaId: area.id },
  ]);
  await expectNoAxeViolations(page);
});

test('an approved pack shows every part of the area read-only, with the banner', async ({ page, host }) => {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  await host.call('areas.update', {
    areaId: area.id,
    grade: 'requires-improvement',
    position: 'secure',
    strengths: ['Strong leadership'],
  });
  await host.call('narratives.save', {
    areaId: area.id,
    sectionId: 'what-we-know',
    doc: { type: 'doc', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Agreed wording' }] }] },
  });
  await host.call('packs.approve', { packId: pack.id });
  await openPack(page, host, pack.title);
  await openArea(page, area.title);

  await expect(page.getByRole('region', { name: 'Approved pack' })).toContainText('Approved by Alex Morgan');
  await expect(page.getByRole('group', { name: 'Grade', exact: true })).toHaveAttribute('disabled', '');
  await expect(page.getByRole('group', { name: 'Review status' })).toHaveAttribute('disabled', '');
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  await expect(editor(page)).toHaveAttribute('contenteditable', 'false');
  await expect(editor(page)).toHaveText('Agreed wording');
  await expect(page.getByRole('button', { name: 'Add strength' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Link evidence' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add an action' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Strengths' })).toContainText('Strong leadership');
  await expectNoAxeViolations(page);
});

test('the area workspace passes axe, and its guidance is labelled as editable prompts', async ({ page, host }) => {
  await setup(page, host);
  await expect(
    page.getByRole('complementary', { name: 'Guidance (editable prompts)' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await toolbar(page).getByRole('button', { name: 'Link' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a link' })).toBeVisible();
  await expectNoAxeViolations(page);
});
