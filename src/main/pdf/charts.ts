import type { DimensionGap, GapAnalysis } from '@shared/domain/gap-analysis'
import type { ResponseLightResult } from '@shared/domain/response-light'
import { addDays } from '@shared/dates'
import {
  chaosLevelLabels,
  codLevelLabels,
  contactLevelLabels,
  longLeverLevelLabels,
  type TrafficLight,
} from '@shared/schemas/scales'

/**
 * Charts of the handover as SVG strings built only from our own labels and numbers (no text a
 * user typed ever goes into SVG markup). Greyscale with words and letters on every mark, so a
 * black-and-white print reads the same as the screen.
 */

const FONT = 'font-family="Roboto"'

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

function fmt(value: number): string {
  return value >= 10 ? String(Math.round(value)) : value.toFixed(2).replace(/\.?0+$/, '')
}

/** Ring and word for a demand the athlete fears or has not tried since the injury. */
function flagMark(gap: DimensionGap, x: number, y: number, width: number): string {
  if (!gap.feared && !gap.untested) return ''
  const word = [gap.feared ? 'feared' : null, gap.untested ? 'untested' : null]
    .filter(Boolean)
    .join(', ')
  return (
    `<ellipse cx="${x + width / 2}" cy="${y}" rx="${width / 2 + 6}" ry="10" fill="none" stroke="#000" stroke-width="1.4"/>` +
    `<text x="${x + width + 10}" y="${y + 3.5}" font-size="7.5" font-style="italic" ${FONT}>(${word})</text>`
  )
}

const BAND_GREY: Record<string, string> = { green: '#ffffff', amber: '#bdbdbd', red: '#4d4d4d' }

/**
 * Coverage of each continuous demand: best single session ÷ one match (upper bar) and the
 * 7-day total ÷ a match week (lower bar), against the amber and green band lines.
 */
