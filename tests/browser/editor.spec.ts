// The narrative editor (TipTap over the stored RichDoc): every action from its button, its keys and the
// Formatting menu; undo and redo, citations included; paste from Word, Google Docs and web pages; IME
// composition; citation chips with their titles on hover and focus; and the Content Security Policy.
import type { Page } from '@playwright/test';
import { ariaKeys, EDITOR_ACTIONS, type EditorAction } from '../../src/renderer/editor/actions';
import type { RichDoc } from '../../src/shared/richtext';
import { expectNoAxeViolations } from './axe';
import { editor, paste, savedDoc, toolbar, waitSaved } from './editor-helpers';
import { expect, test, type BrowserHost } from './fixtures';
import { firstGradedArea, makeEvidence, makePack, openArea, openPack, setDisplayName } from './pack-helpers';

const para = (text: string): RichDoc['blocks'][number] => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** Opens the first graded area with its first narrative holding `doc`. */
async function openWith(page: Page, host: BrowserHost, doc?: RichDoc) {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  if (doc) await host.call('narratives.save', { areaId: area.id, sectionId: 'what-we-know', doc });
  await openPack(page, host, pack.title);
  await openArea(page, area.title);
  return { pack, area };
}

// ---------------------------------------------------------------------------------------------------
// Every action, three ways

type Route = 'button' | 'keys' | 'menu';

async function runAction(page: Page, action: EditorAction, route: Route) {
  const tools = toolbar(page);
  if (route === 'button') {
    await tools.getByRole('button', { name: action.label, exact: true }).click();
  } else if (route === 'keys') {
    // The keys pressed are the ones the button announces (aria-keyshortcuts), so the two cannot disagree.
    const announced = await tools.getByRole('button', { name: action.label, exact: true }).getAttribute('aria-keyshortcuts');
    await page.keyboard.press(announced!.split(' ')[0]!);
  } else {
    await tools.getByRole('button', { name: 'Formatting menu' }).click();
    await page.getByRole('menu').getByRole(action.isActive ? 'menuitemcheckbox' : 'menuitem', { name: action.label }).click();
  }
}

interface ActionCheck {
  /** What the action did, as a person sees it. */
  done(page: Page): Promise<void>;
  /** Back to the words as they were (after undo, or closing a dialog). */
  undone(page: Page): Promise<void>;
  /** How to get back: undo the change, or close the dialog the action opened. */
  reset: 'undo' | 'escape';
  /** The words to start from, when plain words would not show what the action does. */
  start?: RichDoc['blocks'][number];
}

const formats = (selector: string): ActionCheck => ({
  done: async (page) => await expect(editor(page).locator(selector)).toHaveText(['Leaders know their services']),
  undone: async (page) => await expect(editor(page).locator(selector)).toHaveCount(0),
  reset: 'undo',
});

const opensDialog = (name: string): ActionCheck => ({
  done: async (page) => await expect(page.getByRole('dialog', { name })).toBeVisible(),
  undone: async (page) => {
    await expect(page.getByRole('dialog', { name })).toBeHidden();
    await expect(editor(page)).toBeFocused();
  },
  reset: 'escape',
});

/** What each action does. A new action without a line here fails its test. */
const CHECKS: Record<string, ActionCheck> = {
  bold: formats('strong'),
  italic: formats('em'),
  heading1: formats('h4'),
  heading2: formats('h5'),
  heading3: formats('h6'),
  bulletList: formats('ul > li'),
  orderedList: formats('ol > li'),
  link: opensDialog('Add a link'),
  cite: opensDialog('Cite evidence'),
  citeIndicator: opensDialog('Cite an indicator'),
  clearFormatting: {
    start: { type: 'heading', level: 1, content: [{ type: 'text', text: 'Leaders know their services', marks: ['bold', 'italic'] }] },
    done: async (page) => {
      await expect(editor(page).locator('p')).toHaveText(['Leaders know their services']);
      await expect(editor(page).locator('strong, em, h4')).toHaveCount(0);
    },
    undone: async (page) => await expect(editor(page).locator('h4 strong em, h4 em strong')).toHaveText(['Leaders know their services']),
    reset: 'undo',
  },
};

