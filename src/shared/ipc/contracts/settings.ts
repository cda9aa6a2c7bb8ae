import { appSettingsSchema, storedAppSettingsSchema } from '../../schemas/app-settings'
import { emptyInput } from '../../schemas/common'
import type { ChannelSpec } from './types'

export const settingsContract = {
  'settings:get': { input: emptyInput, output: storedAppSettingsSchema },
  'settings:update': { input: appSettingsSchema, output: storedAppSettingsSchema },
} as const satisfies Record<string, ChannelSpec>