export function gapChartSvg(
  gap: GapAnalysis,
  bands: { redBelow: number; greenFrom: number },
  width = 515,
): string {
  const rows = gap.dimensions.filter((d) => d.kind !== 'ordinal' && d.status !== 'not required')
  const labelW = 150
  const valueW = 95
  const chartW = width - labelW - valueW
  const max = 1.5
  const rowH = 30
  const top = 22
  const height = top + rows.length * rowH + 18
  const xOf = (ratio: number) => labelW + (Math.min(ratio, max) / max) * chartW
  const parts: string[] = []
  parts.push(
    `<text x="${labelW}" y="10" font-size="7.5" ${FONT}>Coverage: upper bar best single session ÷ one match; lower bar 7-day total ÷ a match week</text>`,
  )
  for (const [value, label] of [
    [bands.redBelow, `${bands.redBelow}`],
    [bands.greenFrom, `${bands.greenFrom}`],
    [1, '1.0'],
  ] as const) {
    const x = xOf(value)
    parts.push(
      `<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${height - 14}" stroke="#000" stroke-width="0.6" stroke-dasharray="${value === 1 ? '0' : '3,2'}"/>`,
    )
    parts.push(
      `<text x="${x}" y="${height - 4}" font-size="7" text-anchor="middle" ${FONT}>${label}</text>`,
    )
  }
  rows.forEach((d, i) => {
    const y = top + i * rowH
    parts.push(`<text x="0" y="${y + 13}" font-size="8.5" ${FONT}>${esc(d.label)}</text>`)
    parts.push(flagMark(d, 0, y + 10, Math.min(labelW - 60, d.label.length * 4.3)))
    if (d.status === 'not set' || d.demandPerMatch === null) {
      parts.push(
        `<text x="${labelW + 4}" y="${y + 13}" font-size="8" font-style="italic" ${FONT}>demand not entered</text>`,
      )
      return
    }
    // Top speed is a single-session demand: there is no week total to compare.
    const bars: [number | null, number][] =
      d.kind === 'velocity'
        ? [[d.coverageSingle, y + 3]]
        : [
            [d.coverageSingle, y + 3],
            [d.coverageWeek, y + 15],
          ]
    for (const [ratio, by] of bars) {
      if (ratio === null) {
        parts.push(
          `<text x="${labelW + 4}" y="${by + 8}" font-size="7" font-style="italic" ${FONT}>no match week set</text>`,
        )
        continue
      }
      const w = Math.max(1, xOf(ratio) - labelW)
      parts.push(
        `<rect x="${labelW}" y="${by}" width="${w}" height="9" fill="${BAND_GREY[d.status] ?? '#ffffff'}" stroke="#000" stroke-width="0.7"/>`,
      )
      if (ratio > max)
        parts.push(
          `<text x="${labelW + chartW - 2}" y="${by + 7.5}" font-size="7" text-anchor="end" ${FONT}>›</text>`,
        )
    }
    const statusWord = d.status === 'green' ? 'covered' : d.status === 'amber' ? 'part' : 'gap'
    const single = d.coverageSingle === null ? '–' : fmt(d.coverageSingle)
    const week = d.coverageWeek === null ? '–' : fmt(d.coverageWeek)
    parts.push(
      `<text x="${width}" y="${y + 11}" font-size="8" text-anchor="end" ${FONT}>${single} / ${week}</text>`,
    )
    parts.push(
      `<text x="${width}" y="${y + 21}" font-size="7" text-anchor="end" ${FONT}>${statusWord}</text>`,
    )
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`
}

const ladderLabels: Record<string, Record<number, string>> = {
  cutting: codLevelLabels,
  contact: contactLevelLabels,
  chaos: chaosLevelLabels,
  longLever: longLeverLevelLabels,
}
const ladderRange: Record<string, [number, number]> = {
  cutting: [0, 4],
  contact: [0, 3],
  chaos: [1, 5],
  longLever: [0, 3],
}

/**
 * The ordinal demands as ladders: each step a box, the level reached this week filled dark,
 * the level required framed thick and marked "required".
 */
export function laddersSvg(gap: GapAnalysis, width = 515): string {
  const ladders = gap.dimensions.filter((d) => d.kind === 'ordinal')
  const labelW = 150
  const rowH = 40
  const height = ladders.length * rowH + 6
  const parts: string[] = []
  ladders.forEach((d, i) => {
    const y = i * rowH + 4
    const [from, to] = ladderRange[d.dimension] ?? [0, 4]
    const steps = to - from + 1
    const boxW = (width - labelW - 10) / steps
    parts.push(`<text x="0" y="${y + 12}" font-size="8.5" ${FONT}>${esc(d.label)}</text>`)
    parts.push(flagMark(d, 0, y + 9, Math.min(labelW - 60, d.label.length * 4.3)))
    const reachedText = `reached ${d.bestSingle}${d.requiredLevel !== null ? `, required ${d.requiredLevel}` : ''}`
    parts.push(`<text x="0" y="${y + 24}" font-size="7" ${FONT}>${reachedText}</text>`)
    for (let level = from; level <= to; level += 1) {
      const x = labelW + (level - from) * boxW
      // Level 0 means "none": only real steps up to the level reached are filled.
      const reached = level > 0 && level <= d.bestSingle
      const required = d.requiredLevel === level
      parts.push(
        `<rect x="${x + 1}" y="${y}" width="${boxW - 2}" height="16" fill="${reached ? '#5a5a5a' : '#ffffff'}" stroke="#000" stroke-width="${required ? 2.2 : 0.6}"/>`,
      )
      parts.push(
        `<text x="${x + boxW / 2}" y="${y + 11}" font-size="7.5" text-anchor="middle" fill="${reached ? '#ffffff' : '#000000'}" ${FONT}>${level}</text>`,
      )
      const label = ladderLabels[d.dimension]?.[level] ?? ''
      const lines = wrap(`${label}${required ? ' (required)' : ''}`, Math.floor(boxW / 3.1), 2)
      lines.forEach((line, n) => {
        parts.push(
          `<text x="${x + boxW / 2}" y="${y + 23 + n * 6.5}" font-size="5.6" text-anchor="middle" ${FONT}>${esc(line)}</text>`,
        )
      })
    }
  })
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`
}

/** Up to `maxLines` lines of about `width` characters, the last one shortened with … */
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, Math.max(3, width - 1))}…`
  return kept
}

const LIGHT_FILL: Record<TrafficLight, { fill: string; text: string; letter: string }> = {
  green: { fill: '#ffffff', text: '#000000', letter: 'G' },
  amber: { fill: '#bdbdbd', text: '#000000', letter: 'A' },
  red: { fill: '#3a3a3a', text: '#ffffff', letter: 'R' },
}

/** The mornings of the last `days` days as a strip: G / A / R in greyscale, – for no check. */
export function responseStripSvg(
  lights: readonly ResponseLightResult[],
  today: string,
  days = 14,
  width = 515,
): string {
  const byDay = new Map<string, TrafficLight>()
  for (const light of lights) {
    // Several checks on one morning: the worst one counts.
    const current = byDay.get(light.date)
    const rank = { green: 0, amber: 1, red: 2 }
    if (!current || rank[light.light] > rank[current]) byDay.set(light.date, light.light)
  }
  const boxW = width / days
  const parts: string[] = []
  for (let i = 0; i < days; i += 1) {
    const day = addDays(today, i - days + 1)
    const light = byDay.get(day)
    const x = i * boxW
    const style = light ? LIGHT_FILL[light] : { fill: '#ffffff', text: '#777777', letter: '–' }
    parts.push(
      `<rect x="${x + 1}" y="0" width="${boxW - 2}" height="20" fill="${style.fill}" stroke="#000" stroke-width="0.6"/>`,
    )
    parts.push(
      `<text x="${x + boxW / 2}" y="14" font-size="10" font-weight="bold" text-anchor="middle" fill="${style.text}" ${FONT}>${style.letter}</text>`,
    )
    parts.push(
      `<text x="${x + boxW / 2}" y="31" font-size="6.5" text-anchor="middle" ${FONT}>${day.slice(8)}/${day.slice(5, 7)}</text>`,
    )
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="36" viewBox="0 0 ${width} 36">${parts.join('')}</svg>`
}
