import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'

/**
 * The floor of a PDF figure: a bare pdfmake document of the same size as the app's, with no
 * data gathering and no engine behind it. It keeps the page setup, the footer and every table
 * (same columns, rows and cell text, in the same styles) and every paragraph as plain text;
 * charts (SVG) are left out. What the app spends above it is its own work: reading the data,
 * running the engine, building the definition and drawing the charts.
 */

type Node = Record<string, unknown>

function textOf(node: unknown): string {
  if (node === null || node === undefined) return ''
  if (typeof node === 'string' || typeof node === 'number') return String(node)
  if (Array.isArray(node)) return node.map(textOf).join('')
  const n = node as Node
  if ('text' in n) return textOf(n['text'])
  for (const key of ['stack', 'columns', 'ul', 'ol']) {
    if (Array.isArray(n[key])) return (n[key] as unknown[]).map(textOf).join(' ')
  }
  return ''
}

function styleOf(node: unknown): string | undefined {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    const style = (node as Node)['style']
    if (typeof style === 'string') return style
  }
  return undefined
}

function leaf(node: unknown): Content {
  const style = styleOf(node)
  return style ? { text: textOf(node), style } : { text: textOf(node) }
}

function twin(node: unknown): Content[] {
  if (node === null || node === undefined) return []
  if (typeof node === 'string' || typeof node === 'number') return [{ text: String(node) }]
  if (Array.isArray(node)) return node.flatMap(twin)
  const n = node as Node
  if ('svg' in n || 'canvas' in n || 'image' in n) return []
  if ('table' in n) {
    const table = n['table'] as Node
    const body = (table['body'] as unknown[][]).map((row) => row.map(leaf))
    return [
      {
        table: {
          headerRows: (table['headerRows'] as number | undefined) ?? 0,
          widths: table['widths'] as never,
          body,
        },
        ...(typeof n['layout'] === 'string' ? { layout: n['layout'] as string } : {}),
      } as Content,
    ]
  }
  for (const key of ['stack', 'columns']) {
    if (Array.isArray(n[key])) return (n[key] as unknown[]).flatMap(twin)
  }
  for (const key of ['ul', 'ol']) {
    if (Array.isArray(n[key]))
      return [{ [key]: (n[key] as unknown[]).map(leaf) } as unknown as Content]
  }
  const pageBreak = n['pageBreak']
  const text = leaf(n) as unknown as Node
  return [(pageBreak ? { ...text, pageBreak } : text) as unknown as Content]
}

export function bareTwin(definition: TDocumentDefinitions): TDocumentDefinitions {
  const { pageSize, pageOrientation, pageMargins, footer, styles, defaultStyle, content } =
    definition
  return {
    ...(pageSize ? { pageSize } : {}),
    ...(pageOrientation ? { pageOrientation } : {}),
    ...(pageMargins ? { pageMargins } : {}),
    ...(footer ? { footer } : {}),
    ...(styles ? { styles } : {}),
    ...(defaultStyle ? { defaultStyle } : {}),
    content: twin(content),
  }
}

/** Counts what a definition holds, to show the twin is the same size. */
export function tableRows(definition: TDocumentDefinitions): number {
  let rows = 0
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    if (Array.isArray(node)) return node.forEach(walk)
    const n = node as Node
    if ('table' in n) rows += ((n['table'] as Node)['body'] as unknown[]).length
    for (const value of Object.values(n)) if (typeof value === 'object') walk(value)
  }
  walk(definition.content)
  return rows
}

/** Pages of a PDF: pdfkit writes one "/Type /Page" object per page. */
export function pageCount(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString('latin1')
  return (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length
}
