import { MorningCheckModal } from './MorningCheckModal'
import { SessionModal } from './SessionModal'

/** A quick entry opened from outside the athlete page (the squad board's row actions). */
export interface QuickEntry {
  kind: 'session' | 'check'
  athleteId: string
  athleteName: string
}

export function QuickEntryModals({
  entry,
  onClose,
}: {
  entry: QuickEntry | null
  onClose: () => void
}) {
  return (
    <>
      <SessionModal
        athleteId={entry?.athleteId ?? ''}
        athleteName={entry?.athleteName ?? ''}
        opened={entry?.kind === 'session'}
        onClose={onClose}
      />
      <MorningCheckModal
        athleteId={entry?.athleteId ?? ''}
        athleteName={entry?.athleteName ?? ''}
        opened={entry?.kind === 'check'}
        onClose={onClose}
      />
    </>
  )
}
