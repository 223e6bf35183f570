// TODO(helper): implement. Placeholder so the handler map compiles while this module is written.
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers';

const todo = async (): Promise<never> => { throw new AppError('internal', 'Not built yet.'); };

export const inspectionHandlers: HandlersFor<'inspections.list' | 'inspections.create' | 'inspections.update' | 'inspections.delete' | 'recommendations.create' | 'recommendations.update' | 'recommendations.delete'> = {
  'inspections.list': todo,
  'inspections.create': todo,
  'inspections.update': todo,
  'inspections.delete': todo,
  'recommendations.create': todo,
  'recommendations.update': todo,
  'recommendations.delete': todo,
};
