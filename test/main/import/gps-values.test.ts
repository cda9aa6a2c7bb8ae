import { describe, expect, it } from 'vitest'
import {
  parseDay,
  parseDuration,
  parseNumber,
  toMetres,
  toMps,
  usesDecimalComma,
} from '../../../src/main/import/gps/values'

describe('GPS cell values', () => {
  it('reads numbers with a decimal point or, in comma-decimal files, a decimal comma', () => {
    expect(parseNumber('6123.4', false)).toBe(6123.4)
    expect(parseNumber('6,123.4', false)).toBe(6123.4)
    expect(parseNumber('6123,4', true)).toBe(6123.4)
    expect(parseNumber('6.123,4', true)).toBe(6123.4)
    expect(parseNumber(' 12 ', false)).toBe(12)
    expect(parseNumber('12 km', false)).toBeNull()
    expect(parseNumber('abc', false)).toBeNull()
  })

  it('decides once per file whether decimals are written with a comma', () => {
    expect(usesDecimalComma(['760,1', '22,7', '5,4', '7'])).toBe(true)
    expect(usesDecimalComma(['760.1', '22.7', '1,234'])).toBe(false)
  })

  it('reads durations as seconds, minutes, h:mm:ss or mm:ss into minutes', () => {
    expect(parseDuration('5400', 's', false)).toEqual({ ok: true, value: 90 })
    expect(parseDuration('92.5', 'min', false)).toEqual({ ok: true, value: 92.5 })
    expect(parseDuration('1:32:30', 'h:mm:ss', false)).toEqual({ ok: true, value: 92.5 })
    expect(parseDuration('01:05:00', 'h:mm:ss', false)).toEqual({ ok: true, value: 65 })
    expect(parseDuration('1:30', 'h:mm:ss', false)).toEqual({ ok: true, value: 90 })
    expect(parseDuration('75:30', 'mm:ss', false)).toEqual({ ok: true, value: 75.5 })
    expect(parseDuration('1:75:00', 'h:mm:ss', false)).toMatchObject({ ok: false })
    expect(parseDuration('1:32:30', 'min', false)).toEqual({
      ok: false,
      message: "“1:32:30” is a clock time: set this column's unit to h:mm:ss.",
    })
    expect(parseDuration('-3', 'min', false)).toMatchObject({ ok: false })
  })

  it('converts distances to metres and speeds to m/s', () => {
    expect(toMetres(5.2, 'km')).toBe(5200)
    expect(toMetres(100, 'yd')).toBeCloseTo(91.44, 6)
    expect(toMps(36, 'km/h')).toBeCloseTo(10, 9)
    expect(toMps(20, 'mph')).toBeCloseTo(8.9408, 4)
    expect(toMps(8.2, 'm/s')).toBe(8.2)
  })

  it.each([
    ['2026-03-12', null, '2026-03-12'],
    ['2026/03/12', null, '2026-03-12'],
    ['12/03/2026', 'dmy', '2026-03-12'],
    ['9/3/2026', 'dmy', '2026-03-09'],
    ['3/16/2026', 'mdy', '2026-03-16'],
    ['12.03.2026', 'dmy', '2026-03-12'],
    ['2026-03-12 09:30:00', null, '2026-03-12'],
    ['12/03/2026 09:30', 'dmy', '2026-03-12'],
  ] as const)('reads the date %s (%s) as %s', (raw, order, expected) => {
    expect(parseDay(raw, order)).toEqual({ ok: true, value: expected })
  })

  it('never guesses the order of a slash date, and names days that do not exist', () => {
    expect(parseDay('03/04/2026', null)).toEqual({
      ok: false,
      message: 'Say above whether dates are written day first or month first.',
    })
    expect(parseDay('31/02/2026', 'dmy')).toEqual({
      ok: false,
      message: '“31/02/2026” is not a day on the calendar.',
    })
    expect(parseDay('yesterday', 'dmy')).toMatchObject({ ok: false })
  })
})
