#include "auth/PasswordHasher.h"

#include <string>
#include <vector>

#include <QElapsedTimer>
#include <QtTest>

#include <argon2.h>

using motcua::server::PasswordHasher;

class TstPasswordHasher : public QObject {
    Q_OBJECT

    PasswordHasher m_cheap{PasswordHasher::testParams()};

    std::string hashOf(const std::string& password)
    {
        auto result = m_cheap.hash(password);
        if (!result)
            qFatal("hash failed: %s", qPrintable(result.error().message));
        return result.value();
    }

private slots:
    void roundTrip()
    {
        const std::string encoded = hashOf("correct horse battery");
        QVERIFY(encoded.starts_with("$argon2id$v=19$m=64,t=1,p=1$"));
        QVERIFY(m_cheap.verify("correct horse battery", encoded));
    }

    void wrongPasswordRefused()
    {
        const std::string encoded = hashOf("correct horse battery");
        QVERIFY(!m_cheap.verify("correct horse batterY", encoded));
        QVERIFY(!m_cheap.verify("correct horse battery ", encoded));
        QVERIFY(!m_cheap.verify("", encoded));
    }

    void saltsDiffer()
    {
        const std::string a = hashOf("same password");
        const std::string b = hashOf("same password");
        QVERIFY(a != b);
        const auto pa = PasswordHasher::parse(a);
        const auto pb = PasswordHasher::parse(b);
        QVERIFY(pa && pb);
        QCOMPARE(pa->saltBytes, PasswordHasher::kSaltBytes);
        QCOMPARE(pa->hashBytes, PasswordHasher::kHashBytes);
        // The salt field is the 5th '$'-separated field.
        const auto salt = [](const std::string& s) {
            std::size_t pos = 0;
            for (int i = 0; i < 4; ++i)
                pos = s.find('$', pos) + 1;
            return s.substr(pos, s.find('$', pos) - pos);
        };
        QVERIFY(salt(a) != salt(b));
        QVERIFY(m_cheap.verify("same password", a));
        QVERIFY(m_cheap.verify("same password", b));
    }

    void unicodeIsNormalised()
    {
        // "mật khẩu" precomposed (NFC) and decomposed (NFD: base letter + combining marks).
        const std::string nfc = "m\u1EADt kh\u1EA9u 2024";
        const std::string nfd = "ma\u0323\u0302t kha\u0302\u0309u 2024";
        QVERIFY(nfc != nfd);
        const std::string encoded = hashOf(nfd);
        QVERIFY(m_cheap.verify(nfc, encoded));
        QVERIFY(m_cheap.verify(nfd, encoded));
        QVERIFY(!m_cheap.verify("mat khau 2024", encoded));
        // Invalid UTF-8 is hashed byte for byte, not replaced (which would make such passwords
        // collide).
        const std::string bad1("\xff\xfe password", 11);
        const std::string bad2("\xfe\xff password", 11);
        const std::string encodedBad = hashOf(bad1);
        QVERIFY(m_cheap.verify(bad1, encodedBad));
        QVERIFY(!m_cheap.verify(bad2, encodedBad));
    }

