import type { Content, ContentText, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import { ageInYears, daysBetween } from '@shared/dates'
import type { AthleteAssessment } from '@shared/domain/assess'
import { loadDimensionLabels, loadDimensionUnits, type LoadDimension } from '@shared/domain/load'
import type { CriterionResult } from '@shared/domain/phases'
import { recipientLabels, type Recipient } from '@shared/reports/handover'
import { dominantLegLabels, type DominantLeg } from '@shared/schemas/athlete'
import {
  hamstringMuscleLabels,
  mechanismLabels,
  munichGradeLabels,
} from '@shared/schemas/classification'
import type { InjuryRecord } from '@shared/schemas/injury-record'
import {
  chaosLevelLabels,
  codLevelLabels,
  contactLevelLabels,
  longLeverLevelLabels,
  sideLabels,
  stressorLabels,
} from '@shared/schemas/scales'
import type { WeeklyCheckIn } from '@shared/schemas/weekly-check-in'
import { gapChartSvg, laddersSvg, responseStripSvg } from './charts'
import { baseStyles, DISCLAIMER, formatDay, pageFooter, plain } from './common'

export interface HandoverData {
  club: string | null
  squadName: string
  preparedBy: string | null
  recipient: Recipient
  questions: readonly string[]
  athlete: {
    name: string
    position: string | null
    dateOfBirth: string | null
    dominantLeg: DominantLeg
  }
  injury: InjuryRecord
  assessment: AthleteAssessment
  /** The latest weekly check-in of the episode, if any. */
  checkIn: WeeklyCheckIn | null
  bands: { redBelow: number; greenFrom: number }
  today: string
  generatedAt: Date
  appVersion: string
  pageSize: 'A4' | 'LETTER'
}

const CONTENT_WIDTH = { A4: 515, LETTER: 532 } as const

function section(title: string): ContentText {
  // headlineLevel lets pageBreakBefore keep a heading with what follows it.
  return { text: title, style: 'section', headlineLevel: 1 }
}

function keyValues(rows: [string, string][]): Content {
  return {
    table: {
      widths: [130, '*'],
      body: rows.map(([key, value]) => [plain(key, 'label'), plain(value, 'cell')]),
    },
    layout: 'noBorders',
  }
}

const statusWord: Record<CriterionResult['status'], string> = {
  met: 'MET',
  'not met': 'NOT MET',
  'not assessed': 'NOT ASSESSED',
  'not required': 'NOT REQUIRED',
}

function criteriaTable(criteria: readonly CriterionResult[]): Content {
  const header = ['Criterion', 'Threshold', 'Latest value and date', 'Status', 'Source'].map((h) =>
    plain(h, 'tableHeader'),
  )
  const body: TableCell[][] = criteria.map((c) => {
    const evidence = c.evidence
      ? `${c.evidence.text}${c.evidence.date ? ` (${formatDay(c.evidence.date)})` : ''}`
      : c.reason
    const override = c.override
      ? `\nSet to ${c.override.status} by ${c.override.by}, ${c.override.role}, ${formatDay(c.override.date)}: ${c.override.reason}`
      : ''
    return [
      plain(c.name, 'cell'),
      plain(c.threshold, 'small'),
      plain(evidence + override, 'small'),
      c.status === 'met'
        ? { text: statusWord[c.status], style: 'status', fillColor: '#eeeeee' }
        : { text: statusWord[c.status], style: 'status' },
      plain(`${c.source}${c.notValidated ? ' · not validated' : ''} · ${c.strength}`, 'small'),
    ]
  })
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [95, 90, '*', 52, 90],
      body: [header, ...body],
    },
    layout: 'lightHorizontalLines',
  }
}

