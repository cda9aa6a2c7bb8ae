import { stepDefinitions, type StepId } from '@shared/domain/steps'
import type { SportDemandFacts } from '@shared/schemas/sport-demand'
import { phaseOn, progressOn, type PhasePlan } from './plan'
import type { Random } from './random'

/**
 * The day-by-day shape of a rehab: which kind of session each day holds, in the order of
 * domain.md §3 and G4 (one new stressor per session, volume before intensity, straight-line
 * before cutting, planned before reactive, non-contact before contact), with the sessions that
 * produce each exit criterion's evidence placed just before the phase ends.
 */

export type ItemKind =
  | 'activation'
  | 'strength'
  | 'lengthened'
  | 'walk-run'
  | 'jog'
  | 'strides'
  | 'nordic'
  | 'ladder'
  | 'match-sim'
  | 'team'
  | 'match'

/** Levels reached on the phase 4 ladders, and whether the volume steps are done. */
export interface LadderState {
  hsr: boolean
  acc: boolean
  cutting: number
  longLever: number
  chaos: number
  contact: number
}

export interface Item {
  kind: ItemKind
  /** Strides: % of max velocity; jog: continuous minutes; strength: variant. */
  level: number
  /** The session brings in something new (G4: one new stressor per session). */
  intro: boolean
  /** A session that produces an exit criterion's evidence at the end of a phase. */
  closer: boolean
  /** Phase 4 and later: the ladder levels this session works at. */
  ladder: LadderState
  /** The phase 4 step this session introduces, if any. */
  step: StepId | null
  /** What was new, in a coach's words (notes, and the cause of an amber morning). */
  what: string
}

export interface Day {
  offset: number
  phase: number
  /** Phase index plus the share of the phase done (see `progressOn`). */
  p: number
  item: Item | null
}

const startLadder: LadderState = {
  hsr: false,
  acc: false,
  cutting: 0,
  longLever: 0,
  chaos: 2,
  contact: 0,
}

function item(
  kind: ItemKind,
  what: string,
  options: Partial<Pick<Item, 'level' | 'intro' | 'closer' | 'ladder' | 'step'>> = {},
): Item {
  return {
    kind,
    what,
    level: options.level ?? 0,
    intro: options.intro ?? false,
    closer: options.closer ?? false,
    ladder: options.ladder ?? startLadder,
    step: options.step ?? null,
  }
}

const ladderWords: Record<string, string> = {
  'hsr-volume': 'high-speed running up to match volume',
  'acc-dec': 'accelerations and decelerations at match numbers',
  'cutting-1': 'pre-planned cuts below full speed',
  'cutting-2': 'pre-planned cuts at full speed',
  'cutting-3': 'reactive cuts',
  'cutting-4': 'opposed cuts',
  'long-lever-1': 'short kicks and controlled reaches',
  'long-lever-2': 'longer kicks and larger reaches',
  'long-lever-3': 'full-power kicking and maximal reaches',
  'chaos-3': 'drills with some reaction (chaos level 3)',
  'chaos-4': 'small-sided games (chaos level 4)',
  'contact-1': 'contact with pads and shields',
  'contact-2': 'controlled live contact',
  'contact-3': 'full contact',
}

function applyStep(state: LadderState, step: StepId): LadderState {
  const [ladder, level] = [step.replace(/-\d$/, ''), Number(step.slice(-1))]
  switch (ladder) {
    case 'hsr-volume':
      return { ...state, hsr: true }
    case 'acc-dec':
      return { ...state, acc: true }
    case 'cutting':
      return { ...state, cutting: level }
    case 'long-lever':
      return { ...state, longLever: level }
    case 'chaos':
      return { ...state, chaos: level }
    case 'contact':
      return { ...state, contact: level }
    default:
      return state
  }
}

/** The phase 4 steps this sport asks for, in the ladder's order. */
export function phase4Steps(demand: SportDemandFacts): StepId[] {
  return stepDefinitions
    .filter((step) => step.phase === 'P4' && step.required(demand))
    .map((step) => step.id)
}

/** Everything phase 4 builds up to: the levels the sport asks for. */
export function fullLadder(demand: SportDemandFacts): LadderState {
  return phase4Steps(demand).reduce(applyStep, startLadder)
}

