import { dirname, resolve, sep } from 'node:path'
import pdfmake from 'pdfmake'
import robotoFonts from 'pdfmake/fonts/Roboto.js'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'

/**
 * The one place that turns a document definition into PDF bytes. Fonts are pdfmake's bundled
 * Roboto (Latin, Latin-extended, Greek and Cyrillic). The access policies make sure nothing in a
 * definition can read a file outside the font folder or fetch a URL: user text is only ever
 * text, but this is the second lock on the door.
 */
const fontFolder = dirname(resolve(robotoFonts.Roboto.normal))

export function isAllowedLocalFile(path: string): boolean {
  const full = resolve(path)
  return full.startsWith(fontFolder + sep) && full.toLowerCase().endsWith('.ttf')
}

let configured = false
function configure(): void {
  if (configured) return
  pdfmake.setFonts({ Roboto: robotoFonts.Roboto })
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy(isAllowedLocalFile)
  configured = true
}

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure()
  return pdfmake
    .createPdf({ ...definition, defaultStyle: { font: 'Roboto', ...definition.defaultStyle } })
    .getBuffer()
}
