import {
  gpsImportCommitInput,
  gpsImportOpenInput,
  gpsImportOpenSchema,
  gpsImportPreviewInput,
  gpsImportResultSchema,
  gpsImportStateSchema,
} from '../../schemas/gps-import'
import type { ChannelSpec } from './types'

export const gpsImportContract = {
  'gps:importOpen': { input: gpsImportOpenInput, output: gpsImportOpenSchema },
  'gps:importPreview': { input: gpsImportPreviewInput, output: gpsImportStateSchema },
  'gps:importCommit': { input: gpsImportCommitInput, output: gpsImportResultSchema },
} as const satisfies Record<string, ChannelSpec>
