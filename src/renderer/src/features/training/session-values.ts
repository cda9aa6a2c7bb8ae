import type {
  CodType,
  ExposureSession,
  ExposureSessionFacts,
  ExposureSessionInput,
  SessionContactType,
  SessionType,
  SpeedWarningSign,
} from '@shared/schemas/exposure-session'
import { emptyToNull, nullToEmpty } from '../../lib/form-values'

/** What the session form holds: the schema's fields, with '' for a blank (not measured) number. */

type Num = number | ''

export interface RunningValues {
  totalDistanceMetres: Num
  hsrMetres: Num
  sprintMetres: Num
  sprintCount: Num
  peakVelocityMps: Num
  effortsAt90PercentVmax: Num
  effortsAt95PercentVmax: Num
  continuousRunMinutes: Num
}

export interface SessionFormValues extends Record<string, unknown> {
  date: string
  type: SessionType
  minutes: Num
  chaosLevel: Num
  running: RunningValues
  accelerationCount: Num
  decelerationCount: Num
  cod: { type: CodType; angleDeg: Num; intensityPercent: Num; count: Num }[]
  contacts: { type: SessionContactType; count: Num }[]
  longLeverLevel: number
  strength: {
    exercise: string
    sets: Num
    reps: Num
    loadKg: Num
    lengthened: boolean
    eccentric: boolean
  }[]
  rpe: Num
  painDuring: Num
  warningSigns: SpeedWarningSign[]
  dataSource: string
  device: string
  dataQuality: string
  notes: string
}

export const blankRunning: RunningValues = {
  totalDistanceMetres: '',
  hsrMetres: '',
  sprintMetres: '',
  sprintCount: '',
  peakVelocityMps: '',
  effortsAt90PercentVmax: '',
  effortsAt95PercentVmax: '',
  continuousRunMinutes: '',
}

/** A first session for an athlete with nothing logged yet. */
export function blankSession(today: string): SessionFormValues {
  return {
    date: today,
    type: 'field',
    minutes: '',
    chaosLevel: '',
    running: { ...blankRunning },
    accelerationCount: '',
    decelerationCount: '',
    cod: [],
    contacts: [],
    longLeverLevel: 0,
    strength: [],
    rpe: '',
    painDuring: '',
    warningSigns: [],
    dataSource: '',
    device: '',
    dataQuality: 'good',
    notes: '',
  }
}

/** A stored session as form values, for editing it. */
export function sessionToValues(session: ExposureSessionFacts): SessionFormValues {
  const facts: ExposureSessionFacts = {
    date: session.date,
    type: session.type,
    minutes: session.minutes,
    chaosLevel: session.chaosLevel,
    running: session.running,
    accelerationCount: session.accelerationCount,
    decelerationCount: session.decelerationCount,
    cod: session.cod,
    contacts: session.contacts,
    longLeverLevel: session.longLeverLevel,
    strength: session.strength,
    rpe: session.rpe,
    painDuring: session.painDuring,
    warningSigns: session.warningSigns,
    dataSource: session.dataSource,
    device: session.device,
    dataQuality: session.dataQuality,
    notes: session.notes,
  }
  const values = nullToEmpty(facts) as unknown as SessionFormValues
  if (session.running === null) values.running = { ...blankRunning }
  return values
}

/**
 * The quick-entry start: the last session again, on `today`. What happened in it (pain during,
 * warning signs, notes) is left blank: the coach enters what happened this time.
 */
export function prefillFromLast(last: ExposureSession | null, today: string): SessionFormValues {
  if (last === null) return blankSession(today)
  return {
    ...sessionToValues(last),
    date: today,
    painDuring: '',
    warningSigns: [],
    notes: '',
  }
}

/** Form values to what the `sessions:*` channels take: blanks become null, no running is null. */
export function valuesToInput(values: SessionFormValues): ExposureSessionInput {
  const input = emptyToNull(values) as unknown as ExposureSessionInput
  const running = input.running
  const anyRunning = running !== null && Object.values(running).some((value) => value !== null)
  return { ...input, running: anyRunning ? running : null }
}
