import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Athlete } from '../../../src/shared/schemas/athlete'
import { readCsv } from '../../../src/main/import/csv'
import { previewRoster, ROSTER_CSV_LIMITS } from '../../../src/main/import/roster'

const csv = (text: string) => readCsv(Buffer.from(text), ROSTER_CSV_LIMITS)
const fixture = (name: string) =>
  readCsv(readFileSync(resolve(__dirname, '../../fixtures/roster', name)), ROSTER_CSV_LIMITS)

const existing: Athlete = {
  id: '00000000-0000-4000-8000-000000000001',
  squadId: '00000000-0000-4000-8000-0000000000aa',
  name: 'Lee Park',
  position: 'Winger',
  dateOfBirth: '1999-07-14',
  dominantLeg: 'left',
  availability: 'available',
  archivedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
}

describe('roster CSV preview', () => {
  it('reads the sample roster: any script, quoted names, day-first dates settled by 17/04', () => {
    const preview = previewRoster(fixture('roster-sample.csv'), [], null)
    expect(preview.fileErrors).toEqual([])
    expect(preview.dateOrder).toEqual({ used: 'dmy', needsChoice: false })
    expect(preview.columns.map((c) => c.field)).toEqual([
      'name',
      'position',
      'dateOfBirth',
      'dominantLeg',
      null,
    ])
    expect(preview.rows.map((r) => [r.status, r.values])).toEqual([
      [
        'new',
        {
          name: 'Zoë Kowalczyk',
          position: 'Winger',
          dateOfBirth: '2001-04-17',
          dominantLeg: 'right',
        },
      ],
      [
        'new',
        {
          name: 'Γιώργος Παπαδόπουλος',
          position: 'Centre-back',
          dateOfBirth: '1998-11-03',
          dominantLeg: 'left',
        },
      ],
      [
        'new',
        {
          name: 'Дмитрий Шостакович',
          position: 'Striker',
          dateOfBirth: '2000-12-25',
          dominantLeg: 'right',
        },
      ],
      [
        'new',
        {
          name: 'Reid, Sam',
          position: 'Full-back',
          dateOfBirth: '2000-05-02',
          dominantLeg: 'both',
        },
      ],
      [
        'new',
        {
          name: 'Aoife Ní Bhriain',
          position: 'Midfielder',
          dateOfBirth: null,
          dominantLeg: 'left',
        },
      ],
    ])
  })

  it('reports bad rows by line and column, and marks athletes already in the squad', () => {
    const preview = previewRoster(fixture('roster-bad-row.csv'), [existing], null)
    expect(preview.fileErrors).toEqual([])
    expect(preview.rows.map((r) => [r.line, r.status, r.errors])).toEqual([
      [2, 'existing', {}],
      [3, 'error', { dateOfBirth: '“31/02/2001” is not a day on the calendar.' }],
      [4, 'error', { dominantLeg: 'The dominant leg is missing: write left, right or both.' }],
    ])
  })

  it('explains a value that is not a date at all', () => {
    const preview = previewRoster(csv('Name,DOB,Foot\nA,next spring,left\n'), [], null)
    expect(preview.rows[0]?.errors['dateOfBirth']).toBe(
      '“next spring” is not a date. Write it as YYYY-MM-DD, for example 2004-03-17.',
    )
  })

  it('asks how dates are written when every date reads both ways', () => {
    const file = csv('Name,Date of birth,Foot\nA,03/04/2001,left\nB,05/06/2002,right\n')
    const unsure = previewRoster(file, [], null)
    expect(unsure.dateOrder).toEqual({ used: null, needsChoice: true })
    expect(unsure.rows[0]?.errors['dateOfBirth']).toMatch(/day first or month first/)
    const us = previewRoster(file, [], 'mdy')
    expect(us.rows.map((r) => r.values?.dateOfBirth)).toEqual(['2001-03-04', '2002-05-06'])
  })

  it('refuses a column of dates that mixes day-first and month-first', () => {
    const preview = previewRoster(
      csv('Name,DOB,Foot\nA,25/12/2000,left\nB,12/25/2000,left\n'),
      [],
      null,
    )
    expect(preview.fileErrors[0]).toMatch(/mix day-first and month-first/)
  })

  it('joins first and last name columns', () => {
    const preview = previewRoster(csv('First name,Surname,Foot\nSam,Reid,right\n'), [], null)
    expect(preview.rows[0]?.values?.name).toBe('Sam Reid')
  })

  it.each([
    ['a missing name column', 'Position,Foot\nWinger,left\n', /No name column/],
    ['a repeated header', 'Name,Foot,name\nA,left,B\n', /“name” appears twice/],
    [
      'two columns for one field',
      'Name,DOB,Birth date,Foot\nA,2001-01-01,2001-01-01,left\n',
      /Two columns look like the date of birth/,
    ],
    ['a header without athletes', 'Name,Foot\n', /no athletes/],
  ])('refuses %s for the whole file', (_label, text, message) => {
    expect(previewRoster(csv(text), [], null).fileErrors.join(' ')).toMatch(message)
  })

  it('flags the second copy of an athlete inside the file', () => {
    const preview = previewRoster(csv('Name,Foot\nSam Reid,left\nsam  reid,left\n'), [], null)
    expect(preview.rows[1]).toMatchObject({
      status: 'error',
      errors: { name: 'The same athlete as line 2.' },
    })
  })

  it('reports extra values beyond the header', () => {
    const preview = previewRoster(csv('Name,Foot\nSam,left,oops\n'), [], null)
    expect(preview.rows[0]?.errors['_row']).toMatch(/3 values but the header has 2 columns/)
  })
})
