import type { SpeedUnit } from '@shared/domain/units'
import { sportDemandProfileInputSchema, type SportDemandFacts } from '@shared/schemas/sport-demand'
import { nullToEmpty } from '../../../lib/form-values'
import { useZodForm } from '../../../lib/use-zod-form'

/** Form fields hold '' where the profile holds null ("not entered", never zero). */
type Blank<T> = T extends null
  ? ''
  : T extends readonly unknown[]
    ? { [K in keyof T]: Blank<T[K]> }
    : T extends object
      ? { [K in keyof T]: Blank<T[K]> }
      : T

export type DemandFormValues = Blank<SportDemandFacts>

export function toFormValues(profile: SportDemandFacts): DemandFormValues {
  return nullToEmpty(structuredClone(profile)) as unknown as DemandFormValues
}

export function useDemandForm(profile: SportDemandFacts) {
  return useZodForm<DemandFormValues>(sportDemandProfileInputSchema, {
    initialValues: toFormValues(profile),
  })
}

export type DemandForm = ReturnType<typeof useDemandForm>

/** What every part of the editor needs besides the form. */
export interface EditorContext {
  form: DemandForm
  speedUnit: SpeedUnit
}
