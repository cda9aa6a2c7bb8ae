import {
  rosterImportCommitInput,
  rosterImportPreviewInput,
  rosterImportPreviewSchema,
  rosterImportResultSchema,
} from '../../schemas/roster-import'
import type { ChannelSpec } from './types'

export const rosterImportContract = {
  'roster:importPreview': { input: rosterImportPreviewInput, output: rosterImportPreviewSchema },
  'roster:importCommit': { input: rosterImportCommitInput, output: rosterImportResultSchema },
} as const satisfies Record<string, ChannelSpec>
