// TODO(helper): implement. Placeholder so the handler map compiles while this module is written.
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers';

const todo = async (): Promise<never> => { throw new AppError('internal', 'Not built yet.'); };

export const frameworkHandlers: HandlersFor<'frameworks.list' | 'frameworks.get' | 'frameworks.import'> = {
  'frameworks.list': todo,
  'frameworks.get': todo,
  'frameworks.import': todo,
};
