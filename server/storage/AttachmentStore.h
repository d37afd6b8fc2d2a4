#pragma once

#include "storage/Database.h"

#include <optional>
#include <string>

namespace motcua::server {

// Content-addressed storage of attachment bytes (scanned components, result documents), keyed by
// their SHA-256. With embedded SQLite the bytes are files next to the database
// (attachments/ab/cd/<sha256>, written to a temporary file, fsynced and renamed into place before
// the metadata commits); with PostgreSQL they are rows of the database itself, so that several
// server processes on different machines see the same files.
class AttachmentStore {
public:
    AttachmentStore(Database& db, std::string dataDir)
        : m_db(db)
        , m_dir(std::move(dataDir))
    {}

    // Stores the bytes (once per content) and returns their SHA-256 in hex.
    std::string put(Poco::Data::Session& s, const std::string& bytes);
    std::optional<std::string> get(const std::string& sha256);

    static std::string sha256(const std::string& bytes);
    // The type sniffed from the first bytes: application/pdf, image/png, image/jpeg, image/tiff;
    // empty when it is none of them (whatever the client claimed).
    static std::string sniff(const std::string& bytes);

private:
    std::string pathOf(const std::string& sha) const;

    Database& m_db;
    std::string m_dir;
};

} // namespace motcua::server
