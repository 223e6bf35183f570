// Choosing the pack a command works on: --pack ID or --latest, with a message that lists the packs when
// the id is not one of them.
import type { CoreContext } from '../core/context';
import { call } from '../core/dispatch';
import { AppError } from '../core/errors';
import type { Pack } from '../shared/entities';
import { flag, optionalString, UsageError, type CommandInput } from './command';


/** The pack named by --pack, or the newest with --latest; exactly one of them must be given. */
export async function chosenPack(ctx: CoreContext, input: CommandInput, command: string, path: string): Promise<Pack> {
  const named = optionalString(input, 'pack');
  const latest = flag(input, 'latest');
  if (!named === !latest) throw new UsageError('Give either --pack ID or --latest.', command);
  const packs = await call(ctx, 'packs.list', {});
  const pack = named ? packs.find((p) => p.id === named) : packs[0];
  if (!pack)
    throw new AppError(
      'not_found',
      named
        ? `${path} has no pack with the id ${named}. ${packs.length ? `Its packs are: ${packs.map((p) => `${p.id} (${p.title})`).join('; ')}.` : 'It has no packs.'}`
        : `${path} has no packs.`,
    );
  return pack;
}
