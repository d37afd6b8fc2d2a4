#include "text/VietnameseCollator.h"

#include <algorithm>

#include <QtTest>

using namespace motcua;

namespace {

QStringList sortedWith(QStringList list, bool (*less)(QStringView, QStringView))
{
    std::sort(list.begin(), list.end(),
              [less](const QString& a, const QString& b) { return less(a, b); });
    return list;
}

void verifyStrictlyIncreasing(const QStringList& list, int (*cmp)(QStringView, QStringView))
{
    for (qsizetype i = 1; i < list.size(); ++i) {
        const QString msg = list.at(i - 1) + QStringLiteral(" < ") + list.at(i);
        QVERIFY2(cmp(list.at(i - 1), list.at(i)) < 0, qPrintable(msg));
        QVERIFY2(cmp(list.at(i), list.at(i - 1)) > 0, qPrintable(msg));
    }
}

} // namespace

class TstVietnameseCollator : public QObject {
    Q_OBJECT
private slots:
    void alphabetOrder()
    {
        // The 29 letters of the Vietnamese alphabet in dictionary order.
        const QStringList lower =
            QStringLiteral("a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y").split(u' ');
        QCOMPARE(lower.size(), 29);
        verifyStrictlyIncreasing(lower, &VietnameseCollator::compare);
        verifyStrictlyIncreasing(
            QStringLiteral("A Ă Â B C D Đ E Ê G H I K L M N O Ô Ơ P Q R S T U Ư V X Y").split(u' '),
            &VietnameseCollator::compare);
    }

    void plainCodePointOrderWouldBeWrong()
    {
        // What the collator is for: "Đ" (U+0110) sorts after "Z" by code point.
        QVERIFY(QStringLiteral("Đào") > QStringLiteral("Zin"));
        QVERIFY(VietnameseCollator::lessThan(u"Đào", u"Em"));
        QVERIFY(VietnameseCollator::lessThan(u"Dung", u"Đào"));
        QVERIFY(VietnameseCollator::lessThan(u"Ánh", u"Bình"));
    }

    void tonesComeAfterTheBaseLetter()
    {
        // Toneless first, then the marked forms; all of "a"'s tones before "ă".
        verifyStrictlyIncreasing(
            QStringList{QStringLiteral("a"), QStringLiteral("à"), QStringLiteral("ả"),
                        QStringLiteral("ã"), QStringLiteral("á"), QStringLiteral("ạ"),
                        QStringLiteral("ă"), QStringLiteral("ằ"), QStringLiteral("ặ"),
                        QStringLiteral("â"), QStringLiteral("ậ"), QStringLiteral("b")},
            &VietnameseCollator::compare);
        // Tones only break ties between otherwise equal words: "án" < "anh".
        verifyStrictlyIncreasing(QStringList{QStringLiteral("an"), QStringLiteral("án"),
                                             QStringLiteral("anh"), QStringLiteral("ánh"),
                                             QStringLiteral("ăn"), QStringLiteral("ân")},
                                 &VietnameseCollator::compare);
    }

    void sortsAWordList()
    {
        const QStringList words{
            QStringLiteral("đường"), QStringLiteral("ấp"),      QStringLiteral("dân"),
            QStringLiteral("ơn"),    QStringLiteral("ô"),       QStringLiteral("em"),
            QStringLiteral("ăn"),    QStringLiteral("uống"),    QStringLiteral("ưa"),
            QStringLiteral("anh"),   QStringLiteral("Đà Nẵng"), QStringLiteral("Đắk Lắk")};
        const QStringList expected{
            QStringLiteral("anh"),   QStringLiteral("ăn"),      QStringLiteral("ấp"),
            QStringLiteral("dân"),   QStringLiteral("Đà Nẵng"), QStringLiteral("Đắk Lắk"),
            QStringLiteral("đường"), QStringLiteral("em"),      QStringLiteral("ô"),
            QStringLiteral("ơn"),    QStringLiteral("uống"),    QStringLiteral("ưa")};
        QCOMPARE(sortedWith(words, &VietnameseCollator::lessThan), expected);
    }

