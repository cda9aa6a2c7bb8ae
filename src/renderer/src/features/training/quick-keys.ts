import type { KeyboardEvent } from 'react'

/**
 * Enter saves a quick-entry form from any field, not only from text inputs (a radio of a
 * segmented control or a checkbox would otherwise ignore it). Left alone: multi-line notes,
 * buttons (Enter presses them), and an open dropdown, where Enter picks the option.
 */
export function enterSubmits(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return
  if (event.nativeEvent.defaultPrevented || event.shiftKey) return
  const target = event.target as HTMLElement
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) return
  if (target.getAttribute('aria-expanded') === 'true') return
  if (target.closest('[role="dialog"] [data-calendar], .mantine-Popover-dropdown')) return
  event.preventDefault()
  event.currentTarget.requestSubmit()
}
