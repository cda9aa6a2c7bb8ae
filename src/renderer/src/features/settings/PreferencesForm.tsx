import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import {
  appSettingsSchema,
  type AppSettings,
  type AppSettingsInput,
} from '@shared/schemas/app-settings'
import { fieldErrors } from '../../lib/ipc'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useZodForm } from '../../lib/use-zod-form'
import { useUpdateAppSettings } from './api'

type Values = AppSettingsInput & Record<string, unknown>

export function PreferencesForm({ settings }: { settings: AppSettings }) {
  const form = useZodForm<Values>(appSettingsSchema, {
    initialValues: {
      userName: settings.userName ?? '',
      clubName: settings.clubName ?? '',
      pageSize: settings.pageSize,
      speedUnit: settings.speedUnit,
    },
  })
  const update = useUpdateAppSettings()

  const submit = form.onSubmit(async (values) => {
    try {
      await update.mutateAsync(values)
      form.resetDirty()
      notifySuccess('Settings saved')
    } catch (error) {
      const fields = fieldErrors(error)
      if (fields) form.setErrors(fields)
      else notifyError('Settings were not saved', error)
    }
  })

  return (
    <form onSubmit={submit} noValidate aria-label="Preferences">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Your name"
            description="Printed as “prepared by” on reports and kept with every change you make."
            maxLength={120}
            {...form.getInputProps('userName')}
          />
          <TextInput label="Club" maxLength={120} {...form.getInputProps('clubName')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <div>
            <Text size="sm" fw={500} mb={4}>
              Paper size for reports
            </Text>
            <SegmentedControl
              data={[
                { value: 'A4', label: 'A4' },
                { value: 'LETTER', label: 'US Letter' },
              ]}
              {...form.getInputProps('pageSize')}
            />
          </div>
          <div>
            <Text size="sm" fw={500} mb={4}>
              Speeds shown in
            </Text>
            <SegmentedControl
              data={[
                { value: 'km/h', label: 'km/h' },
                { value: 'm/s', label: 'm/s' },
              ]}
              {...form.getInputProps('speedUnit')}
            />
          </div>
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save preferences
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