interface Script {
  intros: Item[]
  /** Evidence sessions, each `before` days before the phase ends. */
  closers: { item: Item; before: number }[]
  /** What the other days hold, given what has been done so far in the phase. */
  filler: (state: FillState) => Item
}

interface FillState {
  /** Intros done so far in this phase. */
  done: Item[]
  /** Share of the phase done when the latest intro happened (0 before any). */
  introShare: number
  /** Fillers so far in this phase (alternation). */
  count: number
  /** Share of the phase done on this day. */
  share: number
}

function phaseScript(phase: number, demand: SportDemandFacts): Script {
  switch (phase) {
    case 0:
      return {
        intros: [],
        closers: [],
        filler: () => item('activation', 'isometrics and pain-free walking'),
      }
    case 1:
      return {
        intros: [],
        closers: [],
        filler: ({ count }) =>
          item('strength', 'strength, short to mid length', { level: count % 2 }),
      }
    case 2:
      return {
        intros: [
          item('lengthened', 'lengthened loading (Askling Glider)', { intro: true }),
          item('walk-run', 'walk-run intervals', { intro: true }),
        ],
        closers: [
          { item: item('jog', '30 min continuous jog', { level: 30, closer: true }), before: 1 },
        ],
        filler: ({ done, introShare, count, share }) => {
          const running = done.some((d) => d.kind === 'walk-run')
          const lengthened = done.some((d) => d.kind === 'lengthened')
          if (running && count % 2 === 0) {
            // Volume before intensity: the jog grows from 5 towards 25 min after the walk-run.
            const ramp = (share - introShare) / Math.max(0.2, 1 - introShare)
            const minutes = Math.min(25, 5 + 5 * Math.floor(ramp * 5))
            return item('jog', `${minutes} min continuous jog`, { level: minutes })
          }
          return lengthened
            ? item('lengthened', 'lengthened loading', { level: share > 0.5 ? 1 : 0 })
            : item('strength', 'strength, short to mid length', { level: count % 2 })
        },
      }
    case 3: {
      const strides = (level: number, words: string, closer = false) =>
        item('strides', words, { level, intro: !closer, closer })
      return {
        intros: [
          strides(60, 'strides at about 60 % of max velocity'),
          strides(70, 'strides at about 70 % of max velocity'),
          strides(80, 'strides at 80–85 % of max velocity'),
          strides(90, 'the first strides at 90 % of max velocity'),
        ],
        closers: [
          { item: strides(95, 'sprints at ≥95 % of max velocity', true), before: 3 },
          { item: strides(95, 'sprints at ≥95 % of max velocity, repeated', true), before: 1 },
        ],
        filler: ({ done, count }) => {
          if (count % 2 === 1) return item('nordic', 'Nordics and lengthened strength')
          const last = done.at(-1)
          return last === undefined
            ? item('jog', '30 min continuous jog', { level: 30 })
            : item('strides', `strides again at ${last.level} %`, { level: last.level })
        },
      }
    }
    case 4: {
      let state = startLadder
      const intros = phase4Steps(demand).map((step) => {
        state = applyStep(state, step)
        return item('ladder', ladderWords[step] ?? step, { intro: true, ladder: state, step })
      })
      const full = state
      return {
        intros,
        closers: [
          {
            item: item('match-sim', 'match simulation at full match demands', {
              closer: true,
              ladder: { ...full, chaos: Math.min(4, full.chaos) },
            }),
            before: 1,
          },
        ],
        filler: ({ done, count }) =>
          count % 2 === 1
            ? item('nordic', 'Nordics and lengthened strength')
            : item('ladder', 'the same drills again', {
                ladder: done.at(-1)?.ladder ?? startLadder,
              }),
      }
    }
    case 5: {
      const full = { ...fullLadder(demand), chaos: 5 }
      const team = (what: string, options: Partial<Item> = {}) =>
        item('team', what, { ladder: full, ...options })
      return {
        intros: [team('the first full team training', { intro: true })],
        closers: [
          { item: team('full team training at match intensity', { closer: true }), before: 3 },
          { item: team('full team training at match intensity', { closer: true }), before: 1 },
        ],
        filler: ({ count }) =>
          count % 2 === 1
            ? item('nordic', 'Nordics and lengthened strength')
            : team('team training'),
      }
    }
    default: {
      const full = { ...fullLadder(demand), chaos: 5 }
      return {
        intros: [],
        closers: [],
        filler: ({ count }) =>
          count % 4 === 3
            ? item('match', 'match', { ladder: full })
            : count % 4 === 1
              ? item('nordic', 'Nordics and lengthened strength')
              : item('team', 'team training', { ladder: full }),
      }
    }
  }
}

