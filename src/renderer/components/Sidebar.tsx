// The main navigation. Pack-specific links appear once a pack is open.
import { currentPackId, useNavigation, type Route } from '../stores/navigation';

function NavLink({ to, children }: { to: Route; children: React.ReactNode }) {
  const route = useNavigation((s) => s.route);
  const go = useNavigation((s) => s.go);
  const active = route.name === to.name;
  return (
    <li>
      <a
        href="#"
        className={`nav__link${active ? ' nav__link--active' : ''}`}
        aria-current={active ? 'page' : undefined}
        onClick={(e) => {
          e.preventDefault();
          go(to);
        }}
      >
        {children}
      </a>
    </li>
  );
}

export function Sidebar() {
  const packId = useNavigation((s) => currentPackId(s.route));
  return (
    <nav className="nav" aria-label="Main">
      <ul className="nav__list">
        <NavLink to={{ name: 'packs' }}>Packs</NavLink>
        {packId && (
          <>
            <NavLink to={{ name: 'overview', packId }}>Overview</NavLink>
            <NavLink to={{ name: 'actions', packId }}>Action plan</NavLink>
          </>
        )}
        <NavLink to={{ name: 'evidence', packId }}>Evidence library</NavLink>
        <NavLink to={{ name: 'inspections' }}>Inspections and visits</NavLink>
        <NavLink to={{ name: 'history', packId }}>History</NavLink>
        <NavLink to={{ name: 'settings' }}>Settings</NavLink>
      </ul>
    </nav>
  );
}
