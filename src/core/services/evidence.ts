// TODO(helper): implement. Placeholder so the handler map compiles while this module is written.
import { AppError } from '../errors';
import type { HandlersFor } from '../handlers';

const todo = async (): Promise<never> => { throw new AppError('internal', 'Not built yet.'); };

export const evidenceHandlers: HandlersFor<'evidence.list' | 'evidence.get' | 'evidence.create' | 'evidence.update' | 'evidence.delete' | 'evidence.attachFile' | 'evidence.removeAttachment' | 'evidence.saveAttachment' | 'evidence.link' | 'evidence.unlink'> = {
  'evidence.list': todo,
  'evidence.get': todo,
  'evidence.create': todo,
  'evidence.update': todo,
  'evidence.delete': todo,
  'evidence.attachFile': todo,
  'evidence.removeAttachment': todo,
  'evidence.saveAttachment': todo,
  'evidence.link': todo,
  'evidence.unlink': todo,
};
