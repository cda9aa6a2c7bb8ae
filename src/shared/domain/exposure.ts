import type { ExposureSessionFacts, SessionContactType } from '../schemas/exposure-session'
import type { Stressor } from '../schemas/scales'
import type { Settings } from './settings'

/**
 * What one session exposed the athlete to, in the terms of the gap analysis and the ladders:
 * ordinal levels reached, counts and the kinds of load a surgeon restriction can rule out.
 */

type SessionLike = Pick<
  ExposureSessionFacts,
  | 'type'
  | 'minutes'
  | 'chaosLevel'
  | 'running'
  | 'accelerationCount'
  | 'decelerationCount'
  | 'cod'
  | 'contacts'
  | 'longLeverLevel'
  | 'strength'
  | 'rpe'
>

const contactLevelOf: Record<SessionContactType, number> = {
  pads: 1,
  'controlled live': 2,
  full: 3,
}

/**
 * Highest cutting level of a session on the 0–4 ladder: opposed 4, reactive 3, pre-planned at
 * or above the full-speed effort threshold (% effort) 2, other pre-planned cuts 1.
 */
export function sessionCuttingLevel(session: SessionLike, settings: Settings): number {
  let level = 0
  for (const entry of session.cod) {
    const entryLevel =
      entry.type === 'opposed'
        ? 4
        : entry.type === 'reactive'
          ? 3
          : entry.intensityPercent >= settings.gap.codMaxIntensityPercent.value
            ? 2
            : 1
    if (entryLevel > level) level = entryLevel
  }
  return level
}

/** Number of cuts logged in a session. */
export function sessionCutCount(session: SessionLike): number {
  let total = 0
  for (const entry of session.cod) total += entry.count
  return total
}

/** Highest contact level of a session on the 0–3 ladder (pads 1, controlled live 2, full 3). */
export function sessionContactLevel(session: SessionLike): number {
  let level = 0
  for (const entry of session.contacts) level = Math.max(level, contactLevelOf[entry.type])
  return level
}

/** Contacts in a session at or above the level that counts towards the match count. */
export function sessionContactCount(session: SessionLike, settings: Settings): number {
  let total = 0
  for (const entry of session.contacts) {
    if (contactLevelOf[entry.type] >= settings.gap.contactCountMinLevel.value) total += entry.count
  }
  return total
}

/** Session load in arbitrary units: CR-10 RPE × minutes (sRPE); null without an RPE. */
export function sessionLoadAu(
  session: Pick<ExposureSessionFacts, 'rpe' | 'minutes'>,
): number | null {
  return session.rpe === null ? null : session.rpe * session.minutes
}

/**
 * Kinds of load a session included, for G9 (restrictions). `percentVmax` is the session's
 * peak as % of pre-injury max velocity, or null when unknown.
 */
export function sessionStressors(
  session: SessionLike,
  percentVmax: number | null,
  settings: Settings,
): Set<Stressor> {
  const found = new Set<Stressor>()
  const running = session.running
  const ran =
    running !== null &&
    ((running.totalDistanceMetres ?? 0) > 0 ||
      (running.continuousRunMinutes ?? 0) > 0 ||
      (running.peakVelocityMps ?? 0) > 0)
  if (ran) found.add('running')
  if (
    (percentVmax !== null && percentVmax >= settings.progression.sprintingFromPercent.value) ||
    (running?.sprintMetres ?? 0) > 0 ||
    (running?.sprintCount ?? 0) > 0
  ) {
    found.add('sprinting')
  }
  if ((session.accelerationCount ?? 0) > 0 || (session.decelerationCount ?? 0) > 0) {
    found.add('acceleration')
  }
  if (session.strength.some((entry) => entry.lengthened)) found.add('lengthened loading')
  if (session.cod.length > 0) found.add('cutting')
  if (session.longLeverLevel > 0) found.add('kicking')
  if (session.contacts.length > 0) found.add('contact')
  if (session.chaosLevel === 5) found.add('team training')
  return found
}
