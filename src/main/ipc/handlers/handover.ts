import { localDay } from '@shared/dates'
import { recipients, type Recipient } from '@shared/reports/handover'
import { safeFileName } from '../../files/safe-file-name'
import { availabilityData, renderAvailability } from '../../reports/availability'
import { handoverData, renderHandover, sha256 } from '../../reports/handover'
import { saveWithDialog } from './reports'
import type { HandlersFor } from './types'

function pageCount(bytes: Uint8Array): number {
  // pdfkit writes one "/Type /Page" object per page (and "/Type /Pages" once for the tree).
  const text = Buffer.from(bytes).toString('latin1')
  return (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length
}

export const handoverHandlers: HandlersFor<
  'handover:preview' | 'handover:save' | 'handover:list' | 'reports:availability'
> = {
  'handover:preview': async (deps, input) => {
    const bytes = await renderHandover(handoverData(deps, input))
    return { pdfBase64: bytes.toString('base64'), pages: pageCount(bytes) }
  },

  'handover:save': async (deps, input) => {
    const data = handoverData(deps, input)
    const bytes = await renderHandover(data)
    const saved = await saveWithDialog(deps, bytes, {
      title: 'Save handover',
      defaultFileName: safeFileName(
        `Handover ${data.athlete.name} ${data.today}`,
        'pdf',
        'Handover',
      ),
      filterName: 'PDF document',
      extension: 'pdf',
    })
    if (saved.status === 'cancelled') return saved
    const hash = sha256(bytes)
    // The hash lets anyone later confirm a printed copy is the one the app produced.
    deps.db.transaction(() =>
      deps.repos.audit.record({
        actor: deps.repos.settings.actor(),
        action: 'handover.save',
        entityType: 'athlete',
        entityId: input.athleteId,
        athleteId: input.athleteId,
        detail: {
          recipient: input.recipient,
          fileName: saved.fileName,
          sha256: hash,
          questions: input.questions.length,
        },
      }),
    )()
    return { ...saved, sha256: hash }
  },

  'handover:list': (deps, input) => {
    deps.repos.athletes.get(input.athleteId)
    return deps.repos.audit.entriesFor(input.athleteId, 'handover.save').map((entry) => {
      const detail = (entry.detail ?? {}) as Record<string, unknown>
      const recipient = (recipients as readonly string[]).includes(detail['recipient'] as string)
        ? (detail['recipient'] as Recipient)
        : null
      return {
        at: entry.at,
        actor: entry.actor,
        recipient,
        fileName: typeof detail['fileName'] === 'string' ? detail['fileName'] : null,
        sha256: typeof detail['sha256'] === 'string' ? detail['sha256'] : null,
        questions: typeof detail['questions'] === 'number' ? detail['questions'] : null,
      }
    })
  },

  'reports:availability': async (deps, input) => {
    const data = await availabilityData(deps, input.squadIds ?? null)
    const bytes = await renderAvailability(data)
    const name =
      data.squads.length === 1 ? `Availability ${data.squads[0]!.name}` : 'Squad availability'
    return saveWithDialog(deps, bytes, {
      title: 'Save squad availability',
      defaultFileName: safeFileName(
        `${name} ${localDay(deps.clock())}`,
        'pdf',
        'Squad availability',
      ),
      filterName: 'PDF document',
      extension: 'pdf',
    })
  },
}
