#include "text/TextFold.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace motcua;

namespace {

// The 67 lower-case Vietnamese letters that are not plain ASCII — 12 vowels × 6 tones minus the
// 6 toneless ASCII vowels, plus đ — and the base letter each must fold to.
const QString kLower = QStringLiteral("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụ"
                                      "ưừứửữựỳýỷỹỵđ");
const QString kUpper = QStringLiteral("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤ"
                                      "ƯỪỨỬỮỰỲÝỶỸỴĐ");
const QString kBase = QStringLiteral("aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuu"
                                     "yyyyyd");

} // namespace

class TstTextFold : public QObject {
    Q_OBJECT
private slots:
    void theLetterTablesAreComplete()
    {
        // Guards the test data itself: 67 + 67 = 134 distinct precomposed letters.
        QCOMPARE(kLower.size(), 67);
        QCOMPARE(kUpper.size(), 67);
        QCOMPARE(kBase.size(), 67);
        QSet<QChar> all;
        for (const QChar c : kLower + kUpper)
            all.insert(c);
        QCOMPARE(all.size(), 134);
        for (qsizetype i = 0; i < kLower.size(); ++i)
            QCOMPARE(kLower.at(i).toUpper(), kUpper.at(i));
    }

    void everyVietnameseLetterFoldsToItsBase()
    {
        for (qsizetype i = 0; i < kLower.size(); ++i) {
            const QString expected(kBase.at(i));
            QCOMPARE(TextFold::fold(QString(kLower.at(i))), expected);
            QCOMPARE(TextFold::fold(QString(kUpper.at(i))), expected);
            const QChar folded = TextFold::fold(QString(kUpper.at(i))).at(0);
            QVERIFY(folded >= u'a' && folded <= u'z');
        }
    }

    void decomposedInputFoldsTheSame()
    {
        for (const QChar c : kLower + kUpper) {
            const QString nfd = QString(c).normalized(QString::NormalizationForm_D);
            if (c != u'đ' && c != u'Đ')
                QVERIFY2(nfd.size() > 1, qPrintable(QString(c))); // really decomposed
            QCOMPARE(TextFold::fold(nfd), TextFold::fold(QString(c)));
        }
        // Typed with combining marks, in the order some keyboards emit them.
        QCOMPARE(TextFold::fold(u"Nguye\u0302\u0303n Thi\u0323 A\u0301nh"),
                 QStringLiteral("nguyen thi anh"));
        QCOMPARE(TextFold::fold(u"U\u031B\u0300O\u031B\u0301"), QStringLiteral("uo"));
    }