function injurySummary(injury: InjuryRecord, today: string): [string, string][] {
  const grades = [
    injury.bamicGrade ? `BAMIC ${injury.bamicGrade}` : null,
    injury.munichGrade ? `Munich ${munichGradeLabels[injury.munichGrade]}` : null,
  ].filter(Boolean)
  const rows: [string, string][] = [
    [
      'Date of injury',
      `${formatDay(injury.injuryDate)} (${daysBetween(injury.injuryDate, today)} days ago)`,
    ],
    [
      'Muscle',
      `${sideLabels[injury.side]} ${hamstringMuscleLabels[injury.muscle]}, ${injury.location}${injury.freeTendon ? ', free tendon involved' : ''}`,
    ],
    ['Grade', grades.length ? grades.join(' · ') : 'Not graded'],
    ['Mechanism', `${mechanismLabels[injury.mechanism]}, during ${injury.activity}`],
  ]
  if (injury.avulsion) {
    const a = injury.avulsion
    rows.push([
      'Proximal avulsion',
      `${a.tendonsInvolved} tendon(s), ${a.extent}${a.retractionCm !== null ? `, ${a.retractionCm} cm retraction` : ''}, ${a.chronicity}${a.bonyAvulsion ? ', bony' : ''}${a.sciaticNerveInvolved ? ', sciatic nerve involved' : ''}`,
    ])
  }
  rows.push([
    'Management',
    injury.management === 'surgical' && injury.surgeryDate
      ? `Surgical repair, ${formatDay(injury.surgeryDate)}`
      : 'Conservative',
  ])
  rows.push([
    'Discharged',
    injury.dischargeDate ? formatDay(injury.dischargeDate) : 'Still under medical care',
  ])
  return rows
}

function restrictionsInForce(data: HandoverData): Content {
  const active = data.injury.surgeonRestrictions.filter((r) => r.until > data.today)
  if (active.length === 0) return plain('No surgeon restriction in force.', 'small')
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: 'Surgeon’s restrictions in force', style: 'label' },
              {
                ul: active.map((r) =>
                  plain(
                    `${r.restriction} until ${formatDay(r.until)}${r.gate ? ` · phase ${r.gate.slice(1)} locked` : ''}${
                      r.stressors.length
                        ? ` · no ${r.stressors.map((s) => stressorLabels[s].toLowerCase()).join(', ')}`
                        : ''
                    }`,
                    'cell',
                  ),
                ),
              },
            ],
            margin: [6, 4, 6, 4],
          },
        ],
      ],
    },
    layout: { hLineWidth: () => 1.2, vLineWidth: () => 1.2 },
  }
}

const ladderWords: Record<string, Record<number, string>> = {
  cutting: codLevelLabels,
  contact: contactLevelLabels,
  chaos: chaosLevelLabels,
  longLever: longLeverLevelLabels,
}

/** The highest exposures of the last seven days, as a coach would say them. */
function canDoToday(data: HandoverData): [string, string][] {
  const gap = data.assessment.gap
  const rows: [string, string][] = []
  const dim = (name: string) => gap.dimensions.find((d) => d.dimension === name)
  const v = dim('maxVelocity')
  if (v) {
    rows.push([
      'Top speed',
      v.bestSingle > 0
        ? `${Math.round(v.bestSingle)} % of pre-injury max velocity (${v.effortsAt90 ?? 0} efforts ≥90 %, ${v.effortsAt95 ?? 0} ≥95 % this week)`
        : 'No top-speed running logged this week',
    ])
  }
  for (const [name, label] of [
    ['hsr', 'High-speed running'],
    ['sprintDistance', 'Sprint distance'],
    ['totalDistance', 'Total distance'],
  ] as const) {
    const d = dim(name)
    if (d && d.bestSingle > 0)
      rows.push([
        label,
        `best session ${Math.round(d.bestSingle)} m, week ${Math.round(d.windowTotal)} m`,
      ])
  }
  for (const name of ['cutting', 'contact', 'chaos', 'longLever'] as const) {
    const d = dim(name)
    if (!d) continue
    const words = ladderWords[name]?.[d.bestSingle] ?? String(d.bestSingle)
    rows.push([d.label, `level ${d.bestSingle}: ${words}`])
  }
  return rows
}

const LOAD_COLUMNS: { dimension: LoadDimension; header: string }[] = [
  { dimension: 'minutes', header: 'Minutes' },
  { dimension: 'totalDistance', header: 'Total (m)' },
  { dimension: 'hsr', header: 'HSR (m)' },
  { dimension: 'sprintDistance', header: 'Sprint (m)' },
  { dimension: 'accelerations', header: 'Accels' },
  { dimension: 'effortsAt95', header: 'Efforts ≥95 %' },
  { dimension: 'loadAu', header: 'Load (AU)' },
]

