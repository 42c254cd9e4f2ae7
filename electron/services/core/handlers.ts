import type { OpName, OpParsed, OpResult } from '../../api/contract';
import type { ServiceContext } from './context';

/** A service function for one contract operation. */
export type Handler<K extends OpName> = (ctx: ServiceContext, input: OpParsed<K>) => OpResult<K> | Promise<OpResult<K>>;

/** An area's slice of the handler table; the full table must cover every operation. */
export type AreaHandlers<K extends OpName> = { [P in K]: Handler<P> };
export type Handlers = AreaHandlers<OpName>;
