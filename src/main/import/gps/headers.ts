import type { GpsField, GpsThresholdUnit, GpsUnit } from '@shared/schemas/gps-import'
import { foldText } from './text'

/**
 * Recognising the columns of a GPS / LPS export from their headers. Vendors name the same metric
 * in many ways ("High Speed Running (Absolute)", "Distance (speed | High) (m)", "HSR"), put the
 * unit and sometimes the speed threshold in the header, and repeat near-identical columns
 * ("Max Speed", "Max Speed (km/h)", "Max Speed %"). A header is reduced to its core words and
 * compared with known names, so rates (/min), percentages and averages never pass for totals.
 */

export interface HeaderReading {
  field: GpsField
  /** Higher is a better fit (a full name beats a shirt number; a copy suffix lowers it). */
  priority: number
  /** A unit written in the header, if any. */
  unit: GpsUnit | null
  /** A speed threshold written in the header ("HSR > 19.8 km/h"). */
  threshold: { value: number; unit: GpsThresholdUnit | null } | null
  /** Something the coach should know about this column. */
  note: string | null
}

type AliasList = readonly (readonly [number, readonly string[]])[]

/** Known names after folding, per field, with their priority. */
const ALIASES: Record<GpsField, AliasList> = {
  player: [
    [
      3,
      [
        'player',
        'player name',
        'players name',
        'players',
        'name',
        'athlete',
        'athlete name',
        'athletes name',
        'player display name',
        'display name',
        'full name',
        'player full name',
        'jugador',
        'nombre',
        'nombre jugador',
        'nombre del jugador',
        'spieler',
        'spielername',
        'name spieler',
        'sportler',
        'athlet',
        'joueur',
        'nom',
        'nom du joueur',
        'giocatore',
        'nome',
        'nome giocatore',
        'jogador',
        'nome do jogador',
        'atleta',
        'nombre atleta',
      ],
    ],
    [
      2,
      ['first name', 'firstname', 'given name', 'forename', 'vorname', 'prenom', 'primer nombre'],
    ],
    [
      1,
      [
        'shirt number',
        'shirt',
        'shirt no',
        'jersey',
        'jersey number',
        'jersey no',
        'number',
        'no',
        'nr',
        'num',
        'player number',
        'player no',
        'squad number',
        'dorsal',
        'numero',
        'trikotnummer',
        'trikot',
        'nummer',
        'ruckennummer',
        'maillot',
        'numero de maillot',
        'numero maglia',
        'maglia',
        'camisola',
        'numero da camisola',
      ],
    ],
    [
      0,
      [
        'player id',
        'athlete id',
        'id',
        'tag id',
        'sensor id',
        'tracker id',
        'person id',
        'external id',
        'player code',
        'athlete code',
        'code',
      ],
    ],
  ],
  lastName: [
    [
      2,
      [
        'last name',
        'lastname',
        'surname',
        'family name',
        'nachname',
        'familienname',
        'apellido',
        'apellidos',
        'nom de famille',
        'cognome',
        'sobrenome',
        'apelido',
      ],
    ],
  ],
  date: [
    [
      3,
      [
        'date',
        'session date',
        'day',
        'activity date',
        'training date',
        'match date',
        'drill date',
        'date of session',
        'fecha',
        'fecha sesion',
        'fecha de la sesion',
        'datum',
        'trainingsdatum',
        'date seance',
        'date de la seance',
        'data',
        'data sessione',
        'data da sessao',
        'dia',
        'jour',
        'giorno',
      ],
    ],
    [
      1,
      [
        'start date',
        'date time',
        'datetime',
        'start time',
        'session start',
        'start',
        'session start time',
      ],
    ],
  ],
  sessionName: [
    [
      3,
      [
        'session',
        'session name',
        'session title',
        'session description',
        'activity',
        'activity name',
        'activity title',
        'training',
        'training name',
        'event',
        'event name',
        'sesion',
        'nombre sesion',
        'nombre de la sesion',
        'einheit',
        'trainingseinheit',
        'session titel',
        'seance',
        'nom de la seance',
        'sessione',
        'allenamento',
        'nome sessione',
        'sessao',
        'treino',
        'nome da sessao',
      ],
    ],
  ],
  period: [
    [
      3,
      [
        'period',
        'period name',
        'drill',
        'drill name',
        'drill title',
        'split',
        'split name',
        'phase',
        'phase name',
        'segment',
        'segment name',
        'half',
        'bout',
        'part',
        'periodo',
        'nombre periodo',
        'ejercicio',
        'tarea',
        'periode',
        'abschnitt',
        'ubung',
        'phasenname',
        'exercice',
        'partie',
        'esercizio',
        'fase',
        'exercicio',
        'parte',
      ],
    ],
  ],
  sessionType: [
    [
      3,
      [
        'session type',
        'activity type',
        'type',
        'tags',
        'tag',
        'category',
        'session category',
        'training type',
        'tipo',
        'tipo de sesion',
        'typ',
        'einheitstyp',
        'type de seance',
        'tipo sessione',
        'tipo de sessao',
      ],
    ],
  ],
  duration: [
    [
      3,
      [
        'duration',
        'session duration',
        'drill duration',
        'period duration',
        'minutes',
        'mins',
        'min',
        'minutes played',
        'time played',
        'playing time',
        'field time',
        'session time',
        'duracion',
        'minutos',
        'tiempo jugado',
        'dauer',
        'minuten',
        'spielzeit',
        'einsatzzeit',
        'duree',
        'minutes jouees',
        'temps de jeu',
        'durata',
        'minuti',
        'minuti giocati',
        'duracao',
        'minutos jogados',
        'tempo de jogo',
      ],
    ],
    [2, ['time', 'tiempo', 'zeit', 'temps', 'tempo']],
  ],
  totalDistance: [
    [
      3,
      [
        'distance',
        'dist',
        'td',
        'distance covered',
        'distance run',
        'running distance',
        'distancia',
        'distancia recorrida',
        'distanz',
        'laufdistanz',
        'gesamtdistanz',
        'strecke',
        'gesamtstrecke',
        'laufstrecke',
        'distance parcourue',
        'distance totale',
        'distanza',
        'distanza percorsa',
        'distanza totale',
        'distancia percorrida',
      ],
    ],
  ],
  hsr: [
    [
      3,
      [
        'high speed running',
        'high speed running distance',
        'hsr',
        'hsr distance',
        'high speed distance',
        'high speed run',
        'hsd',
        'hs distance',
        'high intensity running',
        'high intensity running distance',
        'hir',
        'high intensity distance',
        'hi distance',
        'distance speed high',
        'distance high speed',
        'distancia alta velocidad',
        'distancia a alta velocidad',
        'distancia de alta velocidad',
        'carrera alta velocidad',
        'carrera a alta velocidad',
        'dav',
        'hochgeschwindigkeitslauf',
        'hochgeschwindigkeitslaufe',
        'distanz hohe geschwindigkeit',
        'hsr distanz',
        'schnelllauf',
        'distance haute vitesse',
        'distance a haute vitesse',
        'course a haute vitesse',
        'distance haute intensite',
        'distanza alta velocita',
        'distanza ad alta velocita',
        'corsa ad alta velocita',
        'corrida de alta velocidade',
        'corrida em alta velocidade',
        'distancia em alta velocidade',
        'distancia de alta velocidade',
        'distancia alta velocidade',
      ],
    ],
  ],
  sprintDistance: [
    [
      3,
      [
        'sprint distance',
        'sprint dist',
        'sprint metres',
        'sprint meters',
        'sprinting distance',
        'distance sprint',
        'distance speed sprint',
        'distance speed very high',
        'distance sprinting',
        'velocity band 6 distance',
        'distancia sprint',
        'distancia de sprint',
        'distancia en sprint',
        'sprintdistanz',
        'sprint distanz',
        'sprintstrecke',
        'distance de sprint',
        'distance en sprint',
        'distanza sprint',
        'distanza di sprint',
        'distanza in sprint',
        'distancia em sprint',
      ],
    ],
  ],
  sprintCount: [
    [
      3,
      [
        'sprints',
        'sprint count',
        'sprints count',
        'number of sprints',
        'no of sprints',
        'n sprints',
        'num sprints',
        'sprint efforts',
        'sprint number',
        'sprints n',
        'velocity band 6 effort count',
        'velocity band 6 efforts',
        'anzahl sprints',
        'sprintanzahl',
        'numero de sprints',
        'numero sprints',
        'nombre de sprints',
        'nombre sprints',
        'numero di sprint',
        'numero sprint',
        'quantidade de sprints',
      ],
    ],
  ],
  maxVelocity: [
    [
      3,
      [
        'max velocity',
        'max vel',
        'maximum velocity',
        'max speed',
        'maximum speed',
        'top speed',
        'peak speed',
        'peak velocity',
        'vmax',
        'v max',
        'max v',
        'highest speed',
        'speed max',
        'speed maximum',
        'velocity max',
        'velocidad maxima',
        'velocidad max',
        'vel max',
        'hochstgeschwindigkeit',
        'max geschwindigkeit',
        'maximale geschwindigkeit',
        'geschwindigkeit max',
        'topspeed',
        'vitesse max',
        'vitesse maximale',
        'vitesse maxi',
        'velocita massima',
        'velocita max',
        'velocidade maxima',
        'velocidade max',
      ],
    ],
  ],
  accelerations: [
    [
      3,
      [
        'accelerations',
        'accels',
        'accel',
        'acc',
        'accs',
        'acc count',
        'acceleration count',
        'accelerations count',
        'number of accelerations',
        'no of accelerations',
        'acc efforts',
        'acceleration efforts',
        'accel efforts',
        'accelerations efforts',
        'high accelerations',
        'high intensity accelerations',
        'accelerations high',
        'aceleraciones',
        'numero de aceleraciones',
        'beschleunigungen',
        'anzahl beschleunigungen',
        'nombre d accelerations',
        'accelerazioni',
        'numero accelerazioni',
        'aceleracoes',
        'numero de aceleracoes',
      ],
    ],
  ],
  decelerations: [
    [
      3,
      [
        'decelerations',
        'decels',
        'decel',
        'dec',
        'decs',
        'dec count',
        'deceleration count',
        'decelerations count',
        'number of decelerations',
        'no of decelerations',
        'dec efforts',
        'deceleration efforts',
        'decel efforts',
        'decelerations efforts',
        'high decelerations',
        'high intensity decelerations',
        'decelerations high',
        'desaceleraciones',
        'deceleraciones',
        'frenadas',
        'verzogerungen',
        'abbremsungen',
        'anzahl verzogerungen',
        'nombre de decelerations',
        'decelerazioni',
        'desaceleracoes',
      ],
    ],
  ],
  effortsAt90: [],
  effortsAt95: [],
  rpe: [
    [
      3,
      [
        'rpe',
        'session rpe',
        'rpe cr10',
        'cr10',
        'cr 10',
        'borg',
        'borg cr10',
        'rpe 0 10',
        'perceived exertion',
        'rating of perceived exertion',
      ],
    ],
  ],
}

