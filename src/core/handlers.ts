// The core's implementation of the contract. Each service module supplies the handlers for its part;
// the Handlers type makes a missing or misspelt operation a compile error.
import type { OpName, OpOutput, OpParsedInput } from '../shared/api';
import type { CoreContext } from './context';

export type Handler<N extends OpName> = (input: OpParsedInput<N>, ctx: CoreContext) => Promise<OpOutput<N>>;
export type Handlers = { [N in OpName]: Handler<N> };
/** A service module's share of the handler map. */
export type HandlersFor<N extends OpName> = { [K in N]: Handler<K> };
