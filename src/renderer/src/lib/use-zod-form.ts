import { schemaResolver, useForm, type UseFormInput } from '@mantine/form'
import type { z } from 'zod'

/**
 * A Mantine form validated by one of the shared zod schemas, so the renderer shows exactly the
 * messages main would return for the same input.
 */
export function useZodForm<Values extends Record<string, unknown>>(
  schema: z.ZodType,
  input: Omit<UseFormInput<Values>, 'validate'>,
) {
  return useForm<Values>({
    mode: 'controlled',
    validateInputOnBlur: true,
    ...input,
    validate: schemaResolver(schema, { sync: true }),
  })
}
