import type { CoreEvent } from './events';
import type { Result } from './result';

/** What the Electron preload exposes as window.corridor (contextBridge); absent in browser mode. */
export interface CorridorBridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  on(listener: (e: CoreEvent) => void): () => void;
}
