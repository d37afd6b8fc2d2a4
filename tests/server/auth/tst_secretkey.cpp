#include "auth/SecretKey.h"

#include <set>
#include <string>
#include <thread>
#include <vector>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using motcua::server::SecretKey;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

void writeFile(const QString& path, const QByteArray& content, mode_t mode)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

} // namespace

class TstSecretKey : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string path(const char* name) const { return m_dir.filePath(name).toStdString(); }

private slots:
    void createsFileWithMode0600()
    {
        // Even with a permissive umask the file must come out 0600.
        const mode_t old = ::umask(0);
        const auto key = SecretKey::loadOrCreate(path("created.key"));
        ::umask(old);
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(key->bytes().size(), SecretKey::kMinBytes);
        const QString file = m_dir.filePath("created.key");
        QCOMPARE(modeOf(file), mode_t(0600));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QCOMPARE(content, QByteArray::fromStdString(key->toHex()) + "\n");
        QCOMPARE(content.size(), 65);
        // No temporary file left behind.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{"created.key"});
    }

    void reloadsSameKey()
    {
        const auto first = SecretKey::loadOrCreate(path("same.key"));
        const auto second = SecretKey::loadOrCreate(path("same.key"));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->bytes(), second->bytes());
        const auto other = SecretKey::loadOrCreate(path("other.key"));
        QVERIFY(other.ok());
        QVERIFY(other->bytes() != first->bytes());
    }

    void concurrentCreationAgrees()
    {
        // Eight starters race to create one key; all must end up with the file's key.
        std::vector<std::string> keys(8);
        std::vector<std::thread> threads;
        const std::string file = path("race.key");
        for (std::size_t i = 0; i < keys.size(); ++i)
            threads.emplace_back([&, i] {
                const auto key = SecretKey::loadOrCreate(file);
                keys[i] = key.ok() ? key->bytes()
                                   : std::string("failed: ") + key.error().message.toStdString();
            });
        for (auto& t : threads)
            t.join();
        const auto onDisk = SecretKey::loadOrCreate(file);
        QVERIFY(onDisk.ok());
        for (const std::string& k : keys)
            QCOMPARE(k, onDisk->bytes());
        const QStringList left =
            QDir(m_dir.path()).entryList(QStringList{"race.key*"}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{"race.key"});
    }

    void refusesGroupOrWorldAccess_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0620 group-writable") << 0620;
    }

    void refusesGroupOrWorldAccess()
    {
        QFETCH(int, mode);
        const QString file = m_dir.filePath("open.key");
        writeFile(file, QByteArray(64, 'a') + "\n", mode_t(mode));
        const auto key = SecretKey::loadOrCreate(file.toStdString());
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, QStringLiteral("auth.secret_key_insecure"));
        QVERIFY(key.error().message.contains(file));
        QVERIFY(key.error().message.contains(QStringLiteral("chmod 600")));
        // Refused, not repaired or replaced.
        QCOMPARE(modeOf(file), mode_t(mode));
    }

    void acceptsOwnerOnly_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0600") << 0600;
        QTest::newRow("0400") << 0400;
    }

    void acceptsOwnerOnly()
    {
        QFETCH(int, mode);
        const QString file = m_dir.filePath(QStringLiteral("owner%1.key").arg(mode, 0, 8));
        writeFile(file, "  " + QByteArray(64, 'A') + "\r\n", mode_t(mode));
        const auto key = SecretKey::loadOrCreate(file.toStdString());
        QVERIFY2(key.ok(), qPrintable(key.ok() ? QString() : key.error().message));
        QCOMPARE(key->bytes(), std::string(32, '\xaa'));
    }

    void refusesShortOrMalformed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << "auth.secret_key_too_short";
        QTest::newRow("31 bytes") << QByteArray(62, 'b') << "auth.secret_key_too_short";
        QTest::newRow("not hex") << QByteArray(64, 'g') << "auth.secret_key_malformed";
        QTest::newRow("odd length") << QByteArray(65, 'b') << "auth.secret_key_malformed";
        QTest::newRow("binary") << QByteArray(32, '\x01') << "auth.secret_key_malformed";
        QTest::newRow("too large") << QByteArray(10000, 'b') << "auth.secret_key_malformed";
    }

    void refusesShortOrMalformed()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        const QString file = m_dir.filePath("bad.key");
        writeFile(file, content, 0600);
        const auto key = SecretKey::loadOrCreate(file.toStdString());
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, code);
        // Not overwritten with a fresh key either.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void refusesSymlink()
    {
        const auto target = SecretKey::loadOrCreate(path("target.key"));
        QVERIFY(target.ok());
        const QString link = m_dir.filePath("link.key");
        QVERIFY(QFile::link(m_dir.filePath("target.key"), link));
        const auto key = SecretKey::loadOrCreate(link.toStdString());
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, QStringLiteral("auth.secret_key_unreadable"));
    }

    void refusesDirectory()
    {
        QVERIFY(QDir(m_dir.path()).mkdir("dir.key"));
        QCOMPARE(::chmod(QFile::encodeName(m_dir.filePath("dir.key")).constData(), 0700), 0);
        const auto key = SecretKey::loadOrCreate(path("dir.key"));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, QStringLiteral("auth.secret_key_insecure"));
    }

    void missingFolderIsWriteFailure()
    {
        const auto key = SecretKey::loadOrCreate(path("no/such/folder/x.key"));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, QStringLiteral("auth.secret_key_write_failed"));
        QVERIFY(key.error().message.contains(QStringLiteral("no/such/folder/x.key")));
    }

    void fromConfiguration()
    {
        const std::string hex = "00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF";
        const auto key = SecretKey::fromHex(" " + hex + "\n");
        QVERIFY(key.ok());
        QCOMPARE(key->bytes().size(), std::size_t(32));
        QCOMPARE(key->toHex(), std::string("00112233445566778899aabbccddeeff"
                                           "00112233445566778899aabbccddeeff"));
        // Longer keys are fine (HMAC hashes them down); shorter ones are not.
        QVERIFY(SecretKey::fromHex(hex + hex).ok());
        QCOMPARE(SecretKey::fromHex(hex.substr(2)).error().code,
                 QStringLiteral("auth.secret_key_too_short"));
        QCOMPARE(SecretKey::fromHex("secret").error().code,
                 QStringLiteral("auth.secret_key_malformed"));
        QCOMPARE(SecretKey::fromHex("").error().code, QStringLiteral("auth.secret_key_too_short"));
    }

    void generateIsRandom()
    {
        std::set<std::string> seen;
        for (int i = 0; i < 20; ++i)
            seen.insert(SecretKey::generate()->bytes());
        QCOMPARE(seen.size(), std::size_t(20));
    }
};

QTEST_GUILESS_MAIN(TstSecretKey)
#include "tst_secretkey.moc"
