/**
 * better-sqlite3 13 segfaults on Node < 22.12 instead of throwing; stop the run with a clear
 * message before any test file can load it.
 */
export default function checkNode(): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
  if (major < 22 || (major === 22 && minor < 12)) {
    throw new Error(
      `Tests need Node 22.12 or newer (this is ${process.versions.node}). Run them with \`npm test\`, which uses the Node pinned in devDependencies.`,
    )
  }
}
