import type { Content, DynamicContent, StyleDictionary } from 'pdfmake/interfaces'

export const DISCLAIMER = 'Decision support, not medical clearance'

/**
 * User-typed strings enter a document only through here: as the `text` of a text node, never
 * as a key that pdfmake interprets (image, link, attachment, svg, qr...).
 */
export function plain(value: string | number | null | undefined, style?: string): Content {
  const text = value === null || value === undefined ? '' : String(value)
  return style ? { text, style } : { text }
}

/** Local date and time for "generated at" lines, e.g. "22 Nov 2026, 14:05". */
export function formatGeneratedAt(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(at)
}

/** A calendar day `YYYY-MM-DD` as "17 Mar 2004" without any timezone shift. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, date)),
  )
}

/** Footer on every page: page x of y, when it was generated, app version, the disclaimer. */
export function pageFooter(generatedAt: Date, appVersion: string): DynamicContent {
  const stamp = `Generated ${formatGeneratedAt(generatedAt)} · RTS Bridge ${appVersion}`
  return (currentPage, pageCount) => ({
    margin: [40, 8, 40, 0],
    columns: [
      { text: `${stamp} · ${DISCLAIMER}`, style: 'footer', width: '*' },
      {
        text: `Page ${currentPage} of ${pageCount}`,
        style: 'footer',
        alignment: 'right',
        width: 80,
      },
    ],
  })
}

export const baseStyles: StyleDictionary = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 10, color: '#444444', margin: [0, 0, 0, 12] },
  tableHeader: { bold: true, fontSize: 9, color: '#000000', fillColor: '#e6e6e6' },
  cell: { fontSize: 9 },
  muted: { fontSize: 9, color: '#555555' },
  footer: { fontSize: 7, color: '#444444' },
}
