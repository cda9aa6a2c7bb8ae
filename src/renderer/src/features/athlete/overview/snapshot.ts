import type { PhaseEvaluation } from '@shared/domain/phases'
import type { z } from 'zod'
import type { criterionSnapshotSchema } from '@shared/schemas/phase-record'
import { phaseIndex, type PhaseId } from '@shared/schemas/scales'

type Snapshot = z.input<typeof criterionSnapshotSchema>

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`

/**
 * The criteria as the engine judged them when a phase decision is taken: the exit criteria of
 * the current phase and of every phase the decision moves past, with status, evidence, source
 * and any override. Stored with the decision so the handover shows what was known at the time.
 */
export function criteriaSnapshot(phases: PhaseEvaluation, target: PhaseId): Snapshot[] {
  const from = phaseIndex(phases.currentPhase)
  const to = Math.max(from, phaseIndex(target) - 1)
  return phases.phases
    .filter((p) => phaseIndex(p.phase) >= from && phaseIndex(p.phase) <= to)
    .flatMap((p) => p.criteria)
    .slice(0, 60)
    .map((c) => ({
      criterionId: c.id,
      threshold: clip(c.threshold, 200),
      source: clip(c.source, 200),
      status: c.status,
      evidence: c.evidence ? clip(c.evidence.text, 300) : null,
      overriddenBy: c.override ? clip(`${c.override.by} (${c.override.role})`, 120) : null,
      reason: clip(c.override ? c.override.reason : c.reason, 500) || null,
    }))
}
