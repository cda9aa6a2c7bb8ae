import { describe, expect, it } from 'vitest'
import { addDays, localDay } from '../../src/shared/dates'
import { athleteCreateSchema, athleteFieldsSchema } from '../../src/shared/schemas/athlete'
import { squadCreateSchema } from '../../src/shared/schemas/squad'

const valid = {
  name: 'Sam Reid',
  position: 'Winger',
  dateOfBirth: '2000-05-02',
  dominantLeg: 'right',
}

function messages(input: unknown): Record<string, string> {
  const result = athleteFieldsSchema.safeParse(input)
  if (result.success) return {}
  const out: Record<string, string> = {}
  for (const issue of result.error.issues) out[issue.path.join('.')] ??= issue.message
  return out
}

describe('athlete form schema', () => {
  it('tidies spaces and stores an empty position or date of birth as not recorded', () => {
    expect(
      athleteFieldsSchema.parse({
        ...valid,
        name: '  Sam   Reid ',
        position: '  ',
        dateOfBirth: '',
      }),
    ).toEqual({
      name: 'Sam Reid',
      position: null,
      dateOfBirth: null,
      dominantLeg: 'right',
    })
  })

  it.each([
    ['an empty name', { name: '   ' }, 'name', 'Name is required'],
    ['a very long name', { name: 'x'.repeat(121) }, 'name', 'Name can be at most 120 characters'],
    ['a control character', { name: 'Sam\u0007Reid' }, 'name', 'Name has an invalid character'],
    [
      'a day that does not exist',
      { dateOfBirth: '2001-02-29' },
      'dateOfBirth',
      'That day does not exist on the calendar',
    ],
    [
      'a day-first date',
      { dateOfBirth: '17/04/2001' },
      'dateOfBirth',
      'Use the format YYYY-MM-DD, for example 2004-03-17',
    ],
    [
      'a birth year that cannot be right',
      { dateOfBirth: '1850-01-01' },
      'dateOfBirth',
      'Check the year of birth',
    ],
    [
      'a date in the future',
      { dateOfBirth: addDays(localDay(new Date()), 1) },
      'dateOfBirth',
      'Date of birth cannot be in the future',
    ],
    ['no dominant leg', { dominantLeg: '' }, 'dominantLeg', 'Choose the dominant leg'],
    [
      'an unknown dominant leg',
      { dominantLeg: 'middle' },
      'dominantLeg',
      'Choose the dominant leg',
    ],
  ])('explains %s on the right field', (_label, change, field, message) => {
    expect(messages({ ...valid, ...change })[field]).toBe(message)
  })

  it('accepts a leap day that exists', () => {
    expect(athleteFieldsSchema.safeParse({ ...valid, dateOfBirth: '2000-02-29' }).success).toBe(
      true,
    )
  })

  it('refuses unknown fields instead of silently dropping them', () => {
    expect(
      athleteCreateSchema.safeParse({
        ...valid,
        squadId: '00000000-0000-4000-8000-000000000001',
        admin: true,
      }).success,
    ).toBe(false)
  })
})

describe('squad name', () => {
  it('needs a name of at most 80 characters', () => {
    expect(squadCreateSchema.safeParse({ name: '' }).success).toBe(false)
    expect(squadCreateSchema.safeParse({ name: 'x'.repeat(81) }).success).toBe(false)
    expect(squadCreateSchema.parse({ name: ' U21 ' })).toEqual({ name: 'U21' })
  })
})
