// A record of the national procedures database (LayThuTuc) read into a draft procedure: its
// cases, papers, times and fees per channel, results and legal basis; what cannot be taken as it
// is (a field or agency unknown here, calendar days, a count that is not a number) is reported.
#include "catalogue/NationalRecord.h"
#include "catalogue/ProcedureVersions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace motcua;

namespace {

const QString kAgency = QStringLiteral("000.00.71.H36");

QJsonObject record()
{
    QFile f(QStringLiteral(MOTCUA_TEST_RESOURCES) + QStringLiteral("/laythutuc/2.000815.json"));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList codes(const QList<Error>& notes)
{
    QStringList out;
    for (const Error& e : notes)
        out << e.code + u'@' + e.path;
    return out;
}

} // namespace

class TstNationalRecord : public QObject {
    Q_OBJECT

private slots:
    void aRecordWithTwoCasesIsReadWhole()
    {
        const auto read = NationalRecord::read(record(), kAgency, {QStringLiteral("G09-TP03")});
        QVERIFY2(read, qPrintable(read ? QString() : read.error().describe()));
        const Procedure& p = read->procedure;
        QCOMPARE(p.nationalCode, QStringLiteral("2.000815"));
        QCOMPARE(p.agencyId, kAgency);
        QCOMPARE(p.fieldCode, QStringLiteral("G09-TP03"));
        QCOMPARE(p.resultDocument, QStringLiteral("Bản sao được chứng thực từ bản chính"));
        QVERIFY(p.legalBasis.startsWith(QStringLiteral("23/2015/NĐ-CP Nghị định")));
        QCOMPARE(p.applicants, QStringLiteral("Công dân Việt Nam, Người nước ngoài"));
        QVERIFY(p.conditions.contains(QStringLiteral("không được dùng")));
        QVERIFY(p.workflow.steps.isEmpty()); // the record's steps are prose: drawn here

        QCOMPARE(p.cases.size(), 2);
        const ProcedureCase& usual = p.cases.at(0);
        const ProcedureCase& longCase = p.cases.at(1);
        QCOMPARE(usual.name, QStringLiteral("Thông thường"));
        QCOMPARE(usual.statutoryTime, Duration::hours(4));
        QVERIFY(usual.channelTimes.isEmpty()); // online the same
        QCOMPARE(usual.components.size(), 2);
        QCOMPARE(usual.components.at(1).certifiedCopies, 1);
        // The first fee is charged on both channels, the second in person only.
        QCOMPARE(usual.fees.size(), 2);
        QCOMPARE(usual.fees.at(0).amountVnd, 2000);
        QVERIFY(usual.fees.at(0).channels.isEmpty());
        QCOMPARE(usual.fees.at(1).channels, QList<Channel>{Channel::Direct});

        QCOMPARE(longCase.name, QStringLiteral("Nhiều bản sao hoặc nội dung phức tạp"));
        QCOMPARE(longCase.statutoryTime, Duration::days(2));
        // "Ngày" in the record: calendar days, taken as they are.
        QCOMPARE(longCase.timeFor(Channel::Online), Duration::calendarDays(3));
        QCOMPARE(longCase.components.size(), 2);
        QCOMPARE(longCase.components.at(1).name, QStringLiteral("Văn bản thỏa thuận thời hạn"));
        QCOMPARE(longCase.components.at(1).note,
                 QStringLiteral("Mẫu đơn: Mẫu thỏa thuận https://example.gov.vn/mau.docx"));
        QCOMPARE(longCase.fees.size(), 2);
        QCOMPARE(longCase.fees.at(0).channels, QList<Channel>{Channel::Direct});
        QCOMPARE(p.statutoryTime, usual.statutoryTime); // the first case at the top level

        // What could not be taken as it is.
        QCOMPARE(codes(read->notes),
                 (QStringList{"import.unknown_agency@COQUANTHUCHIEN[1].MADONVI",
                              "import.bad_number@THANHPHANHOSO[1].GIAYTO[1]"}));
        // Its cases hold together, as a publication will check; only the processes are missing.
        const QList<Error> problems = ProcedureVersions::caseProblems(p);
        QCOMPARE(problems.size(), 2);
        for (const Error& e : problems)
            QVERIFY2(e.path.contains(QStringLiteral("workflow")), qPrintable(e.describe()));
    }

    void anUnknownFieldIsReportedNotGuessed()
    {
        const auto read = NationalRecord::read(record(), kAgency, {});
        QVERIFY(read);
        QVERIFY(read->procedure.fieldCode.isEmpty());
        QCOMPARE(codes(read->notes).first(),
                 QStringLiteral("import.unknown_field@LINHVUCTHUCHIEN[0].MALINHVUC"));
    }

    void aRecordWithOneCaseIsTheProceduresOwnRules()
    {
        QJsonObject r = record();
        r.remove("TRINHTUTHUCHIEN");
        QJsonArray papers = r.value("THANHPHANHOSO").toArray();
        papers.removeLast();
        QJsonObject only = papers.first().toObject();
        only.remove("TRUONGHOP");
        r.insert("THANHPHANHOSO", QJsonArray{only});
        const auto read = NationalRecord::read(r, kAgency, {QStringLiteral("G09-TP03")});
        QVERIFY(read);
        QVERIFY(read->procedure.cases.isEmpty());
        QCOMPARE(read->procedure.components.size(), 2);
        QCOMPARE(read->procedure.statutoryTime, Duration::hours(4)); // the first time given
    }

    void aRecordWithoutCodeOrNameIsRefused()
    {
        QJsonObject r = record();
        r.remove("MATTHC");
        QCOMPARE(NationalRecord::read(r, kAgency, {}).error().code,
                 QStringLiteral("import.code_missing"));
        r = record();
        r.insert("TENTTHC", "  ");
        QCOMPARE(NationalRecord::read(r, kAgency, {}).error().code,
                 QStringLiteral("import.name_missing"));
    }
};

QTEST_GUILESS_MAIN(TstNationalRecord)
#include "tst_nationalrecord.moc"
