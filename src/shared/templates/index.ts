import type { SportDemandFacts } from '../schemas/sport-demand'
import type { PositionTemplate, SportTemplate } from './build'
import {
  americanFootballTemplate,
  basketballTemplate,
  rugbyLeagueTemplate,
  rugbyUnionTemplate,
  sprintingTemplate,
} from './collision-and-court'
import {
  australianFootballTemplate,
  fieldHockeyTemplate,
  gaelicFootballTemplate,
  soccerTemplate,
} from './field-sports'

export * from './build'
export {
  americanFootballTemplate,
  australianFootballTemplate,
  basketballTemplate,
  fieldHockeyTemplate,
  gaelicFootballTemplate,
  rugbyLeagueTemplate,
  rugbyUnionTemplate,
  soccerTemplate,
  sprintingTemplate,
}

/** Every sport-demand template, in the order the sport picker lists them. */
export const sportTemplates: readonly SportTemplate[] = [
  soccerTemplate,
  gaelicFootballTemplate,
  australianFootballTemplate,
  fieldHockeyTemplate,
  rugbyUnionTemplate,
  rugbyLeagueTemplate,
  basketballTemplate,
  americanFootballTemplate,
  sprintingTemplate,
]

/** The template with this id (e.g. 'soccer'), or null. */
export function findTemplate(templateId: string): SportTemplate | null {
  return sportTemplates.find((t) => t.id === templateId) ?? null
}

/** The position of a template with this id (e.g. 'wide-midfielder'), or null. */
export function findPosition(template: SportTemplate, positionId: string): PositionTemplate | null {
  return template.positions.find((p) => p.id === positionId) ?? null
}

/**
 * A fresh, editable demand profile for an athlete from a template position: basis "template",
 * no feared/untested flags yet. Throws on an unknown id (a programming error, not user input).
 */
export function demandProfileFromTemplate(
  templateId: string,
  positionId: string,
): SportDemandFacts {
  const template = findTemplate(templateId)
  if (template === null) throw new RangeError(`Unknown sport template: ${templateId}`)
  const position = findPosition(template, positionId)
  if (position === null) throw new RangeError(`Unknown position ${positionId} in ${templateId}`)
  const notes = [...template.notes, ...(position.notes === null ? [] : [position.notes])].join(' ')
  const profile: SportDemandFacts = {
    sport: template.sport,
    position: position.id === 'all' ? null : position.name,
    level: template.level,
    basis: 'template',
    templateId: `${template.id}/${position.id}`,
    citation: template.citation,
    ...position.demand,
    flags: {},
    notes: notes === '' ? null : notes.slice(0, 1000),
  }
  // Templates are shared constants: the athlete's profile must never alias them.
  return JSON.parse(JSON.stringify(profile)) as SportDemandFacts
}
