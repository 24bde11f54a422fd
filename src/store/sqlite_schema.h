// Test support for the SQLite backend: databases as older stets wrote them,
// so migrations are tested against the real old schemas, not a new database
// with parts removed.
//
// Thread-safety: as sqlite3 connections; call from one thread.
#ifndef STET_STORE_SQLITE_SCHEMA_H_
#define STET_STORE_SQLITE_SCHEMA_H_

#include <string>

#include "stet/result.h"

namespace stet::testing {

// Creates an empty stet database at `path` with the schema at `version`
// (1..SqliteSchemaVersion()), as that stet created it.
Status CreateSqliteSchema(const std::string& path, int version);

}  // namespace stet::testing

#endif  // STET_STORE_SQLITE_SCHEMA_H_
