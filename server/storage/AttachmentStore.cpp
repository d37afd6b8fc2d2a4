#include "storage/AttachmentStore.h"

#include "core/FileType.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Crypto/DigestEngine.h>
#include <Poco/File.h>
#include <Poco/Path.h>
#include <Poco/TemporaryFile.h>

#include <fcntl.h>
#include <unistd.h>

using namespace Poco::Data::Keywords;

namespace motcua::server {
namespace {

void writeDurably(const std::string& path, const std::string& bytes)
{
    const std::string tmp = path + ".tmp" + std::to_string(::getpid()) + "-" +
                            std::to_string(reinterpret_cast<std::uintptr_t>(&bytes));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
    if (fd < 0)
        throw std::runtime_error("cannot create " + tmp);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n <= 0) {
            ::close(fd);
            ::unlink(tmp.c_str());
            throw std::runtime_error("cannot write " + tmp);
        }
        done += std::size_t(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(tmp.c_str());
        throw std::runtime_error("cannot sync " + tmp);
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        ::unlink(tmp.c_str());
        throw std::runtime_error("cannot rename " + tmp);
    }
    // The rename itself must reach the disk before the metadata commit acknowledges the upload.
    const std::string dir = Poco::Path(path).parent().toString();
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

std::string base64(const std::string& bytes)
{
    std::ostringstream out;
    Poco::Base64Encoder enc(out, Poco::BASE64_NO_PADDING);
    enc.rdbuf()->setLineLength(0);
    enc << bytes;
    enc.close();
    return out.str();
}

std::string unbase64(const std::string& text)
{
    std::istringstream in(text);
    Poco::Base64Decoder dec(in, Poco::BASE64_NO_PADDING);
    return std::string(std::istreambuf_iterator<char>(dec), {});
}

} // namespace

std::string AttachmentStore::sha256(const std::string& bytes)
{
    Poco::Crypto::DigestEngine sha("SHA256");
    sha.update(bytes);
    return Poco::DigestEngine::digestToHex(sha.digest());
}

std::string AttachmentStore::sniff(const std::string& b)
{
    return sniffMimeType(QByteArrayView(b.data(), qsizetype(b.size()))).toStdString();
}

std::string AttachmentStore::pathOf(const std::string& sha) const
{
    return Poco::Path(m_dir)
        .append("attachments")
        .append(sha.substr(0, 2))
        .append(sha.substr(2, 2))
        .append(sha)
        .toString();
}

std::string AttachmentStore::put(Poco::Data::Session& s, const std::string& bytes)
{
    std::string sha = sha256(bytes);
    if (m_db.isPostgres()) {
        // Stored as base64 text: portable through Poco's PostgreSQL connector.
        int n = 0;
        s << m_db.sql("SELECT COUNT(*) FROM attachment_blobs WHERE sha256 = ?"), into(n), bind(sha),
            now;
        if (n == 0) {
            const std::string text = base64(bytes);
            s << m_db.sql("INSERT INTO attachment_blobs (sha256, data) VALUES (?, ?) ON CONFLICT "
                          "(sha256) DO NOTHING"),
                bind(sha), bind(text), now;
        }
        return sha;
    }
    const std::string path = pathOf(sha);
    if (!Poco::File(path).exists()) {
        Poco::File(Poco::Path(path).parent()).createDirectories();
        writeDurably(path, bytes);
    }
    return sha;
}

std::optional<std::string> AttachmentStore::get(const std::string& sha)
{
    if (m_db.isPostgres()) {
        std::vector<std::string> rows;
        m_db.read([&](Poco::Data::Session& s) {
            s << m_db.sql("SELECT data FROM attachment_blobs WHERE sha256 = ?"), into(rows),
                bind(sha), now;
        });
        if (rows.empty())
            return std::nullopt;
        return unbase64(rows.front());
    }
    std::ifstream in(pathOf(sha), std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace motcua::server
