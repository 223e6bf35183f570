// The application frame: a skip link, the header with the save state, the navigation and one screen.
import { useEffect, useRef } from 'react';
import { SaveIndicator } from './components/SaveIndicator';
import { Sidebar } from './components/Sidebar';
import { screenFor } from './screens';
import { useNavigation } from './stores/navigation';

export function App() {
  const route = useNavigation((s) => s.route);
  const main = useRef<HTMLElement>(null);

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
        <span className="app-header__name">SEF Studio</span>
        <SaveIndicator />
      </header>
      <Sidebar />
      <main id="main" className="app-main" ref={main} tabIndex={-1}>
        {screenFor(route)}
      </main>
    </div>
  );
}
