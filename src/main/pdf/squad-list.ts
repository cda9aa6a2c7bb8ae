import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { ageInYears } from '@shared/dates'
import { dominantLegLabels, type Athlete } from '@shared/schemas/athlete'
import { baseStyles, DISCLAIMER, formatDay, pageFooter, plain } from './common'

export interface SquadListData {
  squadName: string
  athletes: readonly Athlete[]
  /** The local calendar day the list is printed, for ages. */
  today: string
  generatedAt: Date
  appVersion: string
  pageSize: 'A4' | 'LETTER'
}

function dateOfBirthCell(athlete: Athlete, today: string): Content {
  if (!athlete.dateOfBirth) return plain('—', 'muted')
  const age = ageInYears(athlete.dateOfBirth, today)
  return plain(`${formatDay(athlete.dateOfBirth)} (${age})`, 'cell')
}

/** The squad list as a pdfmake definition: pure data, tested as data and as a rendered file. */
export function squadListDocument(data: SquadListData): TDocumentDefinitions {
  const header = ['Name', 'Position', 'Date of birth (age)', 'Dominant leg'].map((label) =>
    plain(label, 'tableHeader'),
  )
  const rows = data.athletes.map((athlete) => [
    plain(athlete.name, 'cell'),
    athlete.position ? plain(athlete.position, 'cell') : plain('—', 'muted'),
    dateOfBirthCell(athlete, data.today),
    plain(dominantLegLabels[athlete.dominantLeg], 'cell'),
  ])
  const count = data.athletes.length
  return {
    pageSize: data.pageSize,
    pageMargins: [40, 40, 40, 48],
    info: { title: `Squad list: ${data.squadName}`, creator: 'RTS Bridge', subject: DISCLAIMER },
    footer: pageFooter(data.generatedAt, data.appVersion),
    styles: baseStyles,
    content: [
      plain(`Squad list: ${data.squadName}`, 'title'),
      plain(
        `${count} active athlete${count === 1 ? '' : 's'} · printed ${formatDay(data.today)}`,
        'subtitle',
      ),
      count === 0
        ? plain('No active athletes in this squad.', 'muted')
        : {
            table: {
              headerRows: 1,
              widths: ['*', 110, 120, 90],
              body: [header, ...rows],
            },
            layout: 'lightHorizontalLines',
          },
    ],
  }
}
