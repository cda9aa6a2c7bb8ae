/**
 * Fictional athletes: the story generator (reused by the benchmark seeder), the demo squad of
 * the first-run screen, and loading and removing it.
 */
export { generateAthleteStory, type AthleteStory, type InjuryTarget, type StorySpec } from './story'
export { writeAthleteStory } from './write'
export { DEMO_SQUAD_NAME, demoAthletes, demoSquadStories } from './demo-squad'
export { loadDemoSquad, removeDemoSquad, type DemoLoaded, type DemoRemoved } from './load'
export { createRandom, type Random } from './random'