    void tooLongRefused()
    {
        const std::string limit(PasswordHasher::kMaxPasswordBytes, 'x');
        const std::string over(PasswordHasher::kMaxPasswordBytes + 1, 'x');
        QVERIFY(m_cheap.hash(limit).ok());
        const auto refused = m_cheap.hash(over);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("auth.password_too_long"));
        // A stored hash of the first 1024 bytes is not matched by a longer password either.
        const std::string encoded = hashOf(limit);
        QVERIFY(m_cheap.verify(limit, encoded));
        QVERIFY(!m_cheap.verify(over, encoded));
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        const std::string good = hashOf("password1234");
        const QByteArray g = QByteArray::fromStdString(good);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("dollar") << QByteArray("$");
        QTest::newRow("plaintext") << QByteArray("password1234");
        QTest::newRow("argon2i") << QByteArray(g).replace("$argon2id$", "$argon2i$");
        QTest::newRow("argon2d") << QByteArray(g).replace("$argon2id$", "$argon2d$");
        QTest::newRow("no version") << QByteArray(g).replace("$v=19", "");
        QTest::newRow("v16") << QByteArray(g).replace("v=19", "v=16");
        QTest::newRow("m changed") << QByteArray(g).replace("m=64,", "m=72,");
        QTest::newRow("t changed") << QByteArray(g).replace("t=1,", "t=2,");
        QTest::newRow("m huge") << QByteArray(g).replace("m=64,", "m=4294967295,");
        QTest::newRow("m overflow") << QByteArray(g).replace("m=64,", "m=99999999999999999999,");
        QTest::newRow("m negative") << QByteArray(g).replace("m=64,", "m=-64,");
        QTest::newRow("m leading zero") << QByteArray(g).replace("m=64,", "m=064,");
        QTest::newRow("t zero") << QByteArray(g).replace("t=1,", "t=0,");
        QTest::newRow("t huge") << QByteArray(g).replace("t=1,", "t=100000,");
        QTest::newRow("p zero") << QByteArray(g).replace("p=1$", "p=0$");
        QTest::newRow("p huge") << QByteArray(g).replace("p=1$", "p=16777215$");
        QTest::newRow("order") << QByteArray(g).replace("m=64,t=1", "t=1,m=64");
        QTest::newRow("truncated 1") << g.left(g.size() - 1);
        QTest::newRow("truncated 10") << g.left(g.size() - 10);
        QTest::newRow("no hash") << g.left(g.lastIndexOf('$'));
        QTest::newRow("empty hash") << g.left(g.lastIndexOf('$') + 1);
        QTest::newRow("trailing dollar") << g + "$";
        QTest::newRow("extra field") << g + "$AAAA";
        QByteArray flipped = g;
        flipped[flipped.size() - 3] = flipped[flipped.size() - 3] == 'A' ? 'B' : 'A';
        QTest::newRow("hash tampered") << flipped;
        QByteArray salted = g;
        const qsizetype saltAt = g.indexOf("p=1$") + 4;
        salted[saltAt] = salted[saltAt] == 'A' ? 'B' : 'A';
        QTest::newRow("salt tampered") << salted;
        QTest::newRow("bad base64") << QByteArray(g).replace(g.lastIndexOf('$') + 1, 1, "*");
        QByteArray withNul = g;
        withNul[withNul.size() - 5] = '\0';
        QTest::newRow("embedded NUL") << withNul;
        QTest::newRow("short salt") << QByteArray("$argon2id$v=19$m=64,t=1,p=1$c2FsdA$"
                                                  "nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4");
        QTest::newRow("short hash") << QByteArray("$argon2id$v=19$m=64,t=1,p=1$c29tZXNhbHQ$AAAAAA");
        QTest::newRow("huge") << QByteArray(100000, 'A');
    }

    void malformedRefused()
    {
        QFETCH(QByteArray, encoded);
        const std::string stored = encoded.toStdString();
        QVERIFY(!m_cheap.verify("password1234", stored));
        // Whatever does not even parse must be replaced once the user next logs in.
        if (!PasswordHasher::parse(stored))
            QVERIFY(m_cheap.needsRehash(stored));
    }

    void parseReadsParameters()
    {
        const auto info = PasswordHasher::parse("$argon2id$v=19$m=19456,t=2,p=1$"
                                                "c29tZXNhbHRzb21lc2FsdA$"
                                                "nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4");
        QVERIFY(info);
        QCOMPARE(info->version, 19u);
        QCOMPARE(info->params, (PasswordHasher::Params{19456, 2, 1}));
        QCOMPARE(info->saltBytes, std::size_t(16));
        QCOMPARE(info->hashBytes, std::size_t(32));
    }

    void needsRehash()
    {
        const std::string weak = hashOf("password1234"); // m=64, t=1
        const PasswordHasher stronger(PasswordHasher::Params{128, 2, 1});
        QVERIFY(!m_cheap.needsRehash(weak));
        QVERIFY(stronger.needsRehash(weak));
        // Verification still works across settings: the parameters travel with the hash.
        QVERIFY(stronger.verify("password1234", weak));
        const auto strong = stronger.hash("password1234");
        QVERIFY(strong.ok());
        QVERIFY(!stronger.needsRehash(strong.value()));
        // A hash stronger than the current settings is left alone (no downgrade).
        QVERIFY(!m_cheap.needsRehash(strong.value()));
        // More memory alone or more passes alone are not enough.
        QVERIFY(PasswordHasher(PasswordHasher::Params{64, 2, 1}).needsRehash(weak));
        QVERIFY(PasswordHasher(PasswordHasher::Params{128, 1, 1}).needsRehash(weak));
        // Short salts (other implementations use 8 bytes) are upgraded.
        QVERIFY(PasswordHasher(PasswordHasher::Params{8, 1, 1})
                    .needsRehash("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$"
                                 "nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4"));
    }

    void referenceHashesVerify()
    {
        // From the reference implementation's test suite (phc-winner-argon2 src/test.c), so a
        // hash made by another Argon2 implementation verifies here.
        const std::string small = "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$"
                                  "nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4";
        const std::string big = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$"
                                "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        QVERIFY(m_cheap.verify("password", small));
        QVERIFY(!m_cheap.verify("passwore", small));
        QVERIFY(m_cheap.verify("password", big));
    }

    void rfc9106Vector()
    {
        // RFC 9106 §5.3 (Argon2id): raw output, with secret and associated data, through
        // argon2_ctx (the PHC-string API has no secret/AD). Checks the library build itself.
        std::vector<uint8_t> pwd(32, 0x01), salt(16, 0x02), secret(8, 0x03), ad(12, 0x04);
        std::vector<uint8_t> out(32, 0);
        argon2_context ctx{};
        ctx.out = out.data();
        ctx.outlen = static_cast<uint32_t>(out.size());
        ctx.pwd = pwd.data();
        ctx.pwdlen = static_cast<uint32_t>(pwd.size());
        ctx.salt = salt.data();
        ctx.saltlen = static_cast<uint32_t>(salt.size());
        ctx.secret = secret.data();
        ctx.secretlen = static_cast<uint32_t>(secret.size());
        ctx.ad = ad.data();
        ctx.adlen = static_cast<uint32_t>(ad.size());
        ctx.t_cost = 3;
        ctx.m_cost = 32;
        ctx.lanes = 4;
        ctx.threads = 4;
        ctx.version = ARGON2_VERSION_13;
        ctx.flags = ARGON2_DEFAULT_FLAGS;
        QCOMPARE(argon2_ctx(&ctx, Argon2_id), int(ARGON2_OK));
        const QByteArray tag(reinterpret_cast<const char*>(out.data()), qsizetype(out.size()));
        QCOMPARE(tag.toHex(' '), QByteArray("0d 64 0d f5 8d 78 76 6c 08 c0 37 a3 4a 8b 53 c9 d0 1e "
                                            "f0 45 2d 75 b6 5e b5 25 20 e9 6b 01 e6 59"));
    }

    void unknownUserIsFalse()
    {
        QVERIFY(!m_cheap.verifyUnknownUser("anything"));
        QVERIFY(!m_cheap.verifyUnknownUser(""));
    }

    void defaultParameters()
    {
        // The one test at real cost: OWASP's minimum for Argon2id.
        const PasswordHasher hasher;
        QCOMPARE(hasher.params(), (PasswordHasher::Params{19456, 2, 1}));
        const std::string password = "Tr\u00E0 \u0111\u00E1 v\u1EC9a h\u00E8 2024";
        QElapsedTimer timer;
        QString times;
        for (int round = 0; round < 3; ++round) {
            timer.start();
            const auto encoded = hasher.hash(password);
            const qint64 hashMs = timer.restart();
            QVERIFY(encoded.ok());
            QVERIFY(encoded.value().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
            QVERIFY(hasher.verify(password, encoded.value()));
            const qint64 verifyMs = timer.restart();
            QVERIFY(!hasher.verifyUnknownUser(password)); // the first call makes the dummy hash
            const qint64 dummyMs = timer.elapsed();
            QVERIFY(!hasher.needsRehash(encoded.value()));
            times += QStringLiteral(" [hash %1 ms, verify %2 ms, unknown user %3 ms]")
                         .arg(hashMs)
                         .arg(verifyMs)
                         .arg(dummyMs);
        }
        qInfo("Argon2id m=19456 KiB t=2 p=1:%s", qPrintable(times));
    }
};

QTEST_GUILESS_MAIN(TstPasswordHasher)
#include "tst_passwordhasher.moc"
