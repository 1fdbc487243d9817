import type { StoreGuard } from './store-guard.js';

/** Voyado asked for quiet: answer `status` without asking it until `until` (epoch milliseconds). */
interface Hold {
  status: number;
  until: number;
}

// However long Voyado asks for, the handler does not go quiet for longer than this.
const MAX_HOLD_SECONDS = 300;

/**
 * The wait after Voyado's 429 or 503 with `Retry-After`, shared by every instance through the store:
 * many widgets refreshing must not hammer a key Voyado is already throttling, whichever instance they
 * reach. A hold only ever runs out, so one read from the store is kept here until it does.
 */
export class VoyadoHold {
  private local?: Hold;

  constructor(
    private readonly store: StoreGuard,
    private readonly key: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The hold in force and its seconds left, if any. A store that fails holds nothing: Voyado is asked. */
  async current(deadline: AbortSignal): Promise<{ status: number; seconds: number } | undefined> {
    if (!this.left(this.local)) {
      const shared = readHold(await this.store.read(this.key, deadline));
      if (shared && this.left(shared)) this.local = shared;
    }
    const seconds = this.left(this.local);
    return seconds ? { status: this.local!.status, seconds } : undefined;
  }

  /** Voyado asked for `seconds` of quiet: this instance keeps it, and the others learn it from the store. */
  async note(status: number, seconds: number): Promise<void> {
    const capped = Math.min(seconds, MAX_HOLD_SECONDS);
    const until = this.now() + capped * 1000;
    if (capped <= 0 || (this.local && this.local.until >= until)) return;
    this.local = { status, until };
    await this.store.set(this.key, JSON.stringify(this.local), capped * 1000).catch(() => undefined);
  }

  /** Whole seconds left of `hold`, or 0. */
  private left(hold: Hold | undefined): number {
    return hold ? Math.max(0, Math.ceil((hold.until - this.now()) / 1000)) : 0;
  }
}

function readHold(raw: string | undefined): Hold | undefined {
  if (raw === undefined) return undefined;
  try {
    const hold = JSON.parse(raw) as Hold;
    return Number.isFinite(hold?.until) && (hold.status === 429 || hold.status === 503) ? hold : undefined;
  } catch {
    return undefined;
  }
}
