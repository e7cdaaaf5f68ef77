import { SIGNAL_THRESHOLDS } from '../journey/signal-thresholds';

/** Clicks in a row at about the same place: where the first was, when, and how many so far. */
export interface ClickBurst {
  x: number;
  y: number;
  /** Time of the first click (ms, any one clock). */
  at: number;
  clicks: number;
}

/**
 * The burst after one more click: the same burst when the click is within the rage click's time of its first
 * click and within its radius of it, else a new burst of one (PostHog's definition).
 */
export function nextBurst(burst: ClickBurst | undefined, click: { x: number; y: number; at: number }): ClickBurst {
  const { withinMs, radiusPx } = SIGNAL_THRESHOLDS.rageClick;
  if (burst && click.at - burst.at <= withinMs && Math.hypot(click.x - burst.x, click.y - burst.y) <= radiusPx) return { ...burst, clicks: burst.clicks + 1 };
  return { ...click, clicks: 1 };
}

/** True on the very click that makes the burst a rage click (the 3rd), so it is reported once. */
export const becameRage = (burst: ClickBurst): boolean => burst.clicks === SIGNAL_THRESHOLDS.rageClick.clicks;
