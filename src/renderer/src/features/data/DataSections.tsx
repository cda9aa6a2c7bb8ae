import { SettingsSection } from '../settings/SettingsPage'
import { AuditTrailSection } from './AuditTrailSection'
import { BackupsSection } from './BackupsSection'
import { EraseSection } from './EraseSection'
import { ExportSection } from './ExportSection'

/** Settings → data safety: backups and restore, export and import, erasure, the audit trail. */
export function DataSections() {
  return (
    <>
      <SettingsSection title="Backups and restore">
        <BackupsSection />
      </SettingsSection>
      <SettingsSection title="Export and import">
        <ExportSection />
      </SettingsSection>
      <SettingsSection title="Erase an athlete">
        <EraseSection />
      </SettingsSection>
      <SettingsSection title="Audit trail">
        <AuditTrailSection />
      </SettingsSection>
    </>
  )
}
