import type { Page } from 'playwright-core';

/** One call from the page to the core, as the route sees it. */
export interface CoreCall {
  /** The operation's name (`items.save`), when the body is a call. */
  name?: string;
  /** The request's body as sent (to match on what a save carries). */
  body: string;
}

export interface HeldCalls {
  /** Resolves once the first picked call has arrived and is being held. */
  arrived: Promise<void>;
  /** Lets every held call go on, and any later one through. */
  release(): void;
  /** How many calls were picked so far (held or not). */
  readonly picked: number;
}

/**
 * Holds the page's calls to the core that `pick` names (an operation's name, or a test on the
 * call) until the test releases them: what a loaded machine does to a save or a read, made to
 * happen at the moment a test needs it. Only the first `times` picked calls are held. Calls not
 * held fall through to any other hold on the page, then to the core.
 */
export async function holdCalls(page: Page, pick: string | ((call: CoreCall) => boolean), { times = Infinity } = {}): Promise<HeldCalls> {
  const picks = typeof pick === 'string' ? (c: CoreCall) => c.name === pick : pick;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let arrive!: () => void;
  const arrived = new Promise<void>((r) => (arrive = r));
  let picked = 0;
  await page.route('**/api/invoke', async (route) => {
    const body = route.request().postData() ?? '';
    if (picks({ name: nameOf(body), body }) && picked++ < times) {
      arrive();
      await released;
    }
    await route.fallback();
  });
  return {
    arrived,
    release,
    get picked() {
      return picked;
    },
  };
}

function nameOf(body: string): string | undefined {
  try {
    const call = JSON.parse(body) as { name?: unknown } | null;
    return typeof call?.name === 'string' ? call.name : undefined;
  } catch {
    return undefined;
  }
}
