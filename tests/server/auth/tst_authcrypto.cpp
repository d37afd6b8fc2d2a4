#include "auth/Crypto.h"

#include <set>
#include <string>

#include <QtTest>

namespace crypto = motcua::server::crypto;

class TstAuthCrypto : public QObject {
    Q_OBJECT

private slots:
    void base64Url_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        // RFC 4648 §10 vectors, without padding, plus the two characters that differ from
        // standard base64.
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
        QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
    }

    void base64Url()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QCOMPARE(QByteArray::fromStdString(crypto::base64UrlEncode(input.toStdString())), expected);
        QCOMPARE(QByteArray::fromStdString(crypto::base64UrlEncode(input.toStdString())),
                 input.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    void hex()
    {
        QCOMPARE(crypto::toHex(std::string("\x00\x01\xab\xff", 4)), std::string("0001abff"));
        QCOMPARE(crypto::fromHex("0001ABff").value(), std::string("\x00\x01\xab\xff", 4));
        QVERIFY(!crypto::fromHex("abc"));
        QVERIFY(!crypto::fromHex("zz"));
        QCOMPARE(crypto::fromHex("").value(), std::string());
    }

    void sha256()
    {
        // FIPS 180-2 example "abc".
        QCOMPARE(crypto::toHex(crypto::sha256("abc")),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(crypto::toHex(crypto::sha256("")),
                 std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void hmacSha256()
    {
        // RFC 4231 test cases 1 and 2.
        QCOMPARE(crypto::toHex(crypto::hmacSha256(std::string(20, '\x0b'), "Hi There")),
                 std::string("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        QCOMPARE(crypto::toHex(crypto::hmacSha256("Jefe", "what do ya want for nothing?")),
                 std::string("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void constantTimeEquals()
    {
        QVERIFY(crypto::constantTimeEquals("", ""));
        QVERIFY(crypto::constantTimeEquals("abc", "abc"));
        QVERIFY(!crypto::constantTimeEquals("abc", "abd"));
        QVERIFY(!crypto::constantTimeEquals("abc", "abcd"));
        QVERIFY(!crypto::constantTimeEquals(std::string("a\0b", 3), std::string("a\0c", 3)));
    }

    void randomBytes()
    {
        std::set<std::string> seen;
        for (int i = 0; i < 100; ++i) {
            const auto bytes = crypto::randomBytes(16);
            QVERIFY(bytes);
            QCOMPARE(bytes->size(), std::size_t(16));
            seen.insert(*bytes);
        }
        QCOMPARE(seen.size(), std::size_t(100));
        // More than getrandom's 256-byte single-call guarantee.
        const auto big = crypto::randomBytes(100000);
        QVERIFY(big);
        QCOMPARE(big->size(), std::size_t(100000));
        QVERIFY(big->find(std::string(64, '\0')) == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TstAuthCrypto)
#include "tst_authcrypto.moc"
