import { describe, it, expect } from 'vitest'
import {
  defaultSettings,
  settingDescriptions,
  settingsProblems,
  settingsSchema,
} from '@shared/domain/settings'
import {
  kmhToMps,
  mphToMps,
  mpsToKmh,
  percentOf,
  roundTo,
  speedFrom,
  speedIn,
  yardsToMetres,
} from '@shared/domain/units'
import { addDays, dayFromOrdinal, dayOrdinal, daysBetween, isDayWithin } from '@shared/dates'
import { settingsWith } from './support/builders'

describe('defaultSettings', () => {
  it('passes its own schema', () => {
    expect(settingsSchema.safeParse(defaultSettings).success).toBe(true)
  })

  it('holds the defaults of domain.md with their sources', () => {
    expect(defaultSettings.gap.redBelow).toMatchObject({ value: 0.5, notValidated: true })
    expect(defaultSettings.gap.greenFrom).toMatchObject({ value: 0.9, notValidated: true })
    expect(defaultSettings.load.spikeRatio.value).toBe(1.3)
    expect(defaultSettings.load.spikeRatio.source).toContain('Duhig 2016')
    expect(defaultSettings.load.ewmaAcuteDays.value).toBe(7)
    expect(defaultSettings.load.ewmaChronicDays.value).toBe(28)
    expect(defaultSettings.load.ewmaChronicDays.strength).toBe('disputed')
    expect(defaultSettings.criteria.vmaxPercent.source).toContain('Malone 2017')
    expect(defaultSettings.responseLight.painDuringAmberMax.value).toBe(5)
    expect(defaultSettings.biologyFloor.bamic2cDays.value).toBe(34)
  })

  it('names a source for every setting and describes each one for the Settings page', () => {
    const groups = Object.entries(defaultSettings).filter(([group]) => group !== 'options')
    const count = groups.reduce((n, [, values]) => n + Object.keys(values).length, 0)
    expect(settingDescriptions).toHaveLength(count)
    for (const [, values] of groups) {
      for (const value of Object.values(values as Record<string, { source: string }>))
        expect(value.source.length).toBeGreaterThan(1)
    }
  })

  it('is frozen so no engine call can change the defaults', () => {
    expect(Object.isFrozen(defaultSettings.gap.greenFrom)).toBe(true)
  })

  it('refuses a threshold outside its bounds with the label and unit', () => {
    const edited = settingsWith((s) => {
      s.responseLight.painDuringAmberMax.value = 12
    })
    const result = settingsSchema.safeParse(edited)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(
      'Pain during activity: amber up to (above is red, stop) must be between 0 and 10 /10',
    )
  })

  it('refuses band edges in the wrong order', () => {
    const edited = settingsWith((s) => {
      s.gap.redBelow.value = 0.95
    })
    expect(settingsProblems(edited)).toEqual([
      'The red coverage band must end below the green band',
    ])
    expect(settingsSchema.safeParse(edited).success).toBe(false)
  })

  it('refuses stride steps that do not rise', () => {
    const edited = settingsWith((s) => {
      s.progression.stride2Percent.value = 60
    })
    expect(settingsProblems(edited)).toContain(
      'Stride steps must rise step by step and stay below the max-velocity target',
    )
  })
})

describe('units', () => {
  it('converts 36 km/h to 10 m/s and back', () => {
    expect(kmhToMps(36)).toBe(10)
    expect(mpsToKmh(10)).toBe(36)
  })

  it('converts a GPS max velocity in mph to m/s', () => {
    expect(mphToMps(22.369362920544)).toBeCloseTo(10, 9)
    expect(yardsToMetres(100)).toBeCloseTo(91.44, 9)
  })

  it("shows a stored m/s speed in the coach's unit and stores it back unchanged", () => {
    expect(speedIn(9.5, 'km/h')).toBeCloseTo(34.2, 12)
    expect(speedFrom(speedIn(9.5, 'km/h'), 'km/h')).toBeCloseTo(9.5, 12)
    expect(speedIn(9.5, 'm/s')).toBe(9.5)
  })

  it('gives no percentage of zero instead of dividing by it', () => {
    expect(percentOf(5, 0)).toBeNull()
    expect(percentOf(5, null)).toBeNull()
    expect(percentOf(5, 20)).toBe(25)
    expect(roundTo(2 / 3, 2)).toBe(0.67)
  })
})

describe('calendar days', () => {
  it('round-trips day numbers across daylight-saving changes', () => {
    for (const day of ['2025-03-30', '2025-03-31', '2025-10-26', '2025-10-27', '2024-02-29']) {
      expect(dayFromOrdinal(dayOrdinal(day))).toBe(day)
    }
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2)
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27')
  })

  it('counts both ends of a window', () => {
    expect(isDayWithin('2025-03-14', '2025-03-14', '2025-03-20')).toBe(true)
    expect(isDayWithin('2025-03-13', '2025-03-14', '2025-03-20')).toBe(false)
  })

  it('refuses a day number with a fraction', () => {
    expect(() => dayFromOrdinal(1.5)).toThrow(RangeError)
  })
})
