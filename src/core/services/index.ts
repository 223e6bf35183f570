// The full handler map, assembled from one module per part of the contract.
import type { Handlers } from '../handlers';
import { actionHandlers } from './actions';
import { evidenceHandlers } from './evidence';
import { exportHandlers } from './export';
import { frameworkHandlers } from './frameworks';
import { indicatorHandlers } from './indicators';
import { inspectionHandlers } from './inspections';
import { openableCopyHandlers } from './openable-copy';
import { packHandlers } from './packs';
import { reviewHandlers } from './review';
import { settingsHandlers } from './settings';
import { sheetHandlers } from './sheets';
import { teamHandlers } from './team';

export const handlers: Handlers = {
  ...settingsHandlers,
  ...frameworkHandlers,
  ...packHandlers,
  ...reviewHandlers,
  ...evidenceHandlers,
  ...openableCopyHandlers,
  ...actionHandlers,
  ...inspectionHandlers,
  ...exportHandlers,
  ...indicatorHandlers,
  ...sheetHandlers,
  ...teamHandlers,
};
