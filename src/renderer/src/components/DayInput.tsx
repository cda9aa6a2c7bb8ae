import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core'
import { DatePicker } from '@mantine/dates'
import { IconCalendar } from '@tabler/icons-react'
import { useState } from 'react'
import { isCalendarDay } from '@shared/dates'

interface Props extends Omit<TextInputProps, 'value' | 'onChange'> {
  value?: string | null
  onChange?: (value: string) => void
  /** Latest day that can be picked (typing a later one is left to the schema's message). */
  maxDate?: string
}

/**
 * A calendar day: typed as YYYY-MM-DD (so a wrong date gets a message, never a silent revert)
 * or picked from a calendar.
 */
export function DayInput({ value, onChange, maxDate, ...props }: Props) {
  const [open, setOpen] = useState(false)
  const text = value ?? ''
  return (
    <TextInput
      placeholder="YYYY-MM-DD"
      maxLength={10}
      autoComplete="off"
      {...props}
      value={text}
      onChange={(event) => onChange?.(event.currentTarget.value)}
      rightSection={
        <Popover opened={open} onChange={setOpen} position="bottom-end" shadow="md" withinPortal>
          <Popover.Target>
            <ActionIcon
              // Typing is the keyboard path; the calendar is for the mouse, so it takes no Tab stop.
              tabIndex={-1}
              variant="subtle"
              color="gray"
              aria-label={`Pick ${typeof props.label === 'string' ? props.label.toLowerCase() : 'a date'} from a calendar`}
              onClick={() => setOpen((o) => !o)}
              disabled={props.disabled}
            >
              <IconCalendar size={16} />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown
            onKeyDownCapture={(event) => {
              // Escape closes the calendar only, not the dialog the field sits in.
              if (event.key === 'Escape') {
                event.stopPropagation()
                setOpen(false)
              }
            }}
          >
            <DatePicker
              value={isCalendarDay(text) ? text : null}
              defaultDate={isCalendarDay(text) ? text : undefined}
              maxDate={maxDate}
              onChange={(picked) => {
                if (picked) onChange?.(picked)
                setOpen(false)
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  )
}
