import { createHash } from 'node:crypto'
import { localDay } from '@shared/dates'
import { assessAthlete } from '@shared/domain/assess'
import type { handoverRequestSchema } from '@shared/reports/handover'
import type { z } from 'zod'
import { loadAthleteCase } from '../cases/athlete-case'
import { AppError } from '../errors'
import type { HandlerDeps } from '../ipc/deps'
import type { HandoverData } from '../pdf/handover'
import { renderInWorker } from '../workers/pdf'

export type ParsedHandoverRequest = z.output<typeof handoverRequestSchema>

/** Everything the handover prints, gathered from the database and the engine, for one day. */
export function handoverData(deps: HandlerDeps, request: ParsedHandoverRequest): HandoverData {
  const now = deps.clock()
  const today = localDay(now)
  const athlete = deps.repos.athletes.get(request.athleteId)
  const athleteCase = loadAthleteCase(deps.repos, athlete.id, today)
  if (!athleteCase) {
    throw new AppError(
      'validation',
      'This athlete has no open injury, so there is nothing to hand over yet.',
    )
  }
  const settings = deps.repos.settings.domain()
  const app = deps.repos.settings.app()
  const checkIns = deps.repos.checkIns.listByAthlete(athlete.id, {
    from: athleteCase.injury.injuryDate,
    to: today,
  })
  return {
    club: app.clubName,
    squadName: deps.repos.squads.get(athlete.squadId).name,
    preparedBy: app.userName,
    recipient: request.recipient,
    questions: request.questions,
    athlete: {
      name: athlete.name,
      position: athlete.position,
      dateOfBirth: athlete.dateOfBirth,
      dominantLeg: athlete.dominantLeg,
    },
    injury: athleteCase.injury,
    assessment: assessAthlete(athleteCase, settings),
    checkIn: checkIns.at(-1) ?? null,
    bands: { redBelow: settings.gap.redBelow.value, greenFrom: settings.gap.greenFrom.value },
    today,
    generatedAt: now,
    appVersion: deps.appVersion,
    pageSize: app.pageSize,
  }
}

/** The handover PDF, laid out in the PDF worker so the main process stays responsive. */
export function renderHandover(data: HandoverData): Promise<Buffer> {
  return renderInWorker({ kind: 'handover', data })
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}
