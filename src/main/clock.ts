/** The current instant. Injected so tests can fix time. */
export type Clock = () => Date

export const systemClock: Clock = () => new Date()

/** An instant as stored: ISO-8601 in UTC with milliseconds. */
export function instant(clock: Clock): string {
  return clock().toISOString()
}
