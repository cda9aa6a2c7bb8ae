import type { ClubTemplate } from '@shared/ipc/contracts/templates'
import type { AthleteLevel } from '@shared/schemas/classification'
import { sportDemandFieldsShape, type SportDemandFacts } from '@shared/schemas/sport-demand'
import { demandProfileFromTemplate, findPosition, findTemplate } from '@shared/templates'
import { levelLabels } from './labels'

export type TemplateChoice =
  | { kind: 'builtin'; templateId: string; positionId: string }
  | { kind: 'club'; template: ClubTemplate }

/** Where a profile started: built-in "soccer/wide-midfielder" or a club template "club/<id>". */
export const CLUB_PREFIX = 'club/'

/** The profile fields of a stored row (without id, athlete and timestamps). */
export function profileFacts(stored: SportDemandFacts): SportDemandFacts {
  const keys = Object.keys(sportDemandFieldsShape) as (keyof SportDemandFacts)[]
  return Object.fromEntries(keys.map((key) => [key, stored[key]])) as SportDemandFacts
}

/** "Soccer · Wide midfielder (built-in template)" or "Academy winger (club template)". */
export function describeOrigin(
  templateId: string | null,
  clubTemplates: readonly ClubTemplate[],
): string | null {
  if (templateId === null) return null
  if (templateId.startsWith(CLUB_PREFIX)) {
    const club = clubTemplates.find((t) => t.id === templateId.slice(CLUB_PREFIX.length))
    return club ? `${club.name} (club template)` : 'a club template since removed'
  }
  const [sportId = '', positionId = ''] = templateId.split('/')
  const template = findTemplate(sportId)
  if (!template) return templateId
  const position = findPosition(template, positionId)
  return `${template.sport} · ${position?.name ?? positionId} (built-in template)`
}

/**
 * A profile from a template for this athlete. The athlete's feared / untested flags are theirs,
 * not the sport's, so they carry over. A level other than the template's gets a note, because
 * the numbers still come from the template's players.
 */
export function profileForAthlete(
  source: TemplateChoice,
  level: AthleteLevel,
  flags: SportDemandFacts['flags'],
): SportDemandFacts {
  const base =
    source.kind === 'builtin'
      ? demandProfileFromTemplate(source.templateId, source.positionId)
      : {
          ...(structuredClone(source.template.profile) as SportDemandFacts),
          templateId: `${CLUB_PREFIX}${source.template.id}`,
        }
  const levelNote =
    level === base.level
      ? null
      : `Numbers are from ${levelLabels[base.level].toLowerCase()} players: adjust them for a ${levelLabels[level].toLowerCase()} athlete from club data.`
  const notes = [base.notes, levelNote].filter((n): n is string => n !== null).join(' ')
  return {
    ...base,
    level,
    flags: structuredClone(flags),
    notes: notes === '' ? null : notes.slice(0, 1000),
  }
}
