// Fails fast, with a message a person can act on, when the wrong Node runs the project.
// better-sqlite3 13 and Electron 45 need Node >= 22.12 (Node-API 10); on Node 20 the
// native module crashes with a segfault instead of an error, so we check before loading it.
const [major, minor] = process.versions.node.split('.').map(Number)
const ok = major > 22 || (major === 22 && minor >= 12)
if (!ok) {
  console.error(
    [
      `RTS Bridge needs Node 22.12 or newer; this is Node ${process.versions.node}.`,
      'Run the project through npm (npm start, npm test): after `npm install` npm uses the',
      'Node binary pinned in devDependencies ("node" package) from node_modules/.bin.',
      'If that binary is missing, run `npm install` again.',
    ].join('\n'),
  )
  process.exit(1)
}