/** Fewest days each completed phase needs for its evidence (P0 … P5). */
export function minimumDays(demand: SportDemandFacts): number[] {
  const steps = phase4Steps(demand).length
  return [3, 4, 9, 10, Math.ceil(((steps + 1) * 7) / 6) + 3, 6]
}

/** Items of the current phase done by today, given the share of the phase done. */
export function itemsDone(
  phase: number,
  demand: SportDemandFacts,
  progress: number,
  hold: boolean,
): number {
  const script = phaseScript(phase, demand)
  const total = script.intros.length + script.closers.length
  if (total === 0) return 0
  const done = Math.min(total - 1, Math.round(progress * total))
  return hold ? Math.max(1, done) : done
}

/** Fewest days the current phase needs to hold `done` items. */
export function currentMinimum(done: number): number {
  return done === 0 ? 1 : Math.ceil((done * 7) / 6) + 2
}

export interface TimelineRequest {
  plan: PhasePlan
  demand: SportDemandFacts
  random: Random
  /** The latest morning is amber after yesterday's new step. */
  hold: boolean
}

/**
 * One entry per day from the day after the anchor to yesterday (today's session has not
 * happened yet), with the session it holds or null for a rest day.
 */
export function buildTimeline(request: TimelineRequest): Day[] {
  const { plan, demand, random, hold } = request
  const restShift = random.int(0, 6)
  const days: Day[] = []
  for (let k = 0; k <= plan.target; k += 1) {
    const start = Math.max(1, plan.entries[k] as number)
    const current = k === plan.target
    const end = current ? plan.today : (plan.entries[k + 1] as number)
    const script = phaseScript(k, demand)
    const offsets: number[] = []
    for (let offset = start; offset < end; offset += 1) offsets.push(offset)

    // Fixed days: evidence sessions before a completed phase ends, or today's hold.
    const fixed = new Map<number, Item>()
    let intros: Item[]
    if (current) {
      const sequence = [...script.intros, ...script.closers.map((c) => c.item)]
      intros = sequence.slice(0, itemsDone(k, demand, plan.progress, hold))
      if (hold) {
        const last = intros.pop()
        if (last !== undefined) fixed.set(plan.today - 1, last)
      }
    } else {
      intros = script.intros
      for (const closer of script.closers) fixed.set(end - closer.before, closer.item)
    }
    const isRest = (offset: number) =>
      !fixed.has(offset) && ((offset + restShift) % 7 === 0 || (k === 0 && offset === 1))
    // New steps come before the evidence sessions that close the phase.
    const firstFixed = Math.min(end, ...fixed.keys())
    const open = offsets.filter(
      (offset) => offset < firstFixed && !isRest(offset) && !fixed.has(offset),
    )
    if (open.length < intros.length) {
      throw new RangeError(`Phase P${k} has ${open.length} free days for ${intros.length} steps`)
    }
    // Early phases bring their few new things in quickly; later ones spread them out.
    const widest = k === 2 ? 2 : 3
    const spacing =
      intros.length === 0
        ? 1
        : Math.max(1, Math.min(widest, Math.floor(open.length / intros.length)))
    intros.forEach((intro, i) => fixed.set(open[i * spacing] as number, intro))

    const done: Item[] = []
    let count = 0
    let introShare = 0
    for (const offset of offsets) {
      const p = progressOn(plan, offset)
      let session: Item | null = fixed.get(offset) ?? null
      if (session === null && !isRest(offset)) {
        session = script.filler({ done, introShare, count, share: p - k })
        count += 1
      }
      if (session?.intro) {
        done.push(session)
        introShare = p - k
      }
      days.push({ offset, phase: phaseOn(plan, offset), p, item: session })
    }
  }
  return days
}