/** Patterns for families of names (velocity bands, acceleration bands). */
const PATTERNS: readonly { field: GpsField; pattern: RegExp; note: string | null }[] = [
  {
    field: 'hsr',
    pattern: /^(velocity|speed) (band|zone) 5 distance$/,
    note: 'Band 5 only: running in band 6 and above is not included. Check the threshold.',
  },
  {
    field: 'sprintDistance',
    pattern: /^(speed|velocity) (band|zone) 6 distance$/,
    note: null,
  },
  {
    field: 'accelerations',
    pattern: /^(acceleration|accel|acc) (band|zone|b) ?\d (efforts|effort count|count)( gen \d)?$/,
    note: 'One acceleration band of several: check it is the one your demand profile counts.',
  },
  {
    field: 'decelerations',
    pattern: /^(deceleration|decel|dec) (band|zone|b) ?\d (efforts|effort count|count)( gen \d)?$/,
    note: 'One deceleration band of several: check it is the one your demand profile counts.',
  },
]

const LOOKUP = new Map<string, { field: GpsField; priority: number }>()
for (const [field, lists] of Object.entries(ALIASES) as [GpsField, AliasList][]) {
  for (const [priority, names] of lists) {
    for (const name of names) {
      if (!LOOKUP.has(name)) LOOKUP.set(name, { field, priority })
    }
  }
}

