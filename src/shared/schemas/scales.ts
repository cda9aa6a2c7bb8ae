/**
 * The ordinal scales and small vocabularies shared by forms, the domain engine and the PDF.
 * Labels are written for coaches; sources follow domain.md §4 and §5.
 */

export const sides = ['left', 'right'] as const
export type Side = (typeof sides)[number]
export const sideLabels: Record<Side, string> = { left: 'Left', right: 'Right' }

/** Phases of the criteria-based model (domain.md §3). */
export const phaseIds = ['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6'] as const
export type PhaseId = (typeof phaseIds)[number]

/** Position of a phase in the model, 0 for P0 … 6 for P6. */
export function phaseIndex(phase: PhaseId): number {
  return phaseIds.indexOf(phase)
}

/**
 * Change of direction (cutting) ladder, 0–4 (domain.md §4). The order is also G4's order:
 * pre-planned before reactive, reactive before opposed.
 */
export const codLevels = [0, 1, 2, 3, 4] as const
export type CodLevel = (typeof codLevels)[number]
export const codLevelLabels: Record<CodLevel, string> = {
  0: 'No cutting',
  1: 'Pre-planned cuts, below full speed',
  2: 'Pre-planned cuts, full speed',
  3: 'Reactive cuts (responding to a cue)',
  4: 'Opposed cuts (against an opponent)',
}

/** Contact ladder, 0–3 (domain.md §4): non-contact before contact (G4). */
export const contactLevels = [0, 1, 2, 3] as const
export type ContactLevel = (typeof contactLevels)[number]
export const contactLevelLabels: Record<ContactLevel, string> = {
  0: 'No contact',
  1: 'Contact with pads or shields',
  2: 'Controlled live contact',
  3: 'Full match contact',
}

/** Control–chaos continuum (Taberner, Allen & Cohen 2019; updated 2025), 1–5. */
export const chaosLevels = [1, 2, 3, 4, 5] as const
export type ChaosLevel = (typeof chaosLevels)[number]
export const chaosLevelLabels: Record<ChaosLevel, string> = {
  1: 'High control: linear running, set speeds',
  2: 'Moderate control: planned drills',
  3: 'Control–chaos: drills with some reaction',
  4: 'Moderate chaos: small-sided, game-like',
  5: 'High chaos: team training at game speed',
}

/**
 * Long-lever / kicking ladder, 0–3. domain.md names the scale but not its steps; these step
 * descriptions are a product default [EO] for stretch-type demands (kicking, reaching, lunging).
 */
export const longLeverLevels = [0, 1, 2, 3] as const
export type LongLeverLevel = (typeof longLeverLevels)[number]
export const longLeverLevelLabels: Record<LongLeverLevel, string> = {
  0: 'No kicking or long-lever work',
  1: 'Short kicks and controlled reaches',
  2: 'Longer kicks and larger reaches at moderate speed',
  3: 'Full-power kicking, maximal reaches, lunges and slides',
}

/** The next-morning traffic light (G1, G2). */
export const trafficLights = ['green', 'amber', 'red'] as const
export type TrafficLight = (typeof trafficLights)[number]
export const trafficLightLabels: Record<TrafficLight, string> = {
  green: 'Green: settled, may progress',
  amber: 'Amber: repeat, add nothing new',
  red: 'Red: back off',
}

/**
 * How much weight a threshold or rule can bear. The UI and the PDF show it next to the source
 * so nobody mistakes a product default for a validated cut-off.
 */
export const evidenceStrengths = [
  'moderate',
  'observational',
  'consensus',
  'weak',
  'expert opinion',
  'disputed',
  'product rule',
] as const
export type EvidenceStrength = (typeof evidenceStrengths)[number]
export const evidenceStrengthLabels: Record<EvidenceStrength, string> = {
  moderate: 'Moderate evidence',
  observational: 'Observational studies only',
  consensus: 'Expert consensus (Delphi)',
  weak: 'Weak evidence',
  'expert opinion': 'Expert opinion or product default',
  disputed: 'Disputed',
  'product rule': 'Product safety rule',
}

/**
 * Kinds of load a surgeon restriction can rule out until its date. The next-step suggestion
 * skips any step that needs one of them, and G9 flags sessions that included one.
 */
export const stressors = [
  'running',
  'sprinting',
  'acceleration',
  'lengthened loading',
  'cutting',
  'kicking',
  'contact',
  'team training',
] as const
export type Stressor = (typeof stressors)[number]
export const stressorLabels: Record<Stressor, string> = {
  running: 'Running',
  sprinting: 'Sprinting (70 % of max speed or faster)',
  acceleration: 'Hard accelerations and decelerations',
  'lengthened loading': 'Lengthened hamstring loading',
  cutting: 'Cutting / change of direction',
  kicking: 'Kicking and long-lever work',
  contact: 'Contact',
  'team training': 'Full team training',
}
