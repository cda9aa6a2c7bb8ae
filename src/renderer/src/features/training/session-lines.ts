import { sessionCuttingLevel, sessionLoadAu } from '@shared/domain/exposure'
import type { Settings } from '@shared/domain/settings'
import { percentOf, type SpeedUnit } from '@shared/domain/units'
import type { ExposureSessionFacts } from '@shared/schemas/exposure-session'
import type { ResponseCheckFacts } from '@shared/schemas/response-check'
import { formatNumber, formatPercent, formatSpeed, NBSP, plural, withUnit } from './format'

/**
 * A session and a morning check written out in short lines with their units, for the log
 * table (and anywhere else that has to read like the paper sheet it replaces).
 */

const typeWords = { gym: 'Gym', field: 'Field', match: 'Match' } as const

export function sessionHeadline(s: ExposureSessionFacts): string {
  return `${typeWords[s.type]} · ${withUnit(s.minutes, 'min')}`
}

export function effortLines(s: ExposureSessionFacts): string[] {
  const load = sessionLoadAu(s)
  return [
    s.rpe === null ? 'RPE not recorded' : `RPE ${formatNumber(s.rpe)}/10 · ${withUnit(load, 'AU')}`,
    s.painDuring === null
      ? 'Pain during not recorded'
      : `Pain during ${formatNumber(s.painDuring)}/10`,
  ]
}

/** One labelled line of what a session exposed the athlete to. */
export interface ExposureLine {
  label: string
  text: string
  /** Long lines take the full width; short ones sit two to a row. */
  wide?: boolean
}

export function exposureLines(
  s: ExposureSessionFacts,
  vmaxMps: number | null,
  unit: SpeedUnit,
  settings: Settings,
): ExposureLine[] {
  const lines: ExposureLine[] = []
  const r = s.running
  if (r === null) lines.push({ label: 'Running', wide: true, text: 'none logged' })
  else {
    const running = [
      r.totalDistanceMetres !== null ? `total ${withUnit(r.totalDistanceMetres, 'm')}` : null,
      r.hsrMetres !== null ? `HSR ${withUnit(r.hsrMetres, 'm')}` : null,
      r.sprintMetres !== null || r.sprintCount !== null
        ? `sprint ${withUnit(r.sprintMetres, 'm')}${r.sprintCount !== null ? ` (${plural(r.sprintCount, 'sprint')})` : ''}`
        : null,
      r.continuousRunMinutes !== null
        ? `longest run ${withUnit(r.continuousRunMinutes, 'min')}`
        : null,
    ].filter(Boolean)
    lines.push({
      label: 'Running',
      wide: true,
      text: running.length > 0 ? running.join(' · ') : 'not measured',
    })
    if (
      r.peakVelocityMps !== null ||
      r.effortsAt90PercentVmax !== null ||
      r.effortsAt95PercentVmax !== null
    ) {
      const percent = r.peakVelocityMps === null ? null : percentOf(r.peakVelocityMps, vmaxMps)
      const speed = [
        r.peakVelocityMps === null
          ? null
          : `peak ${formatSpeed(r.peakVelocityMps, unit)}${percent !== null ? ` = ${formatPercent(percent)} of max` : ''}`,
        `efforts ≥${NBSP}90${NBSP}%:${NBSP}${r.effortsAt90PercentVmax ?? '–'}, ≥${NBSP}95${NBSP}%:${NBSP}${r.effortsAt95PercentVmax ?? '–'}`,
      ].filter(Boolean)
      lines.push({ label: 'Speed', wide: true, text: speed.join(' · ') })
    }
  }
  lines.push({
    label: 'Acc/dec',
    text: `${s.accelerationCount ?? '–'} acc · ${s.decelerationCount ?? '–'} dec`,
  })
  lines.push({
    label: 'Contact',
    text:
      s.contacts.length === 0
        ? 'none'
        : s.contacts.map((c) => `${contactWords[c.type]} ×${c.count}`).join('; '),
  })
  lines.push({
    label: 'Cutting',
    wide: true,
    text:
      s.cod.length === 0
        ? 'none'
        : `level ${sessionCuttingLevel(s, settings)}/4: ${s.cod
            .map(
              (c) =>
                `${codWords[c.type]} ${c.count}×${c.angleDeg !== null ? ` ${c.angleDeg}°` : ''} at ${c.intensityPercent}${NBSP}%`,
            )
            .join('; ')}`,
  })
  lines.push({
    label: 'Levels',
    wide: true,
    text: `chaos ${s.chaosLevel === null ? '–' : `${s.chaosLevel}/5`} · long\u2011lever ${s.longLeverLevel}/3`,
  })
  return lines
}

const codWords = { 'pre-planned': 'pre-planned', reactive: 'reactive', opposed: 'opposed' } as const
const contactWords = { pads: 'pads', 'controlled live': 'controlled live', full: 'full' } as const

export function strengthLines(s: ExposureSessionFacts): string[] {
  if (s.strength.length === 0) return ['No strength work']
  return s.strength.map((e) => {
    const marks = [e.lengthened ? 'lengthened' : null, e.eccentric ? 'eccentric' : null].filter(
      Boolean,
    )
    return `${e.exercise} ${e.sets}×${e.reps}, ${e.loadKg === null ? 'body weight' : withUnit(e.loadKg, 'kg')}${
      marks.length > 0 ? ` · ${marks.join(', ')}` : ''
    }`
  })
}

/** Where the numbers came from, and how far to trust them. */
export function dataLine(s: ExposureSessionFacts): string {
  return [s.dataSource ?? 'Source not recorded', s.device, `${s.dataQuality} data`]
    .filter(Boolean)
    .join(' · ')
}

/** "Rest 0 · task 1 · stiffness 1 (/10) · AKE 70° · not painful to touch · apprehension 10/100". */
export function checkLine(c: ResponseCheckFacts): string {
  return [
    `Pain at rest${NBSP}${formatNumber(c.painAtRest)}/10`,
    `on task${NBSP}${formatNumber(c.painOnTask)}/10`,
    `stiffness${NBSP}${formatNumber(c.stiffness)}/10`,
    c.akeDeg === null ? 'AKE not measured' : `AKE${NBSP}${formatNumber(c.akeDeg)}°`,
    c.palpationPain ? 'painful to touch' : 'not painful to touch',
    `apprehension${NBSP}${formatNumber(c.apprehension)}/100`,
  ].join(' · ')
}
