// The application frame: a skip link, the header with the open pack and the save state, the navigation
// and one screen. Before any of that, the host says whether the database opened; if it did not, a
// full-screen message offers another file or a backup instead. Native menu commands arrive here.
import { useEffect, useRef, useState } from 'react';
import { TitleText } from '../components/TitleText';
import { FORMAT_MENU_ITEMS } from '../../shared/bridge';
import { bridgeIfAny } from '../data/bridge';
import { runOnFocusedEditor } from '../editor/focused';
import { DataProvider } from '../data/DataProvider';
import { usePackDetail } from '../features/packs/data';
import { BackupDialog, useBackupDialog } from '../features/export/BackupDialog';
import { ExportDialog } from '../features/export/ExportDialog';
import { SheetImportDialog } from '../features/sheets/SheetImportDialog';
import { useExportDialog } from '../features/export/store';
import { useCreatePackDialog } from '../features/packs/store';
import { HeldDrafts } from '../features/drafts/HeldDrafts';
import { RecoveredDrafts } from '../features/drafts/RecoveredDrafts';
import { DatabaseBanner } from '../features/team/DatabaseBanner';
import { ConnectDialog } from '../features/team/ConnectDialog';
import { ConnectionBanner } from '../features/team/ConnectionBanner';
import { useConnectDialog } from '../features/team/store';
import { PresentPeople, usePresenceHeartbeat } from '../features/team/Presence';
import { currentPackId, useNavigation } from './navigation';
import { SaveIndicator } from './SaveIndicator';
import { screenFor } from './screens';
import { Sidebar } from './Sidebar';
import { StartupGate } from './StartupGate';

/** The Format menu's commands, each with the editor action it runs. */
const FORMAT_ACTIONS = new Map<string, string>(FORMAT_MENU_ITEMS.map((i) => [i.command, i.action]));

/** File > New pack, Back up…, Export Word pack…, Connect to a team database…, and the Format menu, from the native menu. */
function useMenuCommands() {
  useEffect(() => {
    const host = bridgeIfAny();
    if (typeof host?.onMenuCommand !== 'function') return;
    return host.onMenuCommand((command) => {
      const { route, go } = useNavigation.getState();
      const packId = currentPackId(route);
      switch (command) {
        case 'new-pack':
          if (route.name !== 'packs') go({ name: 'packs' });
          useCreatePackDialog.getState().open('blank');
          break;
        case 'export-word':
          if (packId) useExportDialog.getState().open(packId);
          else
            useBackupDialog.getState().notify('Open a pack first, then export it from its overview or the File menu.');
          break;
        case 'backup':
          useBackupDialog.getState().open();
          break;
        case 'connect-team':
          useConnectDialog.getState().show();
          break;
        default: {
          // Formatting applies to the narrative with the caret; with none, like a greyed menu, it does nothing.
          const action = FORMAT_ACTIONS.get(command);
          if (action) runOnFocusedEditor(action);
        }
      }
    });
  }, []);
}

function PackTitle() {
  const packId = useNavigation((s) => currentPackId(s.route));
  const title = usePackDetail(packId).data?.pack.title;
  if (!title) return null;
  return (
    <span className="app-header__context" title={title}>
      <span className="visually-hidden">Open pack: </span>
      <TitleText text={title} />
    </span>
  );
}

function Frame() {
  const route = useNavigation((s) => s.route);
  const main = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  // In a narrow window (a small laptop at 200% zoom) the sidebar folds away behind the Menu button.
  const [navOpen, setNavOpen] = useState(false);
  useMenuCommands();
  usePresenceHeartbeat();

  // Move focus to the new screen so keyboard and screen-reader users know it changed.
  useEffect(() => {
    setNavOpen(false);
    main.current?.focus();
  }, [route]);

  return (
    <div
      className={`app${navOpen ? ' app--nav-open' : ''}`}
      onKeyDown={(e) => {
        if (navOpen && e.key === 'Escape' && (e.target as Element).closest('.nav')) {
          setNavOpen(false);
          menuButton.current?.focus();
        }
      }}
    >
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-header__title">
          <button
            ref={menuButton}
            type="button"
            className="app-header__menu"
            aria-expanded={navOpen}
            aria-controls="main-nav"
            onClick={() => setNavOpen((open) => !open)}
          >
            Menu
          </button>
          <span className="app-header__name">SEF Studio</span>
          <PackTitle />
        </span>
        <PresentPeople />
        <DatabaseBanner />
        <SaveIndicator />
      </header>
      <Sidebar />
      <main id="main" className="app-main" ref={main} tabIndex={-1}>
        <ConnectionBanner />
        <HeldDrafts />
        <RecoveredDrafts />
        {screenFor(route)}
      </main>
      <ExportDialog />
      <BackupDialog />
      <SheetImportDialog />
      <ConnectDialog />
    </div>
  );
}

export function App() {
  return (
    <StartupGate>
      <DataProvider>
        <Frame />
      </DataProvider>
    </StartupGate>
  );
}
