import { NumberInput, type NumberInputProps } from '@mantine/core'
import { useState } from 'react'
import { roundTo, speedFrom, speedIn, type SpeedUnit } from '@shared/domain/units'

interface Props extends Omit<NumberInputProps, 'value' | 'onChange' | 'suffix' | 'error'> {
  /** Stored value in m/s, or '' when not measured. */
  value?: number | string
  onChange: (mps: number | '') => void
  unit: SpeedUnit
  error?: unknown
}

/**
 * The schema's range messages name m/s, the unit speeds are stored in; a coach who works in
 * km/h sees the same range in km/h.
 */
export function speedRangeMessage(message: string, unit: SpeedUnit): string {
  if (unit === 'm/s') return message
  return message.replace(
    /between ([\d.]+) and ([\d.]+) m\/s$/,
    (_, min: string, max: string) =>
      `between ${roundTo(speedIn(Number(min), 'km/h'), 1)} and ${roundTo(speedIn(Number(max), 'km/h'), 1)} km/h`,
  )
}

/**
 * A speed stored in m/s and typed in the coach's unit. Only a value the coach types is
 * converted, so an untouched stored speed never drifts by rounding.
 */
export function SpeedField({ value, onChange, unit, error, onBlur, ...props }: Props) {
  // Text that is not a number yet ("29." on the way to "29.5") stays local until it is one.
  const [partial, setPartial] = useState<string | null>(null)
  const shown =
    partial ??
    (typeof value === 'number' ? roundTo(speedIn(value, unit), unit === 'm/s' ? 2 : 1) : '')
  return (
    <NumberInput
      {...props}
      value={shown}
      suffix={` ${unit}`}
      decimalScale={unit === 'm/s' ? 2 : 1}
      allowNegative={false}
      hideControls
      clampBehavior="none"
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      error={typeof error === 'string' ? speedRangeMessage(error, unit) : undefined}
      onChange={(typed) => {
        if (typeof typed === 'number') {
          setPartial(null)
          onChange(roundTo(speedFrom(typed, unit), 4))
        } else if (typed === '') {
          setPartial(null)
          onChange('')
        } else setPartial(typed)
      }}
      onBlur={(event) => {
        setPartial(null)
        onBlur?.(event)
      }}
    />
  )
}
