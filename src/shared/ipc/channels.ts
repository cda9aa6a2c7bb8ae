/**
 * Every IPC channel the renderer may call, named `domain:verb`. The preload builds its API from
 * this list alone, so it stays free of zod; `contract.ts` must give each name its schemas.
 */
export const channels = [
  'app:info',
  'squads:list',
  'squads:create',
  'squads:rename',
  'athletes:list',
  'athletes:create',
  'athletes:update',
  'athletes:archive',
  'athletes:get',
  'athletes:setAvailability',
  'profiles:get',
  'profiles:save',
  'injuries:list',
  'injuries:create',
  'injuries:update',
  'injuries:setClosed',
  'injuries:remove',
  'demands:get',
  'demands:save',
  'reports:squadList',
  'roster:importPreview',
  'roster:importCommit',
  'settings:get',
  'settings:update',
] as const

export type Channel = (typeof channels)[number]
