/** Dimensions of the load summary (G5, G6), kept apart so settings can list them. */
export const loadDimensions = [
  'hsr',
  'sprintDistance',
  'sprintCount',
  'accelerations',
  'decelerations',
  'totalDistance',
  'minutes',
  'loadAu',
  'effortsAt95',
] as const
export type LoadDimension = (typeof loadDimensions)[number]
