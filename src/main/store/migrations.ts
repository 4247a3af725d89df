// Schema migrations as pure functions: migrations[n] turns a version-n document into version n+1.
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>

export class MigrationError extends Error {
  override name = 'MigrationError'
}

/** Documents written before versioning existed count as version 0. */
export function migrate(raw: unknown, migrations: readonly Migration[]): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MigrationError('the file does not hold an object')
  }
  let doc = raw as Record<string, unknown>
  const version = doc.schemaVersion ?? 0
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new MigrationError(
      `its schemaVersion (${JSON.stringify(version)}) is not a version number`
    )
  }
  if (version > migrations.length) {
    throw new MigrationError(
      `it was written by a newer Cadence (schema ${version}; this one reads up to ${migrations.length})`
    )
  }
  for (let v = version; v < migrations.length; v++) {
    doc = { ...migrations[v]!(doc), schemaVersion: v + 1 }
  }
  return doc
}
