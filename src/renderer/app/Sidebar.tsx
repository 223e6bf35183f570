// The main navigation. Once a pack is open its links appear, with every area one click away, and the
// pack stays open while visiting the evidence library, inspections, history or settings.
import { TitleText } from '../components/TitleText';
import { usePackDetail } from '../features/packs/data';
import { currentPackId, useNavigation, type Route } from './navigation';

function isActive(route: Route, to: Route): boolean {
  if (route.name !== to.name) return false;
  if (to.name === 'area' && route.name === 'area') return route.areaId === to.areaId;
  return true;
}

function NavLink({
  to,
  children,
  sub = false,
  depth = 0,
}: {
  to: Route;
  children: React.ReactNode;
  sub?: boolean;
  depth?: number;
}) {
  const active = useNavigation((s) => isActive(s.route, to));
  const go = useNavigation((s) => s.go);
  return (
    <li>
      <a
        href="#"
        className={`nav__link${active ? ' nav__link--active' : ''}${sub ? ' nav__link--sub' : ''}${depth > 0 ? ' nav__link--deep' : ''}`}
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

function PackAreas({ packId }: { packId: string }) {
  const areas = usePackDetail(packId).data?.areas ?? [];
  if (!areas.length) return null;
  return (
    <li>
      <ul className="nav__list nav__areas" aria-label="Areas">
        {areas.map((area) => (
          <NavLink key={area.id} to={{ name: 'area', packId, areaId: area.id }} sub depth={area.depth}>
            {area.title}
          </NavLink>
        ))}
      </ul>
    </li>
  );
}

export function Sidebar() {
  const packId = useNavigation((s) => currentPackId(s.route));
  const packTitle = usePackDetail(packId).data?.pack.title ?? null;

  return (
    <nav className="nav" id="main-nav" aria-label="Main">
      <ul className="nav__list">
        <NavLink to={{ name: 'packs' }}>Packs</NavLink>
      </ul>
      {packId && (
        <>
          <h2 className="nav__heading" title={packTitle ?? undefined}>
            {packTitle ? <TitleText text={packTitle} /> : 'This pack'}
          </h2>
          <ul className="nav__list">
            <NavLink to={{ name: 'overview', packId }}>Overview</NavLink>
            <PackAreas packId={packId} />
            <NavLink to={{ name: 'actions', packId }}>Action plan</NavLink>
          </ul>
          <h2 className="nav__heading">Library</h2>
        </>
      )}
      <ul className="nav__list">
        <NavLink to={{ name: 'evidence', packId }}>Evidence library</NavLink>
        <NavLink to={{ name: 'indicators', packId }}>Indicators</NavLink>
        <NavLink to={{ name: 'inspections', packId }}>Inspections and visits</NavLink>
        <NavLink to={{ name: 'history', packId }}>History</NavLink>
        <NavLink to={{ name: 'settings', packId }}>Settings</NavLink>
      </ul>
    </nav>
  );
}
