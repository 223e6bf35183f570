// The native Format menu: its items, their accelerators and the commands they send to the renderer, with
// Electron's Menu replaced by a stand-in that hands back the template it is given. The accelerators are
// the editor's own keys, so Ctrl+B in the menu and Ctrl+B in a narrative are one and the same action.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { EDITOR_ACTIONS } from '../../src/renderer/editor/actions';
import { FORMAT_MENU_ITEMS, type MenuCommand } from '../../src/shared/bridge';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));
const { buildMenu } = await import('../../electron/main/menu');

function formatMenu(isMac = false) {
  const sent: MenuCommand[] = [];
  const actions = { send: (c: MenuCommand) => sent.push(c), openDatabase() {}, newDatabase() {}, openRecent() {}, clearRecent() {}, about() {}, connectTeam() {}, workLocally() {} };
  const template = buildMenu({ recent: [], actions, isMac, devTools: false, onTeamDatabase: false }) as unknown as MenuItemConstructorOptions[];
  const format = template.find((m) => m.label === 'F&ormat');
  return { template, submenu: (format?.submenu ?? []) as MenuItemConstructorOptions[], sent };
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();
const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => (i.type === 'separator' ? '—' : i.label));

/** "Mod-Shift-8" in Electron's notation: "CmdOrCtrl+Shift+8". */
const accelerator = (keys: string) =>
  keys
    .split('-')
    .map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part.length === 1 ? part.toUpperCase() : part))
    .join('+');

describe('the Format menu', () => {
  it('comes after Edit, on Windows, Linux and a Mac', () => {
    for (const isMac of [false, true]) {
      const top = formatMenu(isMac).template.map((m) => m.label ?? m.role);
      expect(top.indexOf('F&ormat')).toBe(top.indexOf('&Edit') + 1);
    }
  });

  it('offers Bold, Italic, Heading, the lists, Link… and Clear formatting, grouped as the toolbar groups them', () => {
    const { submenu } = formatMenu();
    expect(labels(submenu)).toEqual(['Bold', 'Italic', '—', 'Heading', '—', 'Bulleted list', 'Numbered list', '—', 'Link…', '—', 'Clear formatting']);
    const heading = submenu.find((i) => i.label === 'Heading')!;
    expect(labels(heading.submenu as MenuItemConstructorOptions[])).toEqual(['Heading 1', 'Heading 2', 'Heading 3']);
    expect(submenu.filter((i) => i.label && i.label !== 'Heading').map((i) => i.accelerator)).toEqual([
      'CmdOrCtrl+B', 'CmdOrCtrl+I', 'CmdOrCtrl+Shift+8', 'CmdOrCtrl+Shift+7', 'CmdOrCtrl+K', 'CmdOrCtrl+\\',
    ]);
  });

  it('sends each item’s command to the renderer', () => {
    const { submenu, sent } = formatMenu();
    const items = submenu.flatMap((i) => (i.submenu ? (i.submenu as MenuItemConstructorOptions[]) : i.type === 'separator' ? [] : [i]));
    for (const item of items) click(item);
    expect(sent).toEqual(FORMAT_MENU_ITEMS.map((i) => i.command));
  });

  it('runs editor actions that exist, with the keys the editor itself answers to', () => {
    for (const item of FORMAT_MENU_ITEMS) {
      const action = EDITOR_ACTIONS.find((a) => a.id === item.action);
      expect(action, `The Format menu's ${item.label} names an editor action, "${item.action}", that does not exist`).toBeDefined();
      expect(item.accelerator).toBe(accelerator(action!.keys[0]!));
      expect(item.label.replace('…', '')).toBe(action!.label);
    }
  });
});
