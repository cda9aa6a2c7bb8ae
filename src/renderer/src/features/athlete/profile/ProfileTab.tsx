import { Loader, Paper, Text, Title } from '@mantine/core'
import { notifySuccess } from '../../../lib/notify'
import { useProfile, useSaveProfile } from '../api'
import { ProfileForm } from './ProfileForm'

export function ProfileTab({ athleteId }: { athleteId: string }) {
  const profile = useProfile(athleteId)
  const save = useSaveProfile(athleteId)
  if (profile.isPending) return <Loader size="sm" />
  if (profile.isError) return <Text c="red">{profile.error.message}</Text>
  return (
    <Paper withBorder radius="lg" p="lg">
      <Title order={4} mb="md">
        Profile and baselines
      </Title>
      <ProfileForm
        key={profile.data?.updatedAt ?? 'new'}
        profile={profile.data}
        onSubmit={async (input) => {
          await save.mutateAsync({ athleteId, profile: input })
          notifySuccess('Profile saved')
        }}
      />
    </Paper>
  )
}