    void equalStringsCompareEqual()
    {
        QCOMPARE(VietnameseCollator::compare(u"Nguyễn", u"Nguyễn"), 0);
        QCOMPARE(VietnameseCollator::compare(u"", u""), 0);
        QVERIFY(VietnameseCollator::compare(u"", u"a") < 0);
        // Composed and decomposed spellings are the same text.
        QCOMPARE(VietnameseCollator::compare(u"Nguyễn", u"Nguye\u0302\u0303n"), 0);
    }

    void namesSortByGivenNameFirst()
    {
        QVERIFY(VietnameseCollator::nameLessThan(u"Trần Văn An", u"Nguyễn Thị Bình"));
        QVERIFY(!VietnameseCollator::nameLessThan(u"Nguyễn Thị Bình", u"Trần Văn An"));
        // Plain collation would do the opposite (N < T): the difference is the point.
        QVERIFY(VietnameseCollator::lessThan(u"Nguyễn Thị Bình", u"Trần Văn An"));

        const QStringList names{
            QStringLiteral("Nguyễn Thị Bình"), QStringLiteral("Trần Văn An"),
            QStringLiteral("Lê Văn Bình"),     QStringLiteral("Phạm Đức Anh"),
            QStringLiteral("Đỗ Thị Ánh"),      QStringLiteral("Vũ An"),
            QStringLiteral("Nguyễn Văn Bình"), QStringLiteral("Hoàng Thị Đào"),
            QStringLiteral("Bùi Minh Dũng"),   QStringLiteral("Lê Thị Hồng Nhung"),
            QStringLiteral("Lê Thị Nhung"),    QStringLiteral("Yến")};
        // Given name; then middle names word by word (Thị < Văn; "Thị" before "Thị Hồng", the
        // shorter list first); then the family name (Lê < Nguyễn); D before Đ; Anh before Ánh.
        const QStringList sorted = sortedWith(names, &VietnameseCollator::nameLessThan);
        const QStringList want{
            QStringLiteral("Vũ An"),
            QStringLiteral("Trần Văn An"),
            QStringLiteral("Phạm Đức Anh"),
            QStringLiteral("Đỗ Thị Ánh"),
            QStringLiteral("Nguyễn Thị Bình"),
            QStringLiteral("Lê Văn Bình"),
            QStringLiteral("Nguyễn Văn Bình"),
            QStringLiteral("Bùi Minh Dũng"),
            QStringLiteral("Hoàng Thị Đào"),
            QStringLiteral("Lê Thị Nhung"),
            QStringLiteral("Lê Thị Hồng Nhung"),
            QStringLiteral("Yến"),
        };
        QCOMPARE(sorted, want);
    }

    void nameEdgeCases()
    {
        QCOMPARE(VietnameseCollator::compareNames(u"Trần Văn An", u"Trần Văn An"), 0);
        // Spacing does not change the name's position among others…
        QVERIFY(VietnameseCollator::nameLessThan(u"  Trần   Văn An ", u"Nguyễn Thị Bình"));
        // …and blank names go first, whatever their whitespace.
        QVERIFY(VietnameseCollator::nameLessThan(u"", u"An"));
        QVERIFY(VietnameseCollator::nameLessThan(u"   ", u"An"));
        QVERIFY(!VietnameseCollator::nameLessThan(u"An", u""));
        // One word is a given name without family: before the same given name with one.
        QVERIFY(VietnameseCollator::nameLessThan(u"An", u"Trần An"));
    }

    void usableFromManyThreads()
    {
        QList<QThread*> threads;
        QAtomicInt wrong = 0;
        for (int t = 0; t < 4; ++t) {
            threads.append(QThread::create([&] {
                for (int i = 0; i < 500; ++i) {
                    if (!VietnameseCollator::lessThan(u"d", u"đ") ||
                        !VietnameseCollator::nameLessThan(u"Trần Văn An", u"Nguyễn Thị Bình"))
                        wrong.ref();
                }
            }));
            threads.last()->start();
        }
        for (QThread* t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(wrong.loadRelaxed(), 0);
    }
};

QTEST_GUILESS_MAIN(TstVietnameseCollator)
#include "tst_vietnamesecollator.moc"