for (const action of EDITOR_ACTIONS.filter((a) => a.group !== 'history')) {
  test(`${action.label}: from its button, its keys and the Formatting menu, and undone`, async ({ page, host }) => {
    const check = CHECKS[action.id];
    expect(check, `Say in CHECKS what the "${action.id}" action does`).toBeDefined();
    await openWith(page, host, { type: 'doc', blocks: [check?.start ?? para('Leaders know their services')] });
    const box = editor(page);
    const button = toolbar(page).getByRole('button', { name: action.label, exact: true });
    await expect(button).toHaveAttribute('aria-keyshortcuts', action.keys.map(ariaKeys).join(' '));

    for (const route of ['button', 'keys', 'menu'] as const) {
      await box.click();
      await page.keyboard.press('Control+A');
      await runAction(page, action, route);
      await check!.done(page);
      // A format shows as on where the caret is (Link opens its dialog instead; it is on inside a link).
      if (check!.reset === 'undo' && action.isActive) await expect(button).toHaveAttribute('aria-pressed', 'true');
      await page.keyboard.press(check!.reset === 'undo' ? 'Control+Z' : 'Escape');
      await check!.undone(page);
      if (check!.reset === 'undo' && action.isActive) await expect(button).toHaveAttribute('aria-pressed', 'false');
    }
  });
}

test('Undo and Redo: from their buttons, their keys and the Formatting menu, and greyed when there is nothing to do', async ({
  page,
  host,
}) => {
  const { area } = await openWith(page, host, { type: 'doc', blocks: [para('Leaders know their services')] });
  const box = editor(page);
  const tools = toolbar(page);
  const undo = tools.getByRole('button', { name: 'Undo' });
  const redo = tools.getByRole('button', { name: 'Redo' });
  await expect(undo).toHaveAttribute('aria-keyshortcuts', 'Control+Z');
  await expect(redo).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+Z Control+Y');
  await expect(undo).toHaveAttribute('aria-disabled', 'true');
  await expect(redo).toHaveAttribute('aria-disabled', 'true');

  await box.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' well');
  const typed = 'Leaders know their services well';
  const steps: [EditorAction, Route, string][] = [];
  const [undoAction, redoAction] = [EDITOR_ACTIONS.find((a) => a.id === 'undo')!, EDITOR_ACTIONS.find((a) => a.id === 'redo')!];
  for (const route of ['button', 'keys', 'menu'] as const) steps.push([undoAction, route, 'Leaders know their services'], [redoAction, route, typed]);
  for (const [action, route, text] of steps) {
    await runAction(page, action, route);
    await expect(box).toHaveText(text);
  }
  // Ctrl+Y redoes as well.
  await page.keyboard.press('Control+Z');
  await expect(box).toHaveText('Leaders know their services');
  await expect(redo).not.toHaveAttribute('aria-disabled');
  await page.keyboard.press('Control+Y');
  await expect(box).toHaveText(typed);
  await expect(redo).toHaveAttribute('aria-disabled', 'true');
  await box.blur();
  await waitSaved(page);
  expect(await savedDoc(host, area.id)).toEqual({ type: 'doc', blocks: [para(typed)] });
});

