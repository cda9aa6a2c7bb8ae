/**
 * The domain engine of RTS Bridge: pure functions over one athlete's case. No clock, no I/O;
 * `today` and the settings are inputs. Entry points: `assessAthlete` (everything in one pass),
 * `responseLight`, `evaluatePhases`, `gapAnalysis`, `guardrailAlerts`, `nextSmallestStep`,
 * `loadSummary`, `weeklySummary`, `riskFactors`, `expectedWindow`.
 */
export * from './assess'
export * from './assessments'
export * from './case'
export * from './criteria'
export * from './exposure'
export * from './gap-analysis'
export * from './guardrails'
export * from './load'
export * from './next-step'
export * from './pathways'
export * from './phases'
export * from './response-light'
export * from './risk-factors'
export * from './settings'
export * from './steps'
export * from './timeline'
export * from './units'
export * from './weekly'

export * from '../schemas/assessment'
export * from '../schemas/athlete-profile'
export * from '../schemas/classification'
export * from '../schemas/exposure-session'
export * from '../schemas/injury'
export * from '../schemas/phase-record'
export * from '../schemas/response-check'
export * from '../schemas/scales'
export * from '../schemas/sport-demand'
export * from '../schemas/weekly-check-in'
export * from '../templates'
