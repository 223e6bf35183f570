// The native menu. Commands about the work in the window go to the renderer (new pack, back up, export);
// the host handles opening databases itself, since only it can open files.
import { basename } from 'node:path';
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { FORMAT_MENU_ITEMS, type FormatMenuItem, type MenuCommand } from '../../src/shared/bridge';

export interface MenuActions {
  send(command: MenuCommand): void;
  openDatabase(): void;
  newDatabase(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  /** File > Connect to a team database…: the renderer's connect dialog. */
  connectTeam(): void;
  /** File > Work on a local file instead: leaves the team database for the last local file. */
  workLocally(): void;
  about(): void;
}

/** A recent entry's label: a file by its name; a team database as "team database login@server:port/db". */
function recentLabel(entry: string): string {
  return entry.startsWith('team database ') ? entry : basename(entry);
}

export function buildMenu(options: {
  recent: readonly string[];
  actions: MenuActions;
  isMac: boolean;
  devTools: boolean;
  /** Whether the window is on a team database (then "Work on a local file instead" is offered). */
  onTeamDatabase: boolean;
}): Menu {
  const { actions, recent, isMac } = options;
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No recent files', enabled: false }]
      : [
          ...recent.map((path): MenuItemConstructorOptions => ({ label: recentLabel(path), sublabel: path, toolTip: path, click: () => actions.openRecent(path) })),
          { type: 'separator' },
          { label: 'Clear recent files', click: () => actions.clearRecent() },
        ];

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New pack…', accelerator: 'CmdOrCtrl+N', click: () => actions.send('new-pack') },
        { type: 'separator' },
        { label: 'Open database…', accelerator: 'CmdOrCtrl+O', click: () => actions.openDatabase() },
        { label: 'New database…', click: () => actions.newDatabase() },
        { label: 'Recent files', submenu: recentItems },
        { type: 'separator' },
        { label: 'Connect to a team database…', click: () => actions.connectTeam() },
        { label: 'Work on a local file instead', enabled: options.onTeamDatabase, click: () => actions.workLocally() },
        { type: 'separator' },
        { label: 'Back up…', accelerator: 'CmdOrCtrl+Shift+S', click: () => actions.send('backup') },
        { label: 'Export Word pack…', accelerator: 'CmdOrCtrl+E', click: () => actions.send('export-word') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { role: 'editMenu', label: '&Edit' },
    { label: 'F&ormat', submenu: formatMenu(actions) },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        ...(options.devTools ? [{ role: 'toggleDevTools' as const }] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' as const }] : []),
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: 'About SEF Studio', click: () => actions.about() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}

/**
 * The Format menu: Bold, Italic, a Heading submenu, the two lists, Link… and Clear formatting, grouped as
 * the editor's toolbar groups them. Each item goes to the renderer, which applies it to the narrative
 * that has the caret (and to nothing when no narrative has it).
 */
function formatMenu(actions: MenuActions): MenuItemConstructorOptions[] {
  const item = (i: FormatMenuItem): MenuItemConstructorOptions => ({ label: i.label, accelerator: i.accelerator, click: () => actions.send(i.command) });
  const section = (name: FormatMenuItem['section']) => FORMAT_MENU_ITEMS.filter((i) => i.section === name).map(item);
  return [
    ...section('marks'),
    { type: 'separator' },
    { label: 'Heading', submenu: section('headings') },
    { type: 'separator' },
    ...section('lists'),
    { type: 'separator' },
    ...section('insert'),
    { type: 'separator' },
    ...section('clear'),
  ];
}

