#include "auth/PasswordHasher.h"
#include "auth/PasswordPolicy.h"

#include <string>

#include <QtTest>

using motcua::server::PasswordHasher;
using motcua::server::PasswordPolicy;

class TstPasswordPolicy : public QObject {
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("username");
        QTest::addColumn<QString>("code"); // empty = accepted

        const QString weak = QStringLiteral("auth.weak_password");
        QTest::newRow("good mixed") << QByteArray("Correct7horse") << QByteArray("an") << QString();
        QTest::newRow("passphrase with spaces")
            << QByteArray("correct horse battery") << QByteArray() << QString();
        QTest::newRow("vietnamese passphrase")
            << QByteArray("tr\u00E0 \u0111\u00E1 v\u1EC9a h\u00E8") << QByteArray() << QString();
        QTest::newRow("exactly 10") << QByteArray("abcdefgh12") << QByteArray() << QString();
        QTest::newRow("9 chars") << QByteArray("abcdefg12") << QByteArray() << weak;
        QTest::newRow("empty") << QByteArray() << QByteArray() << weak;
        QTest::newRow("all lowercase") << QByteArray("abcdefghijkl") << QByteArray() << weak;
        QTest::newRow("all uppercase") << QByteArray("ABCDEFGHIJKL") << QByteArray() << weak;
        QTest::newRow("all digits") << QByteArray("1234567890") << QByteArray() << weak;
        QTest::newRow("all symbols") << QByteArray("!@#$%^&*()") << QByteArray() << weak;
        QTest::newRow("contains username")
            << QByteArray("xxNguyenVan99") << QByteArray("nguyenvan") << weak;
        QTest::newRow("short username ignored")
            << QByteArray("xxAn12345678") << QByteArray("an") << QString();
        QTest::newRow("control char") << QByteArray("abcdef\x01"
                                                    "12345")
                                      << QByteArray() << weak;
        QTest::newRow("invalid utf8") << QByteArray("abcdef\xff\xfe"
                                                    "1234")
                                      << QByteArray() << weak;
        QTest::newRow("overlong utf8") << QByteArray("abcdef\xc0\xaf"
                                                     "1234")
                                       << QByteArray() << weak;
        QTest::newRow("truncated utf8") << QByteArray("abcdefgh12\xe1\xba") << QByteArray() << weak;
        // 8 letters with diacritics written decomposed, and a digit, are 9 characters, not 41
        // bytes.
        QTest::newRow("nfd counted as characters")
            << QByteArray("a\u0323\u0302a\u0323\u0302a\u0323\u0302a\u0323\u0302a\u0323\u0302"
                          "a\u0323\u0302a\u0323\u0302a\u0323\u03021")
            << QByteArray() << weak;
        QTest::newRow("10 vietnamese letters")
            << QByteArray("\u1EAD\u1EAD\u1EAD\u1EAD\u1EADaaaaa") << QByteArray() << QString();
        QTest::newRow("too long")
            << QByteArray(int(PasswordHasher::kMaxPasswordBytes) + 1, 'a').append("1")
            << QByteArray() << QStringLiteral("auth.password_too_long");
    }

    void check()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, username);
        QFETCH(QString, code);
        const auto status = PasswordPolicy::check(password.toStdString(), username.toStdString());
        if (code.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        } else {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().code, code);
            QCOMPARE(status.error().path, QStringLiteral("password"));
            QVERIFY(!status.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TstPasswordPolicy)
#include "tst_passwordpolicy.moc"
