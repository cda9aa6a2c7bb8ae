import { Center, Loader, Stack, Text } from '@mantine/core'
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import { useEffect, useState } from 'react'

GlobalWorkerOptions.workerSrc = workerUrl

function decode(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * The PDF exactly as main produced it, drawn page by page with pdf.js: what the preview shows is
 * what will be saved and printed.
 */
export function PdfPreview(props: { pdfBase64: string; width?: number }) {
  // A new PDF is a new preview: remounting resets its pages instead of clearing them by hand.
  return <PdfPages key={props.pdfBase64} {...props} />
}

function PdfPages({ pdfBase64, width = 560 }: { pdfBase64: string; width?: number }) {
  const [pages, setPages] = useState<string[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    const task = getDocument({ data: decode(pdfBase64) })
    void task.promise
      .then(async (doc) => {
        const images: string[] = []
        for (let n = 1; n <= doc.numPages; n += 1) {
          const page = await doc.getPage(n)
          const base = page.getViewport({ scale: 1 })
          // Draw at twice the shown size so text stays sharp on high-density screens.
          const viewport = page.getViewport({ scale: (width / base.width) * 2 })
          const canvas = document.createElement('canvas')
          canvas.width = Math.ceil(viewport.width)
          canvas.height = Math.ceil(viewport.height)
          await page.render({ canvas, viewport }).promise
          images.push(canvas.toDataURL('image/png'))
        }
        if (!cancelled) setPages(images)
        await doc.cleanup()
      })
      .catch(() => {
        if (!cancelled) setError('The preview could not be drawn. Saving the PDF still works.')
      })
    return () => {
      cancelled = true
      void task.destroy()
    }
  }, [pdfBase64, width])

  if (error) return <Text c="red">{error}</Text>
  if (!pages) {
    return (
      <Center h={200}>
        <Loader size="sm" aria-label="Drawing the preview" />
      </Center>
    )
  }
  return (
    <Stack gap="md" aria-label="Handover preview">
      {pages.map((src, i) => (
        <img
          key={i}
          src={src}
          alt={`Page ${i + 1} of ${pages.length}`}
          width={width}
          style={{ boxShadow: '0 1px 4px rgba(0,0,0,0.25)', background: 'white' }}
        />
      ))}
    </Stack>
  )
}
