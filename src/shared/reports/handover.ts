import { z } from 'zod'
import { textField } from '../schemas/common'

/** Who the handover is written for. */
export const recipients = ['physiotherapist', 'sports physician', 'surgeon', 'coach'] as const
export type Recipient = (typeof recipients)[number]

export const recipientLabels: Record<Recipient, string> = {
  physiotherapist: 'Physiotherapist',
  'sports physician': 'Sports physician',
  surgeon: 'Surgeon',
  coach: 'Coach',
}

/**
 * Questions a coach commonly needs answered by each recipient, as a starting point: the coach
 * picks, edits and adds before printing. Written to ask for a decision or a limit, never to
 * imply one has been made.
 */
export const questionLibrary: Record<Recipient, readonly string[]> = {
  physiotherapist: [
    'Do you agree the exit criteria of the current phase are met, or what would you still like to see?',
    'Is the athlete ready for the next single new stressor we propose, and at what dose?',
    'Are there findings on palpation or in flexibility we should watch in the next 24 hours?',
    'Which strength work (Nordic, isometric, lengthened) should stay in the week, and how often?',
    'What response next morning would make you hold or step back?',
  ],
  'sports physician': [
    'Do you agree with the current phase and the proposed next step?',
    'Is there any clinical reason to slow the progression that the numbers here do not show?',
    'What do you need to see before return to full team training?',
    'Who signs off return to training and return to sport, and when will you review?',
    'Does the recurrence history change how quickly we should progress?',
  ],
  surgeon: [
    'Which restrictions still apply, and until which date?',
    'When may running, sprinting, cutting and contact each start after the repair?',
    'Is there anything in the repair or in recovery that changes the usual timeline?',
    'Which findings should make us stop and contact you?',
    'When is the next review, and what should we bring to it?',
  ],
  coach: [
    'Which sessions this week can include the athlete, and with which limits?',
    'Which drills can be planned (not reactive) to keep the athlete in training safely?',
    'Can we schedule the top-speed exposure the plan needs in the coming week?',
    'Who in the staff confirms the athlete’s response each morning?',
    'What should the athlete avoid outside planned sessions?',
  ],
}

export const handoverRequestSchema = z.strictObject({
  athleteId: z.uuid(),
  recipient: z.enum(recipients, { message: 'Choose who the handover is for' }),
  questions: z.array(textField('Question', 3, 300)).max(12, 'At most 12 questions fit the page'),
})
export type HandoverRequest = z.input<typeof handoverRequestSchema>
