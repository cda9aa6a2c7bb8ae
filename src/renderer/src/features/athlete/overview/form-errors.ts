import type { UseFormReturnType } from '@mantine/form'
import { fieldErrors } from '../../../lib/ipc'
import { notifyError } from '../../../lib/notify'

/**
 * Puts main's field messages next to the fields (paths arrive as `record.<field>`), or shows a
 * notification when the failure is not about a field. Nothing is saved in either case.
 */
export function showSaveError<V>(form: UseFormReturnType<V, V>, title: string, error: unknown) {
  const fields = fieldErrors(error)
  if (fields) {
    form.setErrors(
      Object.fromEntries(
        Object.entries(fields).map(([key, message]) => [key.replace(/^record\./, ''), message]),
      ),
    )
  } else notifyError(title, error)
}
