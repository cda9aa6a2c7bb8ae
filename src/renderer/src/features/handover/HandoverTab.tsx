import {
  ActionIcon,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core'
import { IconEye, IconFileDownload, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import {
  questionLibrary,
  recipientLabels,
  recipients,
  type Recipient,
} from '@shared/reports/handover'
import { errorMessage } from '../../lib/ipc'
import { notifyError, notifySuccess } from '../../lib/notify'
import { useAssessment } from '../athlete/use-assessment'
import { useHandoverPreview, useHandovers, useSaveHandover } from './api'
import { PdfPreview } from './PdfPreview'

interface Question {
  text: string
  chosen: boolean
  custom: boolean
}

function libraryFor(recipient: Recipient): Question[] {
  return questionLibrary[recipient].map((text, i) => ({ text, chosen: i < 3, custom: false }))
}

const MAX_QUESTIONS = 12

const shortLabels: Record<Recipient, string> = {
  physiotherapist: 'Physio',
  'sports physician': 'Physician',
  surgeon: 'Surgeon',
  coach: 'Coach',
}

/**
 * The handover: who it is for, the questions to put to them (from the library, edited or
 * added), a preview of the exact PDF, and saving it. Earlier handovers are listed with the
 * fingerprint of what was printed.
 */
export function HandoverTab({ athleteId }: { athleteId: string }) {
  const state = useAssessment(athleteId)
  const [recipient, setRecipient] = useState<Recipient>('physiotherapist')
  const [questions, setQuestions] = useState<Question[]>(() => libraryFor('physiotherapist'))
  const preview = useHandoverPreview()
  const save = useSaveHandover(athleteId)
  const history = useHandovers(athleteId)

  const chosen = questions.filter((q) => q.chosen && q.text.trim() !== '').map((q) => q.text.trim())
  const request = { athleteId, recipient, questions: chosen }
  const tooMany = chosen.length > MAX_QUESTIONS

  const changeRecipient = (next: Recipient) => {
    setRecipient(next)
    setQuestions((current) => [...libraryFor(next), ...current.filter((q) => q.custom)])
    preview.reset()
  }
  const update = (index: number, change: Partial<Question>) =>
    setQuestions((current) => current.map((q, i) => (i === index ? { ...q, ...change } : q)))

  if (state.status === 'loading') return null
  if (state.status !== 'ready') {
    return (
      <Paper withBorder radius="lg" p="lg">
        <Text>A handover needs an open injury: record the injury first.</Text>
      </Paper>
    )
  }

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="lg">
          <Paper withBorder radius="lg" p="lg">
            <Title order={4} mb="sm">
              Handover for
            </Title>
            <SegmentedControl
              fullWidth
              aria-label="Recipient"
              value={recipient}
              onChange={(value) => changeRecipient(value as Recipient)}
              data={recipients.map((value) => ({ value, label: shortLabels[value] }))}
            />
            <Title order={5} mt="lg" mb={4}>
              Questions to ask
            </Title>
            <Text size="xs" c="dimmed" mb="sm">
              Tick the ones to print, edit the wording, or add your own (up to {MAX_QUESTIONS}).
            </Text>
            <Stack gap="xs">
              {questions.map((q, i) => (
                <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
                  <Checkbox
                    mt={8}
                    checked={q.chosen}
                    onChange={(event) => update(i, { chosen: event.currentTarget.checked })}
                    aria-label={`Print question ${i + 1}`}
                  />
                  <Textarea
                    style={{ flex: 1 }}
                    autosize
                    minRows={1}
                    maxLength={300}
                    value={q.text}
                    aria-label={`Question ${i + 1}`}
                    onChange={(event) =>
                      update(i, { text: event.currentTarget.value, chosen: true })
                    }
                  />
                  {q.custom && (
                    <ActionIcon
                      mt={6}
                      variant="subtle"
                      color="red"
                      aria-label={`Remove question ${i + 1}`}
                      onClick={() => setQuestions((current) => current.filter((_, j) => j !== i))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  )}
                </Group>
              ))}
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  onClick={() =>
                    setQuestions((current) => [
                      ...current,
                      { text: '', chosen: true, custom: true },
                    ])
                  }
                >
                  Add a question
                </Button>
              </Group>
              {tooMany && (
                <Text size="sm" c="red">
                  {chosen.length} questions are ticked; at most {MAX_QUESTIONS} fit the page.
                </Text>
              )}
            </Stack>
            <Group mt="lg">
              <Button
                variant="default"
                leftSection={<IconEye size={16} />}
                loading={preview.isPending}
                disabled={tooMany}
                onClick={() =>
                  preview.mutate(request, { onError: (error) => notifyError('No preview', error) })
                }
              >
                Preview
              </Button>
              <Button
                leftSection={<IconFileDownload size={16} />}
                loading={save.isPending}
                disabled={tooMany}
                onClick={() =>
                  save.mutate(request, {
                    onSuccess: (result) => {
                      if (result.status === 'saved') notifySuccess(`Saved ${result.fileName}`)
                    },
                    onError: (error) => notifyError('The handover was not saved', error),
                  })
                }
              >
                Save PDF…
              </Button>
            </Group>
            <Text size="xs" c="dimmed" mt="sm">
              The handover shows where the athlete stands against criteria; it is decision support,
              not medical clearance.
            </Text>
          </Paper>

          <Paper withBorder radius="lg" p="lg">
            <Title order={5} mb="sm">
              Earlier handovers
            </Title>
            {history.isError ? (
              <Text c="red">{errorMessage(history.error)}</Text>
            ) : !history.data || history.data.length === 0 ? (
              <Text size="sm" c="dimmed">
                None saved yet.
              </Text>
            ) : (
              <Table aria-label="Earlier handovers" verticalSpacing={6} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Saved</Table.Th>
                    <Table.Th>For</Table.Th>
                    <Table.Th>By</Table.Th>
                    <Table.Th>Fingerprint</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {history.data.map((h) => (
                    <Table.Tr key={h.at}>
                      <Table.Td>
                        {new Date(h.at).toLocaleString('en-GB', {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                        })}
                      </Table.Td>
                      <Table.Td>{h.recipient ? recipientLabels[h.recipient] : '—'}</Table.Td>
                      <Table.Td>{h.actor}</Table.Td>
                      <Table.Td title={h.sha256 ?? undefined}>
                        <Text size="xs" ff="monospace">
                          {h.sha256 ? h.sha256.slice(0, 12) : 'details erased'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Paper withBorder radius="lg" p="lg" bg="gray.1">
          {preview.data ? (
            <PdfPreview pdfBase64={preview.data.pdfBase64} />
          ) : (
            <Text c="dimmed" ta="center" py="xl">
              Press Preview to see the handover exactly as it will print.
            </Text>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  )
}
