import type { Availability } from '@shared/schemas/athlete'

/** Mantine colour of each availability; paired with its label everywhere, never colour alone. */
export const availabilityColors: Record<Availability, string> = {
  available: 'teal',
  modified: 'yellow',
  rehab: 'orange',
  unavailable: 'red',
}
