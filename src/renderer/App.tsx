// The application frame: a skip link, the header with the open pack and the save state, the navigation
// and one screen. Before any of that, the host says whether the database opened; if it did not, a
// full-screen message offers another file or a backup instead. Native menu commands arrive here.
import { useEffect, useRef } from 'react';
import { SaveIndicator } from './components/SaveIndicator';
import { Sidebar } from './components/Sidebar';
import { BackupDialog, useBackupDialog } from './export/BackupDialog';
import { ExportDialog } from './export/ExportDialog';
import { screenFor } from './screens';
import { StartupGate } from './startup/StartupGate';
import { useExportDialog } from './stores/exportDialog';
import { currentPackId, useNavigation } from './stores/navigation';
import { usePack } from './stores/pack';
import { usePacks } from './stores/packs';
import { bridge } from './api';
import { TitleText } from './components/TitleText';

/** File > New pack, Back up…, Export Word pack… from the native menu. */
function useMenuCommands() {
  useEffect(() => {
    let host;
    try {
      host = bridge();
    } catch {
      return;
    }
    if (typeof host.onMenuCommand !== 'function') return;
    return host.onMenuCommand((command) => {
      const { route, go } = useNavigation.getState();
      const packId = currentPackId(route);
      switch (command) {
        case 'new-pack':
          if (route.name !== 'packs') go({ name: 'packs' });
          usePacks.getState().openCreate('blank');
          break;
        case 'export-word':
          if (packId) useExportDialog.getState().open(packId);
          else
            useBackupDialog.getState().notify('Open a pack first, then export it from its overview or the File menu.');
          break;
        case 'backup':
          useBackupDialog.getState().open();
          break;
      }
    });
  }, []);
}

function PackTitle() {
  const packId = useNavigation((s) => currentPackId(s.route));
  const title = usePack((s) => (packId && s.packId === packId ? (s.detail?.pack.title ?? null) : null));
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
  useMenuCommands();

  // Move focus to the new screen so keyboard and screen-reader users know it changed.
  useEffect(() => {
    main.current?.focus();
  }, [route]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <span className="app-header__title">
          <span className="app-header__name">SEF Studio</span>
          <PackTitle />
        </span>
        <SaveIndicator />
      </header>
      <Sidebar />
      <main id="main" className="app-main" ref={main} tabIndex={-1}>
        {screenFor(route)}
      </main>
      <ExportDialog />
      <BackupDialog />
    </div>
  );
}

export function App() {
  return (
    <StartupGate>
      <Frame />
    </StartupGate>
  );
}
