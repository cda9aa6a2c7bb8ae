import type { AlertSeverity } from '@shared/domain/guardrails'
import type { GapStatus } from '@shared/domain/gap-analysis'
import type { PhaseStatus } from '@shared/domain/phases'
import type { CriterionStatus } from '@shared/schemas/phase-record'
import type { TrafficLight } from '@shared/schemas/scales'

/** Colours always travel with a word or an icon: the screens must read in greyscale too. */
export const criterionColors: Record<CriterionStatus, string> = {
  met: 'teal',
  'not met': 'red',
  'not assessed': 'gray',
  'not required': 'gray',
}

export const phaseStatusColors: Record<PhaseStatus, string> = {
  'working on criteria': 'indigo',
  'ready for discussion': 'teal',
  hold: 'yellow',
  'back off': 'red',
  locked: 'grape',
  maintain: 'teal',
}

export const lightColors: Record<TrafficLight, string> = {
  green: 'teal',
  amber: 'yellow',
  red: 'red',
}

export const severityColors: Record<AlertSeverity, string> = {
  info: 'blue',
  caution: 'yellow',
  stop: 'red',
}

/** Gap-analysis statuses; the badge always spells the status out beside the colour. */
export const gapStatusColors: Record<GapStatus, string> = {
  green: 'teal',
  amber: 'yellow',
  red: 'red',
  'not set': 'gray',
  'not required': 'gray',
}
