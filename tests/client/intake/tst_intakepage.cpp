#include "TestDates.h"
#include "codec/JsonCodec.h"
#include "core/FileType.h"
#include "core/api/ProblemText.h"
#include "core/barcode/Barcode.h"
#include "gui/intake/BlankFormsDialog.h"
#include "gui/intake/ComponentChecklistModel.h"
#include "gui/intake/IntakePage.h"
#include "gui/intake/LastReceivedBar.h"
#include "gui/intake/PersonFields.h"
#include "gui/intake/ProcedureListModel.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QBuffer>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

// The demo catalogue, a fixed clock (Monday 23/11/2026 09:00 in Vietnam) and drafts in memory.
class FixedBackend : public IntakeBackend {
public:
    FixedBackend()
    {
        QFile f(QStringLiteral(MOTCUA_DEMO_CATALOGUE));
        f.open(QIODevice::ReadOnly);
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        for (const QJsonValue& v : o.value("procedures").toArray())
            m_procedures << codec::fromJson<Procedure>(v).value();
        for (const QJsonValue& v : o.value("fields").toArray())
            m_fields << codec::fromJson<Field>(v).value();
    }
    QList<Procedure> procedures() const override { return m_procedures; }
    QList<Field> fields() const override { return m_fields; }
    QStringList recentProcedures() const override { return recent; }
    void procedureUsed(const QString& code) override
    {
        recent.removeAll(code);
        recent.prepend(code);
    }
    WorkingCalendar calendar() const override { return WorkingCalendar(); }
    QDateTime now() const override { return clock; }
    bool saveDraft(const QByteArray& json) override
    {
        draftJson = json;
        ++saves;
        return true;
    }
    std::optional<QByteArray> draft() const override
    {
        return draftJson.isEmpty() ? std::nullopt : std::optional<QByteArray>(draftJson);
    }
    void clearDraft() override { draftJson.clear(); }
    std::optional<FormFile> formFile(const QString& sha256) const override
    {
        return forms.contains(sha256) ? std::optional<FormFile>(forms.value(sha256)) : std::nullopt;
    }

    std::optional<QString> formType(const QString& sha256) const override
    {
        return forms.contains(sha256) ? std::optional<QString>(forms.value(sha256).mime)
                                      : std::nullopt;
    }

    QHash<QString, FormFile> forms;
    QList<Procedure> m_procedures;
    QList<Field> m_fields;
    QStringList recent;
    QDateTime clock = vn(2026, 11, 23, 9, 0);
    QByteArray draftJson;
    int saves = 0;
};

// QTest::keyClicks aborts on non-ASCII text: type Vietnamese one character at a time.
void typeText(QWidget* w, const QString& text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

QWidget* focused()
{
    return QApplication::focusWidget();
}

} // namespace

