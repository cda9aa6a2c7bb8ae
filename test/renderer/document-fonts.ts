/**
 * happy-dom has no `document.fonts`; Mantine's autosize Textarea listens to it for font loads.
 * Imported by the tests that render one (a no-op in a real browser, where it exists).
 */
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener() {}, removeEventListener() {} },
  })
}
