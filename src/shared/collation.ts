/**
 * Orders people's names the way a reader expects in any script: accents and letter case do not
 * push "Ángel" after "Zoë" (SQLite's NOCASE only folds ASCII), and "Player 10" follows "Player 9".
 */
const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

export function compareNames(a: string, b: string): number {
  return nameCollator.compare(a, b)
}
