import { useMemo } from 'react'
import { assessAthlete, type AthleteAssessment } from '@shared/domain/assess'
import type { Settings } from '@shared/domain/settings'
import type { StoredAthleteCaseData } from '@shared/schemas/athlete-case'
import { useAthleteCase, useDomainSettings } from './api'

export type AssessmentState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'no injury' }
  | {
      status: 'ready'
      athleteCase: StoredAthleteCaseData
      settings: Settings
      assessment: AthleteAssessment
    }

/**
 * The engine's view of the athlete's open injury, computed in the page from the stored case with
 * the same function the squad board and the handover PDF use. Recomputed only when the case or
 * the settings change.
 */
export function useAssessment(athleteId: string): AssessmentState {
  const athleteCase = useAthleteCase(athleteId)
  const settings = useDomainSettings()
  const assessment = useMemo(
    () =>
      athleteCase.data && settings.data ? assessAthlete(athleteCase.data, settings.data) : null,
    [athleteCase.data, settings.data],
  )
  if (athleteCase.isPending || settings.isPending) return { status: 'loading' }
  if (athleteCase.isError) return { status: 'error', message: athleteCase.error.message }
  if (settings.isError) return { status: 'error', message: settings.error.message }
  if (athleteCase.data === null || assessment === null) return { status: 'no injury' }
  return { status: 'ready', athleteCase: athleteCase.data, settings: settings.data, assessment }
}
