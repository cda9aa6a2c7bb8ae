import type { BamicGrade } from '@shared/schemas/classification'
import { bamicSiteLabels } from '@shared/schemas/classification'

const bamicExtent: Record<string, string> = {
  '0': 'MRI normal',
  '1': 'small',
  '2': 'moderate',
  '3': 'extensive',
  '4': 'complete tear',
}

/** "2b · moderate, musculotendinous" for the grade picker. */
export function bamicLabel(grade: BamicGrade): string {
  const extent = bamicExtent[grade[0] ?? ''] ?? ''
  const site = grade[1] as keyof typeof bamicSiteLabels | undefined
  if (grade.startsWith('0')) {
    return `${grade} · ${extent}, ${grade === '0a' ? 'focal soreness' : 'general soreness'}`
  }
  return site && site in bamicSiteLabels
    ? `${grade} · ${extent}, ${bamicSiteLabels[site]}`
    : `${grade} · ${extent}`
}

export function options<T extends string>(values: readonly T[], labels?: Record<T, string>) {
  return values.map((value) => ({ value, label: labels ? labels[value] : value }))
}
