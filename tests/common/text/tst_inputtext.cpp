#include "text/InputText.h"

#include <QtTest>

using namespace motcua;

class TstInputText : public QObject {
    Q_OBJECT
private slots:
    void digits()
    {
        QVERIFY(InputText::isDigits(u"0123456789"));
        QVERIFY(!InputText::isDigits(u""));
        QVERIFY(!InputText::isDigits(u"１２")); // full-width
        QVERIFY(!InputText::isDigits(u"٣"));    // Arabic-Indic three
        QCOMPARE(InputText::firstNonDigit(u"12a4"), 2);
        QCOMPARE(InputText::firstNonDigit(u"1234"), -1);
        QCOMPARE(InputText::digitsValue(u"0099"), 99);
        QCOMPARE(InputText::digitsValue(u"999999999"), 999999999);
        QCOMPARE(InputText::digitsValue(u"1234567890"), -1); // too long for an int guarantee
        QCOMPARE(InputText::digitsValue(u"12a"), -1);
        QCOMPARE(InputText::digitsValue(u""), -1);
    }

    void describeAndQuote()
    {
        QCOMPARE(InputText::describe(QChar(u'a')), QStringLiteral("'a'"));
        QCOMPARE(InputText::describe(QChar(u'\t')), QStringLiteral("U+0009"));
        QCOMPARE(InputText::describe(QChar(u' ')), QStringLiteral("U+0020"));
        QCOMPARE(InputText::describe(QChar(0xD800)), QStringLiteral("U+D800"));
        QCOMPARE(InputText::quote(u"abc"), QStringLiteral("'abc'"));
        QCOMPARE(InputText::quote(u"a\nb"), QStringLiteral("'aU+000Ab'"));
        QCOMPARE(InputText::quote(u"abcdef", 3), QStringLiteral("'abc…'"));
        QCOMPARE(InputText::quote(QString(10000, u'x')).size(), 43);
        QCOMPARE(InputText::quote(u"😀"), QStringLiteral("'😀'"));
    }
};

QTEST_GUILESS_MAIN(TstInputText)
#include "tst_inputtext.moc"
