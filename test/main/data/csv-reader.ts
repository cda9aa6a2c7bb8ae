/**
 * A strict RFC 4180 reader for checking exports: CRLF records, quoted fields with doubled
 * quotes. Throws on anything else (a bare quote inside a field, a lone LF between records), so
 * a malformed export fails the test instead of being read leniently.
 */
export function readCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let i = 0
  const endOfRecord = () => {
    records.push(record)
    record = []
  }
  while (i < text.length) {
    let field = ''
    if (text[i] === '"') {
      i += 1
      for (;;) {
        if (i >= text.length) throw new Error('Unterminated quoted field')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i += 1
          break
        }
        field += text[i]
        i += 1
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`Bare quote in an unquoted field at ${i}`)
        field += text[i]
        i += 1
      }
    }
    record.push(field)
    if (text[i] === ',') {
      i += 1
    } else if (text.startsWith('\r\n', i)) {
      i += 2
      endOfRecord()
    } else if (i >= text.length) {
      endOfRecord()
    } else {
      throw new Error(`Unexpected character ${JSON.stringify(text[i])} at ${i}`)
    }
  }
  return records
}
