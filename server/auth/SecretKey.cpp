#include "auth/SecretKey.h"

#include "auth/Crypto.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

#include <QString>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua::server {

namespace {

// A key file is a few dozen bytes; anything much larger is not one of ours.
constexpr std::size_t kMaxFileBytes = 4096;

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}
QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Error keyError(const char* code, QString message)
{
    return Error{QString::fromLatin1(code), std::move(message), {}};
}

// Closes a descriptor on every path out of a function.
class Fd {
public:
    explicit Fd(int fd)
        : m_fd(fd)
    {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

bool writeAll(int fd, std::string_view data)
{
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

std::string parentFolder(const std::string& path)
{
    const auto slash = path.rfind('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// Moves `from` to `to` unless `to` exists. renameat2(RENAME_NOREPLACE) where the file system
// supports it, otherwise link + unlink, which is just as exclusive. Returns 0, or an errno value
// (EEXIST when someone else created `to` first).
int renameNoReplace(const std::string& from, const std::string& to)
{
    if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
    if (::link(from.c_str(), to.c_str()) != 0)
        return errno;
    ::unlink(from.c_str());
    return 0;
}

} // namespace

std::string SecretKey::toHex() const
{
    return crypto::toHex(m_bytes);
}

Expected<SecretKey> SecretKey::generate()
{
    std::optional<std::string> bytes = crypto::randomBytes(kMinBytes);
    if (!bytes)
        return keyError("auth.secret_key_write_failed",
                        QStringLiteral("The kernel refused to provide random bytes"));
    return SecretKey(std::move(*bytes));
}

Expected<SecretKey> SecretKey::fromHex(std::string_view text)
{
    return parse(text, QStringLiteral("The configured signing key"));
}

Expected<SecretKey> SecretKey::parse(std::string_view text, const QString& origin)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    if (text.size() > kMaxFileBytes)
        return keyError("auth.secret_key_malformed", origin + QStringLiteral(" is too long"));
    std::optional<std::string> bytes = crypto::fromHex(text);
    if (!bytes)
        return keyError(
            "auth.secret_key_malformed",
            origin +
                QStringLiteral(" is not hexadecimal (expected %1 hex digits)").arg(kMinBytes * 2));
    if (bytes->size() < kMinBytes)
        return keyError("auth.secret_key_too_short",
                        origin +
                            QStringLiteral(" has %1 bytes; at least %2 are needed (%3 hex digits)")
                                .arg(bytes->size())
                                .arg(kMinBytes)
                                .arg(kMinBytes * 2));
    return SecretKey(std::move(*bytes));
}

Expected<SecretKey> SecretKey::loadOrCreate(const std::string& path)
{
    // O_NOFOLLOW: a symbolic link planted in place of the key file is refused, not followed.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0)
        return load(path, fd);
    if (errno == ENOENT)
        return create(path);
    return keyError("auth.secret_key_unreadable", QStringLiteral("Cannot open the signing key "
                                                                 "file %1: %2")
                                                      .arg(qs(path), lastError()));
}

Expected<SecretKey> SecretKey::load(const std::string& path, int rawFd)
{
    Fd fd(rawFd);
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0)
        return keyError("auth.secret_key_unreadable",
                        QStringLiteral("Cannot inspect %1: %2").arg(qs(path), lastError()));
    if (!S_ISREG(st.st_mode))
        return keyError(
            "auth.secret_key_insecure",
            QStringLiteral("The signing key file %1 is not a regular file").arg(qs(path)));
    // Anyone who can read the key can mint tokens for any user; anyone who can write it can lock
    // everybody out. So no access at all for group or others, as ssh does for private keys.
    if ((st.st_mode & 077) != 0)
        return keyError("auth.secret_key_insecure",
                        QStringLiteral("The signing key file %1 is accessible by group or others "
                                       "(mode %2); run: chmod 600 %1")
                            .arg(qs(path))
                            .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0')));
    std::string text(kMaxFileBytes + 1, '\0');
    std::size_t got = 0;
    while (got < text.size()) {
        const ssize_t n = ::read(fd.get(), text.data() + got, text.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return keyError("auth.secret_key_unreadable",
                            QStringLiteral("Cannot read %1: %2").arg(qs(path), lastError()));
        if (n == 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    text.resize(got);
    return parse(text, QStringLiteral("The signing key file %1").arg(qs(path)));
}

Expected<SecretKey> SecretKey::create(const std::string& path)
{
    Expected<SecretKey> key = generate();
    if (!key)
        return key;
    const auto writeFailed = [&](const QString& what) {
        return keyError("auth.secret_key_write_failed",
                        QStringLiteral("Cannot create the signing key file %1: %2: %3")
                            .arg(qs(path), what, lastError()));
    };

    // A unique temporary name next to the target, so the final rename stays in one file system.
    const std::optional<std::string> nonce = crypto::randomBytes(8);
    const std::string temp =
        path + ".tmp." + std::to_string(::getpid()) + "." + crypto::toHex(nonce.value_or("x"));
    Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (fd.get() < 0)
        return writeFailed(QStringLiteral("creating a temporary file"));
    // The umask can only remove bits from 0600, but set it explicitly so the result never
    // depends on the environment.
    const std::string text = key->toHex() + "\n";
    if (::fchmod(fd.get(), 0600) != 0 || !writeAll(fd.get(), text) || ::fsync(fd.get()) != 0 ||
        ::close(fd.release()) != 0) {
        const Error error = writeFailed(QStringLiteral("writing %1").arg(qs(temp)));
        ::unlink(temp.c_str());
        return error;
    }

    const int rc = renameNoReplace(temp, path);
    if (rc == EEXIST) {
        // Another process created the key between our open() and now: use theirs.
        ::unlink(temp.c_str());
        const int existing = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (existing < 0)
            return keyError("auth.secret_key_unreadable",
                            QStringLiteral("Cannot open the signing key file %1: %2")
                                .arg(qs(path), lastError()));
        return load(path, existing);
    }
    if (rc != 0) {
        errno = rc;
        const Error error = writeFailed(QStringLiteral("renaming into place"));
        ::unlink(temp.c_str());
        return error;
    }
    // Make the new directory entry itself durable; best effort, the key is already usable.
    Fd folder(::open(parentFolder(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (folder.get() >= 0)
        ::fsync(folder.get());
    return key;
}

} // namespace motcua::server