test('the Formatting menu lists every action with its keys and passes axe', async ({ page, host }) => {
  await openWith(page, host);
  await editor(page).click();
  await toolbar(page).getByRole('button', { name: 'Formatting menu' }).click();
  const menu = page.getByRole('menu');
  const items = menu.locator('[role^="menuitem"]');
  await expect(items).toHaveText(EDITOR_ACTIONS.map((a) => new RegExp(`^${a.label}`)));
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Bold' })).toHaveAttribute('aria-keyshortcuts', 'Control+B');
  await expect(menu.getByRole('menuitemcheckbox', { name: 'Bold' })).toContainText('Ctrl+B');
  await expect(menu.getByRole('menuitem', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Redo' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(toolbar(page).getByRole('button', { name: 'Formatting menu' })).toBeFocused();
});

// ---------------------------------------------------------------------------------------------------
// Citations

test('a citation is undone and redone like any other change, and so is deleting one', async ({ page, host }) => {
  const evidence = await makeEvidence(host, 'Case-file audit, October 2026');
  const { area } = await openWith(page, host, { type: 'doc', blocks: [para('Audits show plans are good ')] });
  const box = editor(page);
  await box.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Shift+E');
  const picker = page.getByRole('dialog', { name: 'Cite evidence' });
  await picker.getByRole('radio', { name: /Case-file audit, October 2026/ }).check();
  await picker.getByRole('button', { name: 'Cite evidence' }).click();
  await expect(picker).toBeHidden();
  const chip = box.locator('.rt-cite');
  await expect(chip.locator('.rt-cite__short')).toHaveText(`[${evidence.reference}]`);
  await waitSaved(page);
  const cited: RichDoc = {
    type: 'doc',
    blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Audits show plans are good ' }, { type: 'citation', evidenceId: evidence.id }, { type: 'text', text: ' ' }] }],
  };
  expect(await savedDoc(host, area.id)).toEqual(cited);

  await page.keyboard.press('Control+Z');
  await expect(chip).toHaveCount(0);
  await waitSaved(page);
  expect(await savedDoc(host, area.id)).toEqual({ type: 'doc', blocks: [para('Audits show plans are good ')] });

  await page.keyboard.press('Control+Shift+Z');
  await expect(chip.locator('.rt-cite__short')).toHaveText(`[${evidence.reference}]`);
  await waitSaved(page);
  expect(await savedDoc(host, area.id)).toEqual(cited);

  // Backspace over the space and then the chip deletes it whole; undo brings it back whole.
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(chip).toHaveCount(0);
  await expect(box).toHaveText('Audits show plans are good ');
  await page.keyboard.press('Control+Z');
  await expect(chip.locator('.rt-cite__short')).toHaveText(`[${evidence.reference}]`);
});

test('citations are short chips that name what they cite on hover and focus; indicator citations keep their period', async ({
  page,
  host,
}) => {
  const evidence = await makeEvidence(host, 'Case-file audit, October 2026');
  const doc: RichDoc = {
    type: 'doc',
    blocks: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Audits ' },
          { type: 'citation', evidenceId: evidence.id },
          { type: 'text', text: ' and re-referrals ' },
          { type: 'indicator', indicatorId: 're-referrals-within-12-months', period: 'quarter:2026-09-30' },
          { type: 'text', text: ' are improving' },
        ],
      },
    ],
  };
  const { area } = await openWith(page, host, doc);
  const box = editor(page);
  const [evidenceChip, indicatorChip] = [box.locator('.rt-cite[data-evidence-id]'), box.locator('.rt-cite[data-indicator-id]')];
  await expect(evidenceChip.locator('.rt-cite__short')).toHaveText(`[${evidence.reference}]`);
  await expect(indicatorChip.locator('.rt-cite__short')).toHaveText('[Re-referrals]');
  // The title is there for screen readers, but takes no room on screen until asked for.
  const title = evidenceChip.locator('.rt-cite__title');
  await expect(title).toHaveText(/Case-file audit, October 2026/);
  expect((await title.boundingBox())!.width).toBeLessThanOrEqual(1);
  await evidenceChip.hover();
  await expect.poll(async () => (await title.boundingBox())!.width).toBeGreaterThan(100);
  await indicatorChip.hover();
  await expect(indicatorChip.locator('.rt-cite__title')).toHaveText(/Re-referrals within 12 months of a previous referral/);
  await expect.poll(async () => (await indicatorChip.locator('.rt-cite__title').boundingBox())!.width).toBeGreaterThan(100);

  // An edit elsewhere keeps both citations exactly as stored, the indicator's period included.
  await box.locator('p').click();
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await waitSaved(page);
  const after = structuredClone(doc);
  (after.blocks[0] as { content: { text?: string }[] }).content[4]!.text = ' are improving.';
  expect(await savedDoc(host, area.id)).toEqual(after);
  await expectNoAxeViolations(page);

  // Read-only (approved): the chips take focus from the keyboard and show their titles.
  await host.call('packs.approve', { packId: (await host.call('areas.get', { areaId: area.id })).area.packId });
  await expect(page.getByRole('region', { name: 'Approved pack' })).toBeVisible();
  await evidenceChip.focus();
  await expect(evidenceChip).toBeFocused();
  await expect.poll(async () => (await title.boundingBox())!.width).toBeGreaterThan(100);
  await expectNoAxeViolations(page);
});

// ---------------------------------------------------------------------------------------------------
// Paste