const UNIT_WORDS: Record<string, GpsUnit> = {
  m: 'm',
  mt: 'm',
  mtrs: 'm',
  metres: 'm',
  meters: 'm',
  metros: 'm',
  meter: 'm',
  metre: 'm',
  metri: 'm',
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  yd: 'yd',
  yds: 'yd',
  yards: 'yd',
  'km/h': 'km/h',
  kmh: 'km/h',
  kph: 'km/h',
  'km.h': 'km/h',
  'km/hr': 'km/h',
  'm/s': 'm/s',
  'ms-1': 'm/s',
  mps: 'm/s',
  mph: 'mph',
  s: 's',
  sec: 's',
  secs: 's',
  seconds: 's',
  segundos: 's',
  sekunden: 's',
  secondes: 's',
  secondi: 's',
  min: 'min',
  mins: 'min',
  minutes: 'min',
  minutos: 'min',
  minuten: 'min',
  minuti: 'min',
  'h:mm:ss': 'h:mm:ss',
  'hh:mm:ss': 'h:mm:ss',
  'h:mm:ss.s': 'h:mm:ss',
  hms: 'h:mm:ss',
  'mm:ss': 'mm:ss',
  'm:ss': 'mm:ss',
}

/** Names a duration column by its unit word ("Minutes", "Mins played"). */
const DURATION_CORE_UNITS: Record<string, GpsUnit> = {
  minutes: 'min',
  mins: 'min',
  min: 'min',
  'minutes played': 'min',
  minutos: 'min',
  minuten: 'min',
  minuti: 'min',
  'minuti giocati': 'min',
  'minutes jouees': 'min',
  'minutos jogados': 'min',
}

