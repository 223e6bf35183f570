// TODO(helper): implement. Placeholder so the handler map compiles while this module is written.
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers';

const todo = async (): Promise<never> => { throw new AppError('internal', 'Not built yet.'); };

export const actionHandlers: HandlersFor<'actions.list' | 'actions.create' | 'actions.update' | 'actions.delete' | 'actions.addNote'> = {
  'actions.list': todo,
  'actions.create': todo,
  'actions.update': todo,
  'actions.delete': todo,
  'actions.addNote': todo,
};