function weeklyLoads(data: HandoverData): Content {
  const columns = LOAD_COLUMNS.flatMap((column) => {
    const load = data.assessment.load.dimensions.find((d) => d.dimension === column.dimension)
    return load ? [{ ...column, load }] : []
  })
  const weeks = columns[0]?.load.weeklyTotals ?? []
  if (weeks.length === 0) return plain('No sessions logged in the last four weeks.', 'small')
  const header = [
    plain('Week', 'tableHeader'),
    ...columns.map((c) => ({ text: c.header, style: 'tableHeader', alignment: 'right' as const })),
  ]
  const body = weeks.map((week, i) => [
    plain(`${formatDay(week.weekFrom)} – ${formatDay(week.weekTo)}`, 'small'),
    ...columns.map((c) =>
      plain(String(Math.round(c.load.weeklyTotals[i]?.total ?? 0)), 'cellRight'),
    ),
  ])
  return {
    stack: [
      {
        table: {
          headerRows: 1,
          widths: [100, ...columns.map(() => '*' as const)],
          body: [header, ...body],
        },
        layout: 'lightHorizontalLines',
      },
      plain(
        `HSR and sprint metres over the thresholds of the athlete's data; accels are accelerations over the threshold; efforts at ≥95 % of pre-injury max velocity, logged or reached by the session's peak; load is session RPE × minutes. ${loadDimensionLabels.hsr}: usual week ${Math.round(columns.find((c) => c.dimension === 'hsr')?.load.chronicWeeklyMean ?? 0)} ${loadDimensionUnits.hsr}.`,
        'small',
      ),
    ],
  }
}

/**
 * The handover for medical staff as a pdfmake definition: pure data in, pure data out, so it
 * is tested as data and as a rendered file. Every user-typed string enters as text only.
 */
