import { schemaResolver, useForm, type UseFormInput } from '@mantine/form'
import type { z } from 'zod'
import { emptyToNull } from './form-values'

/**
 * A Mantine form validated by one of the shared zod schemas, so the renderer shows exactly the
 * messages main would return for the same input. Empty fields are sent as null.
 */
export function useZodForm<Values extends Record<string, unknown>>(
  schema: z.ZodType,
  input: Omit<UseFormInput<Values>, 'validate' | 'transformValues'>,
) {
  const resolve = schemaResolver(schema, { sync: true })
  return useForm<Values, Values>({
    mode: 'controlled',
    validateInputOnBlur: true,
    ...input,
    validate: (values) => resolve(emptyToNull(values)),
    transformValues: (values) => emptyToNull(values),
  })
}