class TstIntakePage : public QObject {
    Q_OBJECT
private slots:
    void modelsPassTheModelTester()
    {
        FixedBackend backend;
        ProcedureListModel procedures;
        QAbstractItemModelTester t1(&procedures,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        procedures.setCatalogue(backend.procedures(), backend.fields());
        procedures.setFilter(QStringLiteral("khai sinh"));
        procedures.setRecent({QStringLiteral("1.001193")});
        procedures.setFilter(QString());
        ComponentChecklistModel components;
        QAbstractItemModelTester t2(&components,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        components.setProcedure(backend.procedures().first());
        QVERIFY(components.setData(components.index(0, ComponentChecklistModel::Received),
                                   Qt::Checked, Qt::CheckStateRole));
        QVERIFY(components.isReceived(0));
        QVERIFY(components.setData(components.index(0, ComponentChecklistModel::Originals), 0));
        QVERIFY(!components.isReceived(0)); // no copy left: not received any more
        QVERIFY(!components.setData(components.index(0, ComponentChecklistModel::Photocopies), -1));
    }

    void pickerFindsByFoldedNameCodeAndFieldRecentFirst()
    {
        FixedBackend backend;
        ProcedureListModel m;
        m.setCatalogue(backend.procedures(), backend.fields());
        m.setFilter(QStringLiteral("KHAI SINH"));
        QVERIFY(m.rowCount() >= 1);
        for (int r = 0; r < m.rowCount(); ++r)
            QVERIFY2(m.procedureAt(r)->name.contains(QStringLiteral("khai sinh")),
                     qPrintable(m.procedureAt(r)->name));
        m.setFilter(QStringLiteral("1.00119"));
        QCOMPARE(m.procedureAt(0)->nationalCode.left(7), QStringLiteral("1.00119"));
        m.setFilter(QStringLiteral("hộ tịch")); // the field's name, with tones
        const int byField = m.rowCount();
        QVERIFY(byField >= 3);
        m.setFilter(QStringLiteral("xyzzy"));
        QCOMPARE(m.rowCount(), 0);
        m.setFilter(QString());
        const QString last = m.procedureAt(m.rowCount() - 1)->nationalCode;
        m.setRecent({last});
        QCOMPARE(m.procedureAt(0)->nationalCode, last);
    }

    void aWholeIntakeByKeyboardOnly()
    {
        FixedBackend backend;
        IntakePage page(&backend);
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy accepted(&page, &IntakePage::acceptRequested);

        page.procedureSearch()->setFocus();
        QTest::keyClicks(page.procedureSearch(), "dang ky khai sinh");
        QTest::keyClick(page.procedureSearch(), Qt::Key_Return);
        QVERIFY(page.currentProcedure());
        QVERIFY(page.currentProcedure()->name.contains(QStringLiteral("khai sinh")));
        QCOMPARE(focused(), page.applicantTypeBox());
        QVERIFY(!page.caseBox()->isVisible()); // one case: no picker
        // The appointment is computed live: 1 working day from Monday 09:00 → Monday 17:00? no:
        // the end of the first working day after receipt, per the calendar rules.
        QVERIFY(page.appointmentPreview().isValid());
        QVERIFY(page.appointmentLabel()->text().contains(QStringLiteral("/11/2026")));

        QTest::keyClick(focused(), Qt::Key_Tab); // channel
        QTest::keyClick(focused(), Qt::Key_Tab); // owner's name
        QCOMPARE(focused(), page.ownerFields()->nameEdit());
        typeText(focused(), QStringLiteral("Nguyễn Thị Ngọc Ánh"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(focused(), page.ownerFields()->idEdit());
        QTest::keyClicks(focused(), "00119001234"); // one digit short: shown at once
        QVERIFY(page.ownerFields()->problems().size() == 1);
        QTest::keyClicks(focused(), "5");
        QVERIFY(page.ownerFields()->problems().isEmpty());
        QTest::keyClick(focused(), Qt::Key_Return);
        QTest::keyClicks(focused(), "0912 345 678");
        QTest::keyClick(focused(), Qt::Key_Return);
        QTest::keyClick(focused(), Qt::Key_Return); // no e-mail
        typeText(focused(), QStringLiteral("Phường Xuân Hương, Lâm Đồng"));
        QTest::keyClick(focused(), Qt::Key_Return);

        // F9 now lists every missing paper at once and sends nothing.
        QTest::keyClick(&page, Qt::Key_F9);
        QCOMPARE(accepted.size(), 0);
        QVERIFY(page.problemLabel()->isVisible());
        QVERIFY(page.problemLabel()->text().contains(QStringLiteral("Giấy chứng sinh")));

        // Tab to the papers and tick the required ones with Space, moving down with the arrows.
        page.componentTable()->setFocus();
        auto* model = page.componentModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            page.componentTable()->setCurrentIndex(model->index(row, 0));
            if (model->requirements().at(row).mandatory)
                QTest::keyClick(page.componentTable(), Qt::Key_Space);
        }
        QVERIFY(model->missingMandatory().isEmpty());
        QTest::keyClick(&page, Qt::Key_F9);
        QCOMPARE(accepted.size(), 1);
        const auto req = accepted.first().first().value<IntakeRequest>();
        QCOMPARE(req.procedureCode, page.currentProcedure()->nationalCode);
        QCOMPARE(req.owner.fullName, QStringLiteral("Nguyễn Thị Ngọc Ánh"));
        QCOMPARE(req.owner.idNumber, QStringLiteral("001190012345"));
        QCOMPARE(req.owner.address, QStringLiteral("Phường Xuân Hương, Lâm Đồng"));
        QCOMPARE(req.channel, Channel::Direct);
        QCOMPARE(req.components.size(), 3); // the three required papers, one original each
        for (const auto& c : req.components)
            QCOMPARE(c.originals, 1);
    }

    // 2.000815 has two cases (the usual one in working hours, the long one in 2 working days):
    // Enter on the procedure opens the case list, the clerk picks with the arrows and Enter and
    // goes on to the applicant; the appointment, the request and the draft follow the case.
    void theCaseIsPickedRightAfterTheProcedure()
    {
        FixedBackend backend;
        IntakePage page(&backend);
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy accepted(&page, &IntakePage::acceptRequested);
        page.procedureSearch()->setFocus();
        QTest::keyClicks(page.procedureSearch(), "2.000815");
        QTest::keyClick(page.procedureSearch(), Qt::Key_Return);
        QCOMPARE(page.currentProcedure()->nationalCode, QStringLiteral("2.000815"));
        QVERIFY(page.caseBox()->isVisible());
        QCOMPARE(page.caseBox()->count(), 2);
        QCOMPARE(page.caseBox()->currentIndex(), -1); // never a case the clerk did not choose
        QVERIFY(!page.currentCase());
        QVERIFY(!page.appointmentPreview().isValid());
        QTRY_VERIFY(page.caseBox()->view()->isVisible());

        // Nothing is received before the case is chosen.
        page.ownerFields()->nameEdit()->setText(QStringLiteral("Phạm Thị Thu"));
        page.ownerFields()->idEdit()->setText(QStringLiteral("068195001122"));
        for (int row = 0; row < page.componentModel()->rowCount(); ++row)
            page.componentModel()->setData(
                page.componentModel()->index(row, ComponentChecklistModel::Received), Qt::Checked,
                Qt::CheckStateRole);
        QCOMPARE(page.componentModel()->rowCount(), 0); // the papers come with the case

        QAbstractItemView* list = page.caseBox()->view();
        QTest::keyClick(list, Qt::Key_Down);
        if (list->currentIndex().row() != 1)
            QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(!list->isVisible());
        QCOMPARE(page.caseBox()->currentData().toInt(), 2);
        QCOMPARE(focused(), page.applicantTypeBox());
        QCOMPARE(page.currentCase()->statutoryTime, Duration::days(2));
        // Monday 09:00 + 2 working days: Wednesday's end of day.
        QCOMPARE(page.appointmentPreview().date(), QDate(2026, 11, 25));
        QCOMPARE(page.componentModel()->rowCount(), 2);

        for (int row = 0; row < page.componentModel()->rowCount(); ++row)
            page.componentModel()->setData(
                page.componentModel()->index(row, ComponentChecklistModel::Received), Qt::Checked,
                Qt::CheckStateRole);
        QTRY_VERIFY(backend.draftJson.contains("\"caseId\":2"));
        const QString out = qEnvironmentVariable("MOTCUA_SHOT_DIR");
        if (!out.isEmpty())
            QVERIFY(page.grab().save(out + QStringLiteral("/intake-case.png")));
        page.accept();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(accepted.first().first().value<IntakeRequest>().caseId, 2);

        // The usual case: counted in hours, due the same day; the papers both cases share stay
        // ticked.
        page.caseBox()->setCurrentIndex(0);
        QCOMPARE(page.appointmentPreview().date(), QDate(2026, 11, 23));
        QVERIFY(page.componentModel()->missingMandatory().isEmpty());
        QTRY_VERIFY(backend.draftJson.contains("\"caseId\":1"));

        IntakePage again(&backend);
        QVERIFY(again.restoreDraft());
        QCOMPARE(again.caseBox()->currentData().toInt(), 1);
        QVERIFY(again.componentModel()->isReceived(0));
    }

    // The catalogue turns over while a procedure with cases is chosen (midnight, a sync): the
    // case list, papers and time are those of the new version; the chosen case is kept.
    void aReloadedCatalogueRebuildsTheCases()
    {
        FixedBackend backend;
        IntakePage page(&backend);
        page.procedureSearch()->setText(QStringLiteral("2.000815"));
        QTest::keyClick(page.procedureSearch(), Qt::Key_Return);
        page.caseBox()->setCurrentIndex(page.caseBox()->findData(2));
        QCOMPARE(page.currentCase()->statutoryTime, Duration::days(2));
        for (Procedure& p : backend.m_procedures) {
            if (p.nationalCode != QLatin1String("2.000815"))
                continue;
            p.cases[1].name = QStringLiteral("Nhiều loại bản chính (sửa)");
            p.cases[1].statutoryTime = Duration::days(3);
            ProcedureCase third = p.cases[1];
            third.id = 3;
            third.name = QStringLiteral("Trường hợp thứ ba");
            p.cases.append(third);
        }
        page.reloadCatalogue();
        QCOMPARE(page.caseBox()->count(), 3);
        QCOMPARE(page.caseBox()->currentData().toInt(), 2);
        QCOMPARE(page.caseBox()->currentText(), QStringLiteral("Nhiều loại bản chính (sửa)"));
        QCOMPARE(page.currentCase()->statutoryTime, Duration::days(3));
        // Monday 09:00 + 3 working days.
        QCOMPARE(page.appointmentPreview().date(), QDate(2026, 11, 26));

        // The procedure ends: the page lets it go rather than receive under a dead version.
        backend.m_procedures.removeIf(
            [](const Procedure& p) { return p.nationalCode == QLatin1String("2.000815"); });
        page.reloadCatalogue();
        QVERIFY(!page.currentProcedure());
        QVERIFY(!page.caseBox()->isVisible());
    }

    void aProcedureWithCasesIsNotReceivedWithoutOne()
    {
        FixedBackend backend;
        IntakePage page(&backend);
        QSignalSpy accepted(&page, &IntakePage::acceptRequested);
        page.procedureSearch()->setText(QStringLiteral("2.000815"));
        QTest::keyClick(page.procedureSearch(), Qt::Key_Return);
        page.ownerFields()->nameEdit()->setText(QStringLiteral("Phạm Thị Thu"));
        page.accept();
        QCOMPARE(accepted.size(), 0);
        QVERIFY(page.problemLabel()->text().contains(
            ProblemText::message(QStringLiteral("intake.case_required"))));
    }

    void guideListsEveryPaperAndRefuseNeedsAReason()
    {
        FixedBackend backend;
        IntakePage page(&backend);
        QSignalSpy guided(&page, &IntakePage::guideRequested);
        QSignalSpy refused(&page, &IntakePage::refuseRequested);
        page.procedureSearch()->setText(QStringLiteral("khai sinh"));
        QTest::keyClick(page.procedureSearch(), Qt::Key_Return);
        page.ownerFields()->nameEdit()->setText(QStringLiteral("Trần Văn Bình"));
        page.componentModel()->setData(
            page.componentModel()->index(1, ComponentChecklistModel::Note),
            QStringLiteral("Giấy chứng sinh bị tẩy xóa"));
        page.guide();
        QCOMPARE(guided.size(), 1);
        const auto req = guided.first().first().value<IntakeRequest>();
        QCOMPARE(req.components.size(), page.componentModel()->rowCount());
        QCOMPARE(req.components.at(1).note, QStringLiteral("Giấy chứng sinh bị tẩy xóa"));

        page.refuse();
        QCOMPARE(refused.size(), 0);
        QVERIFY(page.problemLabel()->text().contains(
            ProblemText::message(QStringLiteral("intake.reason_required"))));
        page.reasonEdit()->setPlainText(QStringLiteral("Không thuộc thẩm quyền của UBND xã"));
        page.refuse();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(1).toString(),
                 QStringLiteral("Không thuộc thẩm quyền của UBND xã"));
    }

    void aDraftSurvivesAndIsClearedOnlyByAnOutcome()
    {
        FixedBackend backend;
        {
            IntakePage page(&backend);
            page.procedureSearch()->setText(QStringLiteral("khai sinh"));
            QTest::keyClick(page.procedureSearch(), Qt::Key_Return);
            page.ownerFields()->nameEdit()->setText(QStringLiteral("Lê Thị Hồng"));
            page.ownerFields()->idEdit()->setText(QStringLiteral("068195001122"));
            page.componentModel()->setData(
                page.componentModel()->index(0, ComponentChecklistModel::Received), Qt::Checked,
                Qt::CheckStateRole);
            QTRY_VERIFY(!backend.draftJson.isEmpty() &&
                        backend.draftJson.contains("068195001122") &&
                        backend.draftJson.contains("\"originals\":1"));
        } // the window goes away as in a crash: nothing but the stored draft remains
        IntakePage again(&backend);
        QVERIFY(again.restoreDraft());
        QCOMPARE(again.ownerFields()->person().fullName, QStringLiteral("Lê Thị Hồng"));
        QCOMPARE(again.ownerFields()->person().idNumber, QStringLiteral("068195001122"));
        QVERIFY(again.currentProcedure());
        QVERIFY(again.componentModel()->isReceived(0));

        Dossier d;
        d.code = QStringLiteral("000.00.71.H36-261123-0001");
        d.procedureCode = again.currentProcedure()->nationalCode;
        d.appointmentAt = vn(2026, 11, 24, 17, 0);
        again.showAccepted(d, false);
        QVERIFY(!backend.draft());
        QCOMPARE(backend.recent.first(), d.procedureCode);
        QVERIFY(again.ownerFields()->person().fullName.isEmpty());
    }

    // After Accept the form is cleared at once: the confirmation stays at the top, with what was
    // printed, until the next intake starts, then as the "last received" line.
    void theLastReceivedDossierStaysInView()
    {
        FixedBackend backend;
        IntakePage page(&backend);
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* bar = page.findChild<LastReceivedBar*>(QStringLiteral("lastReceived"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible()); // nothing received yet

        Dossier d;
        d.code = QStringLiteral("000.00.71.H36-261123-0007");
        d.procedureCode = QStringLiteral("1.001193");
        d.owner.fullName = QStringLiteral("Đỗ Thị Lan");
        d.appointmentAt = vn(2026, 11, 25, 16, 30);
        page.showAccepted(d, false);
        bar->notePrinted(FormKind::Receipt, QStringLiteral("Quay-1"), false);
        bar->notePrinted(FormKind::ControlSlip, QStringLiteral("/tmp/control-slip-x.pdf"), true);
        auto* text = bar->findChild<QLabel*>(QStringLiteral("lastReceivedText"));
        QVERIFY(bar->isVisible() && text->isVisible());
        QVERIFY(text->text().contains(d.code));
        QVERIFY(text->text().contains(QStringLiteral("16:30 25/11/2026")));
        QVERIFY(text->text().contains(QStringLiteral("Quay-1")));
        QVERIFY(text->text().contains(QStringLiteral("/tmp/control-slip-x.pdf")));
        QVERIFY(bar->isFresh());
        // In view without scrolling: above the form, whatever its length.
        QVERIFY(bar->mapTo(&page, QPoint(0, 0)).y() <
                page.procedureSearch()->mapTo(&page, QPoint(0, 0)).y());
        // Both lines in full, not cut by the form below.
        QTRY_VERIFY(text->height() >= 2 * text->fontMetrics().lineSpacing());
        QVERIFY(page.grab().save(QDir::tempPath() + QStringLiteral("/motcua-last-received.png")));

        // The clerk starts the next intake: the line stays, no longer the news.
        QTest::keyClicks(page.procedureSearch(), "ho tich");
        QVERIFY(!bar->isFresh());
        QVERIFY(bar->isVisible());
        QVERIFY(text->text().contains(d.code));

        QSignalSpy open(bar, &LastReceivedBar::openRequested);
        QSignalSpy reprint(bar, &LastReceivedBar::reprintRequested);
        QTest::mouseClick(bar->findChild<QPushButton*>(QStringLiteral("lastReceivedOpen")),
                          Qt::LeftButton);
        QTest::mouseClick(bar->findChild<QPushButton*>(QStringLiteral("lastReceivedReprint")),
                          Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), d.code);
        QCOMPARE(reprint.size(), 1);
        QCOMPARE(reprint.first().first().toString(), d.code);
    }

    void aDossierWithoutAppointmentAndANameLikeMarkup()
    {
        FixedBackend backend;
        IntakePage page(&backend);
        page.show();
        auto* bar = page.findChild<LastReceivedBar*>(QStringLiteral("lastReceived"));
        auto* text = bar->findChild<QLabel*>(QStringLiteral("lastReceivedText"));
        auto* result = page.findChild<QLabel*>(QStringLiteral("result"));
        QVERIFY(bar && text && result);

        Dossier d;
        d.code = QStringLiteral("000.00.71.H36-261123-0008");
        d.procedureCode = QStringLiteral("1.001193");
        d.owner.fullName = QStringLiteral("<b>Lê</b> Văn Tú");
        page.showAccepted(d, true); // offline: no appointment computed
        // No appointment: said in words, not "appointment" followed by nothing.
        QVERIFY2(text->text().contains(QStringLiteral("no appointment")), qPrintable(text->text()));
        QVERIFY2(!text->text().contains(QStringLiteral("appointment  ")), qPrintable(text->text()));
        QVERIFY2(result->text().contains(QStringLiteral("no appointment")),
                 qPrintable(result->text()));
        // A name is shown as typed, never read as markup.
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QCOMPARE(result->textFormat(), Qt::PlainText);
        QVERIFY(text->text().contains(QStringLiteral("<b>Lê</b> Văn Tú")));
    }

    void anIdCardFillsTheOwnerThenTheSubmitter()
    {
        FixedBackend backend;
        IntakePage page(&backend);
        const Person card{QStringLiteral("Hoàng Văn Đức"),
                          QStringLiteral("001090012345"),
                          QDate(1990, 3, 14),
                          {},
                          {},
                          QStringLiteral("Số 5 Hàng Bông, Hà Nội")};
        page.fillFromIdCard(card);
        QCOMPARE(page.ownerFields()->person().fullName, card.fullName);
        QCOMPARE(page.ownerFields()->person().birthDate, card.birthDate);
        QCOMPARE(page.request().owner.address, card.address);
        QVERIFY(page.request().submitter.isEmpty()); // the owner submits

        // The owner is someone else already: the card is the submitter's.
        const Person other{QStringLiteral("Hoàng Thị Mai"),
                           QStringLiteral("001190054321"),
                           QDate(1992, 7, 1),
                           {},
                           {},
                           {}};
        page.fillFromIdCard(other);
        QCOMPARE(page.request().owner.fullName, card.fullName);
        QCOMPARE(page.request().submitter.fullName, other.fullName);
        QCOMPARE(page.request().submitter.idNumber, other.idNumber);

        // Typing another ID number drops the birth date read from the card.
        page.ownerFields()->idEdit()->setFocus();
        QTest::keyClick(page.ownerFields()->idEdit(), Qt::Key_Backspace);
        QVERIFY(!page.ownerFields()->person().birthDate.isValid());
    }

    // The blank forms of the chosen case's papers, from the workstation's copy: an image form
    // printed (and read back from the sheet), a Word form saved but not printed here, a form
    // not synced yet said so; a procedure without forms leaves the button off.
    void blankFormsArePrintedOrSavedFromTheWorkstationsCopy()
    {
        QTemporaryDir dir;
        FixedBackend backend;
        QImage form(800, 1100, QImage::Format_Grayscale8);
        form.fill(255);
        const QImage qr = barcode::encodeQr(QStringLiteral("TO-KHAI-KHAI-SINH")).value();
        QPainter(&form).drawImage(QRect(100, 100, qr.width() * 10, qr.height() * 10), qr);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(form.save(&buffer, "PNG"));
        const QByteArray docx = QByteArray("PK\x03\x04", 4) + QByteArray(26, '\0') +
                                "[Content_Types].xml word/document.xml";
        const auto sha = [](const QByteArray& b) {
            return QString::fromLatin1(
                QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
        };
        backend.forms.insert(sha(png), {QStringLiteral("image/png"), png});
        backend.forms.insert(sha(docx), {sniffFormMimeType(docx), docx});
        for (Procedure& p : backend.m_procedures) {
            if (p.nationalCode != QLatin1String("1.001193"))
                continue;
            QVERIFY(p.components.size() >= 3);
            p.components[0].formSha256 = sha(png);
            p.components[0].formName = QStringLiteral("to-khai.png");
            p.components[1].formSha256 = sha(docx);
            p.components[1].formName = QStringLiteral("to-khai.docx");
            p.components[2].formSha256 = QString(64, u'c'); // not synced yet
            p.components[2].formName = QStringLiteral("uy-quyen.pdf");
        }
        IntakePage page(&backend);
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.procedureSearch()->setText(QStringLiteral("2.000815"));
        QTest::keyClick(page.procedureSearch(), Qt::Key_Return);
        QVERIFY(!page.blankFormsButton()->isEnabled()); // no case chosen, no forms
        page.procedureSearch()->setText(QStringLiteral("1.001193"));
        QTest::keyClick(page.procedureSearch(), Qt::Key_Return);
        QCOMPARE(page.currentProcedure()->nationalCode, QStringLiteral("1.001193"));
        QVERIFY(page.blankFormsButton()->isEnabled());
        page.blankFormsButton()->click();
        BlankFormsDialog* forms = page.blankFormsDialog();
        QVERIFY(forms && forms->isVisible());
        QCOMPARE(forms->list()->count(), 3);

        forms->list()->setCurrentRow(0);
        QVERIFY(forms->printButton()->isEnabled());
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(dir.filePath(QStringLiteral("form.pdf")));
        QSignalSpy printed(forms, &BlankFormsDialog::printFinished);
        QVERIFY(forms->startPrint(printer));
        QVERIFY(forms->isPrinting());
        QVERIFY(!forms->printButton()->isEnabled()); // one job at a time
        QTRY_COMPARE_WITH_TIMEOUT(printed.size(), 1, 20000);
        QCOMPARE(printed.first().first().toBool(), true);
        QCOMPARE(forms->statusLabel()->text(), BlankFormsDialog::tr("Sent to the printer."));
        QVERIFY(forms->printButton()->isEnabled());
        QProcess raster;
        raster.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-gray"),
                      QStringLiteral("-png"), QStringLiteral("-singlefile"),
                      dir.filePath(QStringLiteral("form.pdf")), dir.filePath(QStringLiteral("p"))});
        QVERIFY(raster.waitForFinished(60000) && raster.exitCode() == 0);
        const QList<DecodedBarcode> read = barcode::decode(QImage(dir.filePath("p.png")));
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().text, QStringLiteral("TO-KHAI-KHAI-SINH"));

        forms->list()->setCurrentRow(1);
        QVERIFY(!forms->printButton()->isEnabled()); // a Word form: saved, filled in elsewhere
        QVERIFY(forms->saveButton()->isEnabled());
        const auto notPrinted = forms->startPrint(printer);
        QVERIFY(!notPrinted);
        QCOMPARE(notPrinted.error().code, QStringLiteral("form.not_printable"));
        QVERIFY(forms->saveSelected(dir.filePath(QStringLiteral("to-khai.docx"))));
        QFile saved(dir.filePath(QStringLiteral("to-khai.docx")));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), docx);

        forms->list()->setCurrentRow(2);
        QVERIFY(!forms->saveButton()->isEnabled());
        QCOMPARE(forms->statusLabel()->text(),
                 ProblemText::message(QStringLiteral("form.unavailable")));
        QCOMPARE(forms->saveSelected(dir.filePath(QStringLiteral("x.pdf"))).error().code,
                 QStringLiteral("form.unavailable"));
        QVERIFY(forms->list()->item(2)->text().contains(QStringLiteral("uy-quyen.pdf")));
    }

    void screenshot()
    {
        // A picture of the screen mid-intake for people to look at (MOTCUA_SHOT_DIR, else a
        // temporary folder); what it must show is asserted above.
        QTemporaryDir tmp;
        const QString out = qEnvironmentVariable("MOTCUA_SHOT_DIR", tmp.path());
        FixedBackend backend;
        IntakePage page(&backend);
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.procedureSearch()->setText(QStringLiteral("khai sinh"));
        QTest::keyClick(page.procedureSearch(), Qt::Key_Return);
        page.ownerFields()->nameEdit()->setText(QStringLiteral("Nguyễn Thị Ngọc Ánh"));
        page.ownerFields()->idEdit()->setText(QStringLiteral("00119001234"));
        page.componentModel()->setData(
            page.componentModel()->index(0, ComponentChecklistModel::Received), Qt::Checked,
            Qt::CheckStateRole);
        page.accept();
        QVERIFY(page.grab().save(out + QStringLiteral("/intake.png")));
    }
};

QTEST_MAIN(TstIntakePage)
#include "tst_intakepage.moc"
