// TODO(helper): implement. Placeholder so the handler map compiles while this module is written.
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers';

const todo = async (): Promise<never> => { throw new AppError('internal', 'Not built yet.'); };

export const settingsHandlers: HandlersFor<'app.info' | 'settings.get' | 'settings.update' | 'settings.setLogo' | 'settings.getLogo' | 'database.check' | 'database.backup'> = {
  'app.info': todo,
  'settings.get': todo,
  'settings.update': todo,
  'settings.setLogo': todo,
  'settings.getLogo': todo,
  'database.check': todo,
  'database.backup': todo,
};
