import type { Sex } from '@shared/schemas/classification'
import type { ClinicianRole, StaffRole } from '@shared/schemas/phase-record'
import type { Random } from './random'

/**
 * Fictional people for generated stories. The surnames are invented compounds on purpose, so a
 * demo or benchmark roster never reads like a real team sheet.
 */

export interface StaffMember {
  name: string
  role: StaffRole
}

/** The fictional staff who sign phase decisions, overrides and check-ins. */
export const staff = {
  physio: { name: 'Maren Holloway', role: 'physiotherapist' },
  doctor: { name: 'Dr Idris Okafor-Lane', role: 'sports physician' },
  surgeon: { name: 'Ms Beatrix Cavendale', role: 'surgeon' },
  strength: { name: 'Joel Fennimore', role: 'strength and conditioning coach' },
  scientist: { name: 'Priya Raghavan-Holt', role: 'sport scientist' },
  coach: { name: 'Rosalind Tremarrow', role: 'head coach' },
} as const satisfies Record<string, StaffMember>

export type StaffKey = keyof typeof staff

/** A clinician's name and role, for overrides (which need a clinician role). */
export function clinician(key: 'physio' | 'doctor' | 'surgeon'): {
  name: string
  role: ClinicianRole
} {
  return staff[key]
}

/** "Maren Holloway (physiotherapist)". */
export function signature(key: StaffKey): string {
  return `${staff[key].name} (${staff[key].role})`
}

const givenNames: Record<'female' | 'male', readonly string[]> = {
  female: [
    'Aoife',
    'Brielle',
    'Carys',
    'Dervla',
    'Elin',
    'Freya',
    'Ines',
    'Kaia',
    'Lenka',
    'Maelle',
    'Noor',
    'Orla',
    'Rhian',
    'Saoirse',
    'Talia',
    'Yara',
  ],
  male: [
    'Anselm',
    'Bram',
    'Cathal',
    'Dario',
    'Eoin',
    'Fintan',
    'Gethin',
    'Hamish',
    'Idris',
    'Jory',
    'Kofi',
    'Lorcan',
    'Matteo',
    'Niko',
    'Osian',
    'Tavish',
  ],
}

const surnameStarts = [
  'Ash',
  'Bright',
  'Cald',
  'Dun',
  'Elder',
  'Fern',
  'Gale',
  'Hollin',
  'Kestle',
  'Lark',
  'March',
  'Pen',
  'Quill',
  'Raven',
  'Thorn',
  'Wren',
] as const
const surnameEnds = [
  'bank',
  'brook',
  'combe',
  'croft',
  'field',
  'ford',
  'gate',
  'hallow',
  'holt',
  'mere',
  'moor',
  'ridge',
  'stow',
  'wick',
] as const

/** A fictional full name: a given name and an invented two-part surname. */
export function fictionalName(random: Random, sex: Sex): string {
  const pool = sex === 'female' ? givenNames.female : givenNames.male
  return `${random.pick(pool)} ${random.pick(surnameStarts)}${random.pick(surnameEnds)}`
}