export function handoverDocument(data: HandoverData): TDocumentDefinitions {
  const width = CONTENT_WIDTH[data.pageSize]
  const a = data.assessment
  const p = a.phases
  const current = p.phases.find((phase) => phase.phase === p.currentPhase)
  const age = data.athlete.dateOfBirth ? ageInYears(data.athlete.dateOfBirth, data.today) : null
  const recipient = recipientLabels[data.recipient]

  const content: Content[] = [
    plain(data.athlete.name, 'title'),
    { text: `Return-to-sport handover for the ${recipient.toLowerCase()}`, style: 'kicker' },
    plain(
      [
        data.club,
        data.squadName,
        formatDay(data.today),
        data.preparedBy ? `prepared by ${data.preparedBy}` : null,
      ]
        .filter(Boolean)
        .join(' · '),
      'subtitle',
    ),
    {
      columns: [
        {
          width: '*',
          stack: [
            section('Athlete'),
            keyValues([
              ['Name', data.athlete.name],
              ['Age', age === null ? 'Not recorded' : `${age} years`],
              ['Position', data.athlete.position ?? 'Not recorded'],
              ['Dominant leg', dominantLegLabels[data.athlete.dominantLeg]],
            ]),
          ],
        },
        {
          width: '*',
          stack: [section('Injury'), keyValues(injurySummary(data.injury, data.today))],
        },
      ],
      columnGap: 16,
    },
    { ...(restrictionsInForce(data) as object), margin: [0, 8, 0, 0] } as Content,
    section('Where the athlete stands'),
    {
      text: [
        { text: `Phase ${p.currentPhase.slice(1)} · ${p.currentPhaseName}`, bold: true },
        {
          text: ` — ${p.daysInPhase} day${p.daysInPhase === 1 ? '' : 's'} in this phase (since ${formatDay(p.phaseEntryDate)}), ${p.pathwayName.toLowerCase()}. `,
        },
        { text: p.statusText },
      ],
      style: 'cell',
    },
    ...(p.blockers.length
      ? [
          plain(p.nextPhase ? `Before phase ${p.nextPhase.slice(1)}:` : 'Still open:', 'label'),
          { ul: p.blockers.map((b) => plain(b.text, 'cell')), margin: [0, 0, 0, 4] } as Content,
        ]
      : []),
    ...(p.conflicts.length ? [plain(p.conflicts.join(' '), 'warning')] : []),
    section(`Criteria of phase ${p.currentPhase.slice(1)}`),
    current ? criteriaTable(current.criteria) : plain('No criteria for this phase.', 'small'),
    ...(p.noLongerMet.length
      ? [
          plain(
            `No longer met on today's data (earlier phases): ${p.noLongerMet.map((c) => c.name).join('; ')}.`,
            'warning',
          ),
        ]
      : []),

    { ...section('What the athlete can do today'), pageBreak: 'before' },
    keyValues(canDoToday(data)),
    restrictionsInForce(data),
    section('Gap to the sport’s demands'),
    a.gap.hasDemand
      ? {
          stack: [
            { svg: gapChartSvg(a.gap, data.bands, width), width },
            { svg: laddersSvg(a.gap, width), width, margin: [0, 8, 0, 0] },
          ],
        }
      : plain('No sport demands entered yet: the gap cannot be shown.', 'small'),
    plain(
      `Coverage bands: below ${data.bands.redBelow} large gap, from ${data.bands.greenFrom} covered (product defaults, not validated). Circled demands are ones the athlete fears or has not tried since the injury.`,
      'small',
    ),

    section('Morning responses, last 14 days'),
    { svg: responseStripSvg(a.responses, data.today, 14, width), width },
    plain(
      'G green (may progress) · A amber (repeat the load) · R red (back off) · – no check that morning.',
      'small',
    ),
    section('Loads of the last four weeks'),
    weeklyLoads(data),
    section('Weekly check-in'),
    data.checkIn
      ? keyValues([
          ['Week', `from ${formatDay(data.checkIn.weekStart)}`],
          ['Response', data.checkIn.response],
          ['What we learned', data.checkIn.learned ?? '—'],
          ['Next step agreed', data.checkIn.nextStep ?? '—'],
          ['Agreed by', data.checkIn.agreedBy ?? '—'],
        ])
      : plain('No weekly check-in recorded yet.', 'small'),

    section('Proposed next step — for discussion'),
    { text: a.nextStep.title, bold: true, style: 'cell' },
    plain(a.nextStep.detail, 'cell'),
    plain(`${a.nextStep.forDiscussion} Rule: ${a.nextStep.rule}; ${a.nextStep.source}.`, 'small'),
    ...(a.alerts.length
      ? [
          section('Guardrails to note'),
          {
            ul: a.alerts.map((alert) =>
              plain(`${alert.rule} ${alert.title}: ${alert.message} (${alert.source})`, 'small'),
            ),
          } as Content,
        ]
      : []),
    section(`Questions for the ${recipient.toLowerCase()}`),
    data.questions.length
      ? {
          ol: data.questions.map((q) => ({
            stack: [
              plain(q, 'cell'),
              {
                canvas: [{ type: 'line', x1: 0, y1: 14, x2: width - 20, y2: 14, lineWidth: 0.5 }],
                margin: [0, 0, 0, 6],
              },
            ],
          })),
        }
      : plain('No questions added.', 'small'),
    section('Sign-off'),
    {
      table: {
        widths: ['*', '*', 90, '*'],
        heights: [12, 36],
        body: [
          ['Name', 'Role', 'Date', 'Signature'].map((h) => plain(h, 'tableHeader')),
          ['', '', '', ''].map(() => plain('')),
        ],
      },
    },
    plain(
      `${DISCLAIMER}: this handover shows where the athlete stands against criteria. Return to training and return to sport are decided and signed off by a named clinician with the athlete and coach.`,
      'small',
    ),
  ]

  return {
    pageSize: data.pageSize,
    pageMargins: [40, 48, 40, 52],
    info: {
      title: `Handover: ${data.athlete.name}`,
      creator: 'RTS Bridge',
      subject: DISCLAIMER,
    },
    header: (page) =>
      page > 1
        ? {
            text: `Handover · ${data.athlete.name} · ${formatDay(data.today)}`,
            style: 'footer',
            margin: [40, 20, 40, 0],
          }
        : null,
    footer: pageFooter(data.generatedAt, data.appVersion),
    styles: {
      ...baseStyles,
      title: { fontSize: 17, bold: true, margin: [0, 0, 0, 1] },
      kicker: { fontSize: 10.5, bold: true, color: '#333333' },
      section: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
      label: { fontSize: 8.5, bold: true, color: '#333333' },
      small: { fontSize: 7.5, color: '#333333' },
      status: { fontSize: 7.5, bold: true },
      warning: { fontSize: 8.5, bold: true, margin: [0, 4, 0, 0] },
      cellRight: { fontSize: 8.5, alignment: 'right' },
      cell: { fontSize: 9 },
    },
    defaultStyle: { fontSize: 9 },
    // Never leave a section heading alone at the foot of a page.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel === 1 && queries.getFollowingNodesOnPage().length < 2,
    content,
  }
}
