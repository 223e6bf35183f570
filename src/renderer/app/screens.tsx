// Which screen shows for which route. Each screen lives in its feature's folder under features/.
import type { ReactNode } from 'react';
import { ActionsScreen } from '../features/actions/ActionsScreen';
import { AreaScreen } from '../features/area/AreaScreen';
import { EngagementScreen } from '../features/engagement/EngagementScreen';
import { BoardPaperScreen } from '../features/board-paper/BoardPaperScreen';
import { EvidenceScreen } from '../features/evidence/EvidenceScreen';
import { HistoryScreen } from '../features/history/HistoryScreen';
import { IndicatorsScreen } from '../features/indicators/IndicatorsScreen';
import { InspectionsScreen } from '../features/inspections/InspectionsScreen';
import { KitScreen } from '../features/kit/KitScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { PacksScreen } from '../features/packs/PacksScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import type { Route } from './navigation';

export function screenFor(route: Route): ReactNode {
  switch (route.name) {
    case 'packs':
      return <PacksScreen />;
    case 'overview':
      return <OverviewScreen key={route.packId} packId={route.packId} arriveAt={route} />;
    case 'area':
      return <AreaScreen key={route.areaId} packId={route.packId} areaId={route.areaId} focus={route.focus} />;
    case 'actions':
      return <ActionsScreen key={route.packId} packId={route.packId} />;
    case 'boardPaper':
      return <BoardPaperScreen key={route.packId} packId={route.packId} />;
    case 'evidence':
      return <EvidenceScreen packId={route.packId} />;
    case 'inspections':
      return <InspectionsScreen />;
    case 'kit':
      return <KitScreen />;
    case 'engagement':
      return <EngagementScreen />;
    case 'indicators':
      return <IndicatorsScreen packId={route.packId} />;
    case 'history':
      return <HistoryScreen packId={route.packId} />;
    case 'settings':
      return <SettingsScreen />;
  }
}
