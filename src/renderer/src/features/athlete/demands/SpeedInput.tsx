import { NumberInput, type NumberInputProps } from '@mantine/core'
import { useState } from 'react'
import type { SpeedUnit } from '@shared/domain/units'
import { speedForDisplay, speedForStorage, speedMessage } from './labels'

interface Props extends Omit<NumberInputProps, 'value' | 'onChange' | 'suffix' | 'error'> {
  /** Stored value in km/h, or '' when none is set. */
  value: number | string
  onChange: (kmh: number | '') => void
  unit: SpeedUnit
  error?: unknown
}

/**
 * A speed threshold stored in km/h (as the schema keeps it) and typed in the coach's unit.
 * Only a value the coach types is converted, so an untouched 17 km/h never drifts to 16.99.
 */
export function SpeedInput({ value, onChange, unit, error, onBlur, ...props }: Props) {
  // Text that is not a number yet ("5." on the way to "5.5") stays local until it is one.
  const [partial, setPartial] = useState<string | null>(null)
  const shown = partial ?? (typeof value === 'number' ? speedForDisplay(value, unit) : '')
  return (
    <NumberInput
      {...props}
      value={shown}
      suffix={` ${unit}`}
      decimalScale={unit === 'm/s' ? 2 : 1}
      allowNegative={false}
      hideControls
      error={typeof error === 'string' ? speedMessage(error, unit) : undefined}
      onChange={(typed) => {
        if (typeof typed === 'number') {
          setPartial(null)
          onChange(speedForStorage(typed, unit))
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
