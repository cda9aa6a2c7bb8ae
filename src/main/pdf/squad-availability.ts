import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { availabilityLabels } from '@shared/schemas/athlete'
import { sideLabels } from '@shared/schemas/scales'
import type { AvailabilityData, AvailabilityRow } from '../reports/availability'
import { baseStyles, DISCLAIMER, formatDay, pageFooter, plain } from './common'

const headers = [
  'Athlete',
  'Status',
  'Injury',
  'Phase',
  'Typical return window',
  'Last morning',
  'Key restriction',
]

function window(row: AvailabilityRow, today: string): string {
  if (!row.injury) return '—'
  if (!row.expectedFrom) return 'Not graded'
  return row.expectedFrom > today
    ? `around ${formatDay(row.expectedFrom)}`
    : 'past the typical window'
}

function rowCells(row: AvailabilityRow, today: string): TableCell[] {
  return [
    {
      text: [
        { text: row.name, bold: true },
        { text: row.position ? `  ${row.position}` : '', fontSize: 7, color: '#444444' },
      ],
      style: 'cell',
    },
    plain(availabilityLabels[row.availability], 'cell'),
    plain(
      row.injury
        ? `${sideLabels[row.injury.side]} ${row.injury.muscle}${row.injury.grade ? ` ${row.injury.grade}` : ''}, ${row.injury.daysSinceInjury} d`
        : 'None open',
      'cell',
    ),
    plain(
      row.phase ? `P${row.phase.id.slice(1)} ${row.phase.name}, ${row.phase.daysInPhase} d` : '—',
      'cell',
    ),
    plain(window(row, today), 'cell'),
    plain(
      row.response
        ? `${row.response.light} (${formatDay(row.response.date)})`
        : row.injury
          ? 'no check yet'
          : '—',
      'cell',
    ),
    plain(
      row.keyRestriction
        ? `${row.keyRestriction.text} until ${formatDay(row.keyRestriction.until)}`
        : '—',
      'cell',
    ),
  ]
}

/**
 * Squad availability: one table per squad with repeating headers, landscape so seven columns
 * stay readable. The typical window is a guide from the injury grade, never a return date.
 */
export function availabilityDocument(data: AvailabilityData): TDocumentDefinitions {
  const content: Content[] = [
    plain('Squad availability', 'title'),
    plain(
      [data.club, formatDay(data.today), data.preparedBy ? `prepared by ${data.preparedBy}` : null]
        .filter(Boolean)
        .join(' · '),
      'subtitle',
    ),
  ]
  data.squads.forEach((squad, index) => {
    const injured = squad.rows.filter((r) => r.injury).length
    content.push({
      text: `${squad.name}${squad.demo ? ' · demo data' : ''} — ${squad.rows.length} athletes, ${injured} with an open injury`,
      style: 'section',
      ...(index > 0 ? { pageBreak: 'before' as const } : {}),
    })
    content.push(
      squad.rows.length === 0
        ? plain('No active athletes.', 'small')
        : {
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: [120, 70, 95, 110, 85, 75, '*'],
              body: [
                headers.map((h) => plain(h, 'tableHeader')),
                ...squad.rows.map((row) => rowCells(row, data.today)),
              ],
            },
            layout: 'lightHorizontalLines',
          },
    )
  })
  content.push(
    plain(
      `Typical return window: from the injury grade (see the athlete's handover for its source); a guide for planning, not a return date. ${DISCLAIMER}.`,
      'small',
    ),
  )
  return {
    pageSize: data.pageSize,
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 48],
    info: { title: 'Squad availability', creator: 'RTS Bridge', subject: DISCLAIMER },
    footer: pageFooter(data.generatedAt, data.appVersion),
    styles: {
      ...baseStyles,
      section: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      cellBold: { fontSize: 8.5, bold: true },
      cell: { fontSize: 8.5 },
      small: { fontSize: 7.5, color: '#333333', margin: [0, 4, 0, 0] },
    },
    content,
  }
}