/** As Word for Windows puts a document on the clipboard (trimmed): lists are paragraphs with mso-list styles. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=ProgId content=Word.Document><style><!-- p.MsoNormal {margin:0cm; font-family:"Calibri"} --></style></head>
<body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
<h1><span style='font-family:"Arial",sans-serif;color:#2F5496'>Front door<o:p></o:p></span></h1>
<p class=MsoNormal><span style='color:red;font-size:14pt'>Decisions are </span><b><span style='font-family:Arial'>timely</span></b> and <i>proportionate</i>.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Audit every month<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Share <b>findings</b> with teams<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>a.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Including the front door<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>3.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>Review in six weeks<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Supervision is regular<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>See <a href="https://www.gov.uk/guidance">the guidance</a><o:p></o:p></p>
<table class=MsoTableGrid border=1><tr><td><p class=MsoNormal>Cell words</p></td></tr></table>
<!--EndFragment--></body></html>`;

test('a paste from Word keeps its heading, bold, italic, link and numbered and bulleted lists, and drops the rest', async ({
  page,
  host,
}) => {
  const { area } = await openWith(page, host);
  await editor(page).click();
  await paste(editor(page), WORD_HTML, 'Front door');
  await expect(editor(page).locator('ol > li')).toHaveText(['Audit every month', 'Share findings with teams', 'Including the front door', 'Review in six weeks']);
  await expect(editor(page).locator('[style], font, span:not(.rt-cite span), table')).toHaveCount(0);
  await editor(page).blur();
  await waitSaved(page);
  expect(await savedDoc(host, area.id)).toEqual({
    type: 'doc',
    blocks: [
      { type: 'heading', level: 1, content: [{ type: 'text', text: 'Front door' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Decisions are ' },
          { type: 'text', text: 'timely', marks: ['bold'] },
          { type: 'text', text: ' and ' },
          { type: 'text', text: 'proportionate', marks: ['italic'] },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'numbered_list',
        items: [
          [{ type: 'text', text: 'Audit every month' }],
          [{ type: 'text', text: 'Share ' }, { type: 'text', text: 'findings', marks: ['bold'] }, { type: 'text', text: ' with teams' }],
          [{ type: 'text', text: 'Including the front door' }],
          [{ type: 'text', text: 'Review in six weeks' }],
        ],
      },
      // Word's empty line (a paragraph holding only a non-breaking space) is an empty paragraph.
      { type: 'paragraph', content: [] },
      {
        type: 'bullet_list',
        items: [
          [{ type: 'text', text: 'Supervision is regular' }],
          [{ type: 'text', text: 'See ' }, { type: 'text', text: 'the guidance', href: 'https://www.gov.uk/guidance' }],
        ],
      },
      para('Cell words'),
    ],
  });
});

/** As Google Docs puts a document on the clipboard: a <b> that is not bold around everything, styles on spans. */
const GOOGLE_DOCS_HTML = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-0e1f-2a3b-4c5d6e7f8a9b"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;">Leadership</span></h2><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;">Leaders</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;"> know their </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:italic;">services</span><span style="font-size:11pt;font-weight:400;"> (</span><a href="https://www.gov.uk/ofsted" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;font-weight:400;text-decoration:underline;">Ofsted</span></a><span style="font-size:11pt;font-weight:400;">)</span></p><ul style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation" style="line-height:1.38;"><span style="font-size:11pt;font-weight:400;">Stable workforce</span></p></li><ul style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:circle;" aria-level="2"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;">Fewer agency staff</span></p></li></ul><li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;">Manageable caseloads</span></p></li></ul><ol style="margin-top:0;margin-bottom:0;"><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;font-weight:400;">First step</span></p></li></ol></b><br class="Apple-interchange-newline">`;