const THRESHOLD =
  /(?:>=|=>|≥|>|\babove\b|\bover\b|\buber\b|\bsobre\b|\bplus de\b|\boltre\b|\bacima de\b)\s*(\d+(?:[.,]\d+)?)\s*(km\/h|kmh|kph|m\/s²|m\/s2|m\/s\^2|ms-2|m\/s|mph)?/

const SPEED_THRESHOLD_UNITS: Record<string, GpsThresholdUnit> = {
  'km/h': 'km/h',
  kmh: 'km/h',
  kph: 'km/h',
  'm/s': 'm/s',
  mph: 'mph',
}

/** Bracketed words that only say "this is a count": "Sprints (n)", "Accelerations (#)". */
const COUNT_WORDS = new Set(['n', '#', 'count', 'no', 'nr', 'qty', 'number', 'no.', 'cnt'])

const IGNORABLE = new Set(['absolute', 'abs', 'total', 'tot', 'sum', 'gesamt', 'copy'])

/** "Efforts > 90% Max Vel", "# Runs ≥95% Vmax": counts at a share of top speed. */
function effortsField(folded: string): GpsField | null {
  const share = /(?:^|[^\d])(9[05])\s*(?:%|percent|pct)/.exec(folded)
  if (!share || /\bhr\b|heart|hrmax|fc max/.test(folded)) return null
  if (!/(vmax|v max|max vel|max speed|max velocity|maximum|top speed|\bmax\b|msv)/.test(folded))
    return null
  if (!/(effort|runs|\bcount\b|number|\bno\b|#|\bn\b|sprints|reps|exposures)/.test(folded))
    return null
  return share[1] === '90' ? 'effortsAt90' : 'effortsAt95'
}

export interface HeaderParts {
  core: string
  units: GpsUnit[]
  threshold: HeaderReading['threshold']
  rate: boolean
  percent: boolean
}

/** Splits a header into its core words, the units it names and any threshold it states. */
export function headerParts(header: string): HeaderParts {
  let folded = foldText(header).replace(/['’`´]/g, '')
  let threshold: HeaderReading['threshold'] = null
  const found = THRESHOLD.exec(folded)
  if (found) {
    const unitText = found[2] ?? null
    const isAcceleration = unitText !== null && /²|2$|\^2/.test(unitText)
    if (!isAcceleration) {
      threshold = {
        value: Number(found[1]!.replace(',', '.')),
        unit: unitText ? (SPEED_THRESHOLD_UNITS[unitText] ?? null) : null,
      }
    }
    folded = (folded.slice(0, found.index) + ' ' + folded.slice(found.index + found[0].length))
      .replace(/\(\s*\)|\[\s*\]/g, ' ')
      .trim()
  }
  const percent = /%|\bpercent\b|\bpct\b|porcentaje|prozent|pourcentage|percentuale/.test(folded)
  const rate =
    /(?<!km\s*)\/\s*(min|minute|h|hr|hour)\b|\bper (min|minute|hour)\b|\bm\/min\b|\bmpm\b|\bpor min|\bpro min|\bpar min|\bal min|\brelative\b|\brel\b/.test(
      folded,
    )
  const units: GpsUnit[] = []
  // Units in brackets: "(m)", "[km/h]", "(hh:mm:ss)".
  folded = folded.replace(/[([]\s*([^()[\]]*?)\s*[)\]]/g, (_whole, inner: string) => {
    const squashed = inner.replace(/\s+/g, '')
    if (COUNT_WORDS.has(squashed)) return ' '
    const unit = UNIT_WORDS[squashed]
    if (unit) {
      units.push(unit)
      return ' '
    }
    return ` ${inner} `
  })
  // Units written with symbols outside brackets: "Max Speed km/h".
  folded = folded.replace(/(km\/h|km\/hr|m\/s|h{1,2}:mm:ss|mm:ss)/g, (whole: string) => {
    units.push(UNIT_WORDS[whole]!)
    return ' '
  })
  let words = folded
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
  while (words.length > 1 && UNIT_WORDS[words[words.length - 1]!] !== undefined) {
    units.push(UNIT_WORDS[words.pop()!]!)
  }
  const kept = words.filter((word) => !IGNORABLE.has(word))
  if (kept.length > 0) words = kept
  return { core: words.join(' '), units, threshold, rate, percent }
}

function unitFor(field: GpsField, units: readonly GpsUnit[], core: string): GpsUnit | null {
  const kind =
    field === 'maxVelocity'
      ? ['m/s', 'km/h', 'mph']
      : field === 'duration'
        ? ['s', 'min', 'h:mm:ss', 'mm:ss']
        : field === 'totalDistance' || field === 'hsr' || field === 'sprintDistance'
          ? ['m', 'km', 'yd']
          : []
  const unit = units.find((u) => kind.includes(u)) ?? null
  if (unit === null && field === 'duration') return DURATION_CORE_UNITS[core] ?? null
  return unit
}

const cache = new Map<string, HeaderReading | null>()

/** What a header names, or null when it is not something the import reads. */
export function readHeader(header: string): HeaderReading | null {
  // Numbers, dates and times are data, never a header (most cells of the first rows are).
  if (header.trim() === '' || /^[-+\d.,:;/%\s]*$/.test(header)) return null
  const known = cache.get(header)
  if (known !== undefined) return known
  const reading = readHeaderUncached(header)
  if (cache.size > 20_000) cache.clear()
  cache.set(header, reading)
  return reading
}

function readHeaderUncached(header: string): HeaderReading | null {
  const folded = foldText(header)
  const efforts = effortsField(folded)
  if (efforts) return { field: efforts, priority: 3, unit: null, threshold: null, note: null }
  const parts = headerParts(header)
  if (parts.percent || parts.rate || parts.core === '') return null
  let match = LOOKUP.get(parts.core) ?? null
  let priority = match?.priority ?? 0
  let note: string | null = null
  if (!match) {
    const pattern = PATTERNS.find((p) => p.pattern.test(parts.core))
    if (pattern) {
      match = { field: pattern.field, priority: 2 }
      priority = 2
      note = pattern.note
    }
  }
  if (!match) {
    // Near-duplicates: "Total Distance 2", "Total Distance.1".
    const stripped = parts.core.replace(/ \d{1,2}$/, '')
    const copy = stripped !== parts.core ? LOOKUP.get(stripped) : undefined
    if (copy) {
      match = copy
      priority = copy.priority - 0.5
    }
  }
  if (!match) return null
  return {
    field: match.field,
    priority,
    unit: unitFor(match.field, parts.units, parts.core),
    threshold: match.field === 'hsr' || match.field === 'sprintDistance' ? parts.threshold : null,
    note,
  }
}
