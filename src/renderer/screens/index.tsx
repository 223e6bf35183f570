// Which screen shows for which route. Each screen is a module of its own under screens/.
import type { ReactNode } from 'react';
import type { Route } from '../stores/navigation';
import { ActionsScreen } from './ActionsScreen';
import { AreaScreen } from './AreaScreen';
import { EvidenceScreen } from './EvidenceScreen';
import { HistoryScreen } from './HistoryScreen';
import { InspectionsScreen } from './InspectionsScreen';
import { OverviewScreen } from './OverviewScreen';
import { PacksScreen } from './PacksScreen';
import { SettingsScreen } from './SettingsScreen';

export function screenFor(route: Route): ReactNode {
  switch (route.name) {
    case 'packs':
      return <PacksScreen />;
    case 'overview':
      return <OverviewScreen key={route.packId} packId={route.packId} />;
    case 'area':
      return <AreaScreen key={route.areaId} packId={route.packId} areaId={route.areaId} />;
    case 'actions':
      return <ActionsScreen key={route.packId} packId={route.packId} />;
    case 'evidence':
      return <EvidenceScreen packId={route.packId} />;
    case 'inspections':
      return <InspectionsScreen />;
    case 'history':
      return <HistoryScreen packId={route.packId} />;
    case 'settings':
      return <SettingsScreen />;
  }
}