    void table_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name") << QStringLiteral("Nguyễn Thị Ánh")
                              << QStringLiteral("nguyen thi anh");
        QTest::newRow("upper") << QStringLiteral("ĐẶNG VĂN LÂM") << QStringLiteral("dang van lam");
        QTest::newRow("mixed case")
            << QStringLiteral("ThỪa ThIêN HuẾ") << QStringLiteral("thua thien hue");
        QTest::newRow("horn letters")
            << QStringLiteral("Trương Thị Ơn") << QStringLiteral("truong thi on");
        QTest::newRow("city") << QStringLiteral("Thành phố Hồ Chí Minh")
                              << QStringLiteral("thanh pho ho chi minh");
        QTest::newRow("spaces collapsed")
            << QStringLiteral("  Lê \t\n  Văn   Tám  ") << QStringLiteral("le van tam");
        QTest::newRow("no-break space")
            << QStringLiteral("Lê\u00A0Văn\u2003Tám") << QStringLiteral("le van tam");
        QTest::newRow("invisible chars")
            << QStringLiteral("Ng\u00ADuy\u200Bễn\uFEFF") << QStringLiteral("nguyen");
        QTest::newRow("eth look-alike")
            << QStringLiteral("\u00D0ỗ \u00F0") << QStringLiteral("do d");
        QTest::newRow("digits kept") << QStringLiteral("000.00.53.H48-220921-0099")
                                     << QStringLiteral("000.00.53.h48-220921-0099");
        QTest::newRow("punctuation kept")
            << QStringLiteral("Số 12, đường Láng!") << QStringLiteral("so 12, duong lang!");
        QTest::newRow("ascii") << QStringLiteral("Tran Van An") << QStringLiteral("tran van an");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral(" \t\r\n ") << QString();
        QTest::newRow("only marks") << QStringLiteral("\u0301\u0300") << QString();
        QTest::newRow("other latin")
            << QStringLiteral("Ça Ñandú Öl") << QStringLiteral("ca nandu ol");
        QTest::newRow("emoji kept") << QStringLiteral("Ánh 😀") << QStringLiteral("anh 😀");
        QTest::newRow("hangul to jamo")
            << QStringLiteral("\uD55C") << QStringLiteral("\u1112\u1161\u11AB");
        QTest::newRow("tamil two-part vowel")
            << QStringLiteral("\u0BCA") << QStringLiteral("\u0BC6\u0BBE");
        QTest::newRow("deseret lowered")
            << QStringLiteral("\U00010400") << QStringLiteral("\U00010428");
    }
    void table()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextFold::fold(input), expected);
    }

    void loneSurrogatesSurvive()
    {
        const QString s = QString(QChar(0xD800)) + QStringLiteral("Á") + QChar(0xDC00);
        const QString f = TextFold::fold(s);
        QCOMPARE(f.size(), 3);
        QCOMPARE(f.at(1), QChar(u'a'));
    }

    void tokens()
    {
        QCOMPARE(
            TextFold::tokens(u"  Nguyễn   Thị Ánh "),
            (QStringList{QStringLiteral("nguyen"), QStringLiteral("thi"), QStringLiteral("anh")}));
        QVERIFY(TextFold::tokens(u"   ").isEmpty());
    }

    // Over arbitrary UTF-16 (seeded): trimmed, idempotent, NFC and NFD agree in every script.
    void propertiesOnRandomText()
    {
        QRandomGenerator rng(20240921);
        const QString alphabet =
            kLower + kUpper + QStringLiteral("abcdeghiklmnopqrstuvxyABCDY 0123\t.");
        for (int round = 0; round < 3000; ++round) {
            QString s;
            const int len = rng.bounded(0, 40);
            for (int i = 0; i < len; ++i) {
                if (rng.bounded(4) == 0)
                    s += QChar(static_cast<char16_t>(rng.bounded(1, 0x10000)));
                else
                    s += alphabet.at(rng.bounded(alphabet.size()));
            }
            const QString f = TextFold::fold(s);
            QVERIFY(!f.startsWith(u' ') && !f.endsWith(u' ') && !f.contains(QStringLiteral("  ")));
            QCOMPARE(TextFold::fold(f), f);
            // Only meaningful for valid text: normalisation of lone surrogates is unspecified.
            bool valid = true;
            for (qsizetype i = 0; i < s.size(); ++i)
                valid = valid && !s.at(i).isSurrogate();
            if (valid) {
                QCOMPARE(TextFold::fold(s.normalized(QString::NormalizationForm_D)),
                         TextFold::fold(s.normalized(QString::NormalizationForm_C)));
            }
        }
    }

    void sameResultFromManyThreads()
    {
        const QString text = kUpper + QStringLiteral(" Nguyễn Thị Ánh ") + kLower;
        const QString expected = TextFold::fold(text);
        QList<QThread*> threads;
        QAtomicInt mismatches = 0;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&] {
                for (int i = 0; i < 2000; ++i) {
                    if (TextFold::fold(text) != expected)
                        mismatches.ref();
                }
            }));
            threads.last()->start();
        }
        for (QThread* t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(mismatches.loadRelaxed(), 0);
    }
};

QTEST_GUILESS_MAIN(TstTextFold)
#include "tst_textfold.moc"
