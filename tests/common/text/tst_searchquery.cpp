#include "text/SearchQuery.h"
#include "text/TextFold.h"

#include <QtTest>

using namespace motcua;

class TstSearchQuery : public QObject {
    Q_OBJECT
private slots:
    void matching_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("match");
        QTest::newRow("toneless full name") << "nguyen thi anh"
                                            << "Nguyễn Thị Ánh" << true;
        QTest::newRow("given name only") << "anh"
                                         << "Nguyễn Thị Ánh" << true;
        QTest::newRow("any word order") << "anh nguyen"
                                        << "Nguyễn Thị Ánh" << true;
        QTest::newRow("prefix of a word") << "ngu a"
                                          << "Nguyễn Thị Ánh" << true;
        QTest::newRow("d finds đ") << "dang"
                                   << "Đặng Văn Lâm" << true;
        QTest::newRow("đ finds d") << "đang"
                                   << "Dang Van Lam" << true;
        QTest::newRow("lone đ") << "đ"
                                << "d" << true;
        QTest::newRow("toned query") << "Ánh"
                                     << "nguyen thi anh" << true;
        QTest::newRow("upper query") << "NGUYỄN THỊ"
                                     << "Nguyễn Thị Ánh" << true;
        QTest::newRow("NFD query") << "Nguye\u0302\u0303n"
                                   << "Nguyễn Thị Ánh" << true;
        QTest::newRow("NFD text") << "nguyen"
                                  << "Nguye\u0302\u0303n" << true;
        QTest::newRow("horn vowels") << "truong"
                                     << "TRƯƠNG" << true;
        QTest::newRow("extra spaces") << "  thi   anh "
                                      << "Nguyễn Thị Ánh" << true;
        QTest::newRow("missing word") << "nguyen van"
                                      << "Nguyễn Thị Ánh" << false;
        QTest::newRow("other name") << "binh"
                                    << "Nguyễn Thị Ánh" << false;
        QTest::newRow("words do not span") << "thianh"
                                           << "Nguyễn Thị Ánh" << false;
        QTest::newRow("empty query") << ""
                                     << "anything" << true;
        QTest::newRow("blank query") << "   "
                                     << "" << true;
        QTest::newRow("empty text") << "a"
                                    << "" << false;
        QTest::newRow("dossier code") << "h48 0099"
                                      << "000.00.53.H48-220921-0099" << true;
    }
    void matching()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(bool, match);
        QCOMPARE(SearchQuery(query).matches(text), match);
        QCOMPARE(TextFold::matches(query, text), match);
        QCOMPARE(SearchQuery(query).matchesFolded(TextFold::fold(text)), match);
    }

    void tokensAreFoldedAndUnique()
    {
        const SearchQuery q(u"Ánh ANH anh  Nguyễn");
        QCOMPARE(q.tokens(), (QStringList{QStringLiteral("anh"), QStringLiteral("nguyen")}));
        QVERIFY(!q.isEmpty());
        QVERIFY(SearchQuery().isEmpty());
        QVERIFY(SearchQuery().matches(u"x"));
    }

    void filtersARealList()
    {
        const QStringList people{QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Nguyễn Văn An"),
                                 QStringLiteral("Trần Thị Anh"), QStringLiteral("Đỗ Minh Đức"),
                                 QStringLiteral("Lê Thị Hồng Nhung")};
        const auto filter = [&](const QString& query) {
            const SearchQuery q(query);
            QStringList out;
            for (const QString& p : people) {
                if (q.matches(p))
                    out << p;
            }
            return out;
        };
        QCOMPARE(filter(QStringLiteral("thi anh")),
                 (QStringList{QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Trần Thị Anh")}));
        QCOMPARE(filter(QStringLiteral("do duc")), QStringList{QStringLiteral("Đỗ Minh Đức")});
        QCOMPARE(filter(QStringLiteral("nguyen an")),
                 (QStringList{QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("Nguyễn Văn An")}));
        QCOMPARE(filter(QStringLiteral("hong")), QStringList{QStringLiteral("Lê Thị Hồng Nhung")});
    }
};

QTEST_GUILESS_MAIN(TstSearchQuery)
#include "tst_searchquery.moc"