test('a paste from Google Docs keeps heading, bold, italic, link and lists, flattens nesting, and is not all bold', async ({
  page,
  host,
}) => {
  const { area } = await openWith(page, host);
  await editor(page).click();
  await paste(editor(page), GOOGLE_DOCS_HTML, 'Leadership');
  await expect(editor(page).locator('ul > li')).toHaveText(['Stable workforce', 'Fewer agency staff', 'Manageable caseloads']);
  await editor(page).blur();
  await waitSaved(page);
  const saved = await savedDoc(host, area.id);
  expect(saved?.blocks.slice(0, 4)).toEqual([
    { type: 'heading', level: 2, content: [{ type: 'text', text: 'Leadership' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Leaders', marks: ['bold'] },
        { type: 'text', text: ' know their ' },
        { type: 'text', text: 'services', marks: ['italic'] },
        { type: 'text', text: ' (' },
        { type: 'text', text: 'Ofsted', href: 'https://www.gov.uk/ofsted' },
        { type: 'text', text: ')' },
      ],
    },
    {
      type: 'bullet_list',
      items: [[{ type: 'text', text: 'Stable workforce' }], [{ type: 'text', text: 'Fewer agency staff' }], [{ type: 'text', text: 'Manageable caseloads' }]],
    },
    { type: 'numbered_list', items: [[{ type: 'text', text: 'First step' }]] },
  ]);
  // Nothing after the lists but, at most, the empty paragraph the trailing line break leaves.
  expect(saved!.blocks.slice(4).every((b) => b.type === 'paragraph' && b.content.length === 0)).toBe(true);
});

test('a paste from a web page keeps links and lists, and drops unsafe links, colours, tables and forms to their words', async ({
  page,
  host,
}) => {
  const { area } = await openWith(page, host);
  await editor(page).click();
  await paste(
    editor(page),
    `<div class="article"><h3 style="color:purple" onclick="alert(1)">Findings</h3><p><font color="red">Red</font> <a href="javascript:alert(1)">bad link</a> <a href="mailto:qa@northmoor.example">mail us</a> <strong>strong</strong> <em>em</em></p><ol><li>One</li><li>Two</li></ol><form><input value="x"><button>Send</button></form><p><code>code</code> <s>struck</s></p></div>`,
    'Findings',
  );
  await editor(page).blur();
  await waitSaved(page);
  expect(await savedDoc(host, area.id)).toEqual({
    type: 'doc',
    blocks: [
      { type: 'heading', level: 3, content: [{ type: 'text', text: 'Findings' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Red bad link ' },
          { type: 'text', text: 'mail us', href: 'mailto:qa@northmoor.example' },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'strong', marks: ['bold'] },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'em', marks: ['italic'] },
        ],
      },
      { type: 'numbered_list', items: [[{ type: 'text', text: 'One' }], [{ type: 'text', text: 'Two' }]] },
      para('Send'),
      para('code struck'),
    ],
  });
  await expect(editor(page).locator('[style], [onclick], input, button, code, s, font')).toHaveCount(0);
});

// ---------------------------------------------------------------------------------------------------
// IME, and the Content Security Policy

test('text composed with an input method (IME) arrives once, whole, and undoes as one step', async ({ page, host }) => {
  const { area } = await openWith(page, host, { type: 'doc', blocks: [para('Seen by ')] });
  const box = editor(page);
  await box.click();
  await page.keyboard.press('End');
  // As a Japanese input method does it: the composition grows, then is committed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'か', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: 'かん', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: '看護', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '看護師' });
  await expect(box).toHaveText('Seen by 看護師');
  await page.keyboard.type(' today');
  await box.blur();
  await waitSaved(page);
  expect(await savedDoc(host, area.id)).toEqual({ type: 'doc', blocks: [para('Seen by 看護師 today')] });
  await box.click();
  await page.keyboard.press('Control+Z');
  await expect(box).toHaveText('Seen by ');
});

test('the editor runs under the strict Content Security Policy with no injected styles', async ({ page, host }) => {
  await setDisplayName(host, 'Alex Morgan');
  const pack = await makePack(host);
  const area = await firstGradedArea(host, pack.id);
  // The policy the page is served with is the desktop app's own (electron/main/policy.ts).
  const [loaded] = await Promise.all([page.waitForResponse((r) => r.request().resourceType() === 'document'), host.open()]);
  const served = loaded.headers()['content-security-policy'];
  expect(served).toContain("style-src 'self'");
  expect(served).not.toContain('unsafe-inline');
  await page.getByRole('link', { name: pack.title, exact: true }).click();
  await openArea(page, area.title);
  await editor(page).click();
  await page.keyboard.type('Typed under the policy');
  await toolbar(page).getByRole('button', { name: 'Bold' }).click();
  await toolbar(page).getByRole('button', { name: 'Formatting menu' }).click();
  await page.keyboard.press('Escape');
  // TipTap would add a <style> element unless told not to (injectCSS: false); the policy would block it.
  expect(await page.evaluate(() => document.querySelectorAll('style').length)).toBe(0);
  expect(host.cspViolations).toEqual([]);
});
