/** File sizes the way a file manager shows them: 840 KB, 12.4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`
}

const dateTime = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** An instant in the computer's own time zone: "2 Nov 2026, 08:00". */
export function formatInstant(iso: string): string {
  return dateTime.format(new Date(iso))
}

const actionLabels: Record<string, string> = {
  'athlete.create': 'Athlete added',
  'athlete.update': 'Athlete edited',
  'athlete.archive': 'Athlete archived',
  'athlete.restore': 'Athlete back on the roster',
  'athlete.erase': 'Athlete erased',
  'athlete.export': 'Athlete exported',
  'athlete.import': 'Athlete imported',
  'settings.update': 'Settings changed',
  'data.backup': 'Backup made',
  'data.backupsReplaced': 'Older backups deleted',
  'data.restore': 'Data restored from a backup',
  'data.exportAll': 'Everything exported',
}

const verbs: Record<string, string> = {
  create: 'added',
  update: 'edited',
  delete: 'deleted',
  remove: 'deleted',
  import: 'imported',
  close: 'closed',
  override: 'overridden',
  signoff: 'signed off',
}

/** What an audit entry records, in words: `injury.update` → "Injury edited". */
export function describeAction(action: string): string {
  const known = actionLabels[action]
  if (known) return known
  const [entity = action, verb = ''] = action.split('.')
  const words = entity.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  const done = verbs[verb] ?? verb
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} ${done}`.trim()
}
