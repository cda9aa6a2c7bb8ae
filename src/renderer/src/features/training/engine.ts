import { prepareCase, type AthleteCase, type CaseResponseCheck } from '@shared/domain/case'
import type { ResponseLightResult } from '@shared/domain/response-light'
import type { Settings } from '@shared/domain/settings'
import type { ResponseCheckFacts } from '@shared/schemas/response-check'

/**
 * The training screens read the engine's answers; these helpers only decide which case the
 * engine sees. The light of a check is always the one `responseLight` gives inside the
 * engine's own pass over the case (previous morning, pain and warning signs of the loading
 * day, week-to-week pain trend), so a light shown before saving is the light stored after.
 */

const DRAFT_ID = 'draft-check'

/** The light of every stored morning check, by check id. */
export function lightsById(
  athleteCase: AthleteCase,
  settings: Settings,
): Map<string, ResponseLightResult> {
  const p = prepareCase(athleteCase, settings)
  const lights = new Map<string, ResponseLightResult>()
  p.checks.forEach((check, index) => {
    const light = p.checkLights[index]
    if (check.id !== undefined && light !== undefined) lights.set(check.id, light)
  })
  return lights
}

/**
 * The light a morning check would get if it were saved now: the case with the draft added
 * (or put in place of the check being edited, keeping its place among same-day checks).
 */
export function draftLight(
  athleteCase: AthleteCase,
  settings: Settings,
  draft: ResponseCheckFacts,
  editing: { id: string; createdAt: string } | null,
): ResponseLightResult {
  const others = athleteCase.responseChecks.filter((check) => check.id !== editing?.id)
  const candidate: CaseResponseCheck = {
    ...draft,
    id: DRAFT_ID,
    // A new check is the latest of its day.
    createdAt: editing?.createdAt ?? '9999-12-31T23:59:59.999Z',
  }
  const today = draft.date > athleteCase.today ? draft.date : athleteCase.today
  const p = prepareCase({ ...athleteCase, today, responseChecks: [...others, candidate] }, settings)
  const index = p.checks.findIndex((check) => check.id === DRAFT_ID)
  return p.checkLights[index] as ResponseLightResult
}
