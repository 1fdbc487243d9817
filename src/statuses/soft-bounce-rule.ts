/**
 * When repeated soft bounces block an email address: `limit` of them within `days` days, with nothing
 * delivered in between. Voyado's help article "Email bounces and unsubscriptions" gives 10 in 90 days;
 * one soft bounce never blocks, and soft bounces never block an SMS number.
 */
export interface SoftBounceRule {
  /** How many soft bounces (blocked ones included) block the address. */
  readonly limit: number;
  /** The window they must fall within, in days. */
  readonly days: number;
}

/** Voyado's documented rule. */
export const DEFAULT_SOFT_BOUNCE_RULE: SoftBounceRule = Object.freeze({ limit: 10, days: 90 });

/**
 * The rule from settings that may be missing or bad (an attribute reads `abc` as NaN): each number that is
 * not a whole number of at least 1 falls back to the default, so a typo never turns the rule off silently.
 */
export function softBounceRule(limit?: number | null, days?: number | null): SoftBounceRule {
  return {
    limit: isWholeCount(limit) ? limit : DEFAULT_SOFT_BOUNCE_RULE.limit,
    days: isWholeCount(days) ? days : DEFAULT_SOFT_BOUNCE_RULE.days,
  };
}

/**
 * A list's rule: its own numbers where they are usable, else its provider's. A number of the list's own that is
 * missing or unusable leaves the provider's in force.
 */
export function softBounceRuleOf(
  own: { softBounceLimit?: number; softBounceDays?: number },
  shared: { softBounceLimit?: number; softBounceDays?: number } | undefined,
): SoftBounceRule {
  return softBounceRule(
    isWholeCount(own.softBounceLimit) ? own.softBounceLimit : shared?.softBounceLimit,
    isWholeCount(own.softBounceDays) ? own.softBounceDays : shared?.softBounceDays,
  );
}

/** A whole number of at least 1: the only kind of limit or window the rule takes. */
export function isWholeCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/** The smallest count the address line warns at: half the limit, rounded up. */
export function warningThreshold(rule: SoftBounceRule): number {
  return Math.ceil(rule.limit / 2);
}
