// TODO(helper): implement. Placeholder so the handler map compiles while this module is written.
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers';

const todo = async (): Promise<never> => { throw new AppError('internal', 'Not built yet.'); };

export const packHandlers: HandlersFor<'packs.list' | 'packs.get' | 'packs.create' | 'packs.createFromPrevious' | 'packs.update' | 'packs.submitForReview' | 'packs.approve' | 'packs.reopen' | 'packs.delete' | 'areas.get' | 'areas.update' | 'narratives.save' | 'readiness.get' | 'audit.list'> = {
  'packs.list': todo,
  'packs.get': todo,
  'packs.create': todo,
  'packs.createFromPrevious': todo,
  'packs.update': todo,
  'packs.submitForReview': todo,
  'packs.approve': todo,
  'packs.reopen': todo,
  'packs.delete': todo,
  'areas.get': todo,
  'areas.update': todo,
  'narratives.save': todo,
  'readiness.get': todo,
  'audit.list': todo,
};
