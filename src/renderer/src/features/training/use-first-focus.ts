import { useEffect, useRef } from 'react'

/**
 * Puts the caret in the form's `data-autofocus` field once the form is on screen. The modal's
 * own autofocus runs when it opens, which is before the form has loaded its data.
 */
export function useFirstFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus()
  }, [])
  return ref
}
