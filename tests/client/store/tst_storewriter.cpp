// The store writer: writes run one at a time, in the order asked for, on a thread of their own,
// and each is answered on the asking object's thread after its commit. An object deleted before
// its answer is never called — also when it is deleted on its own thread while the writer thread
// is answering, which is why the answer goes through a queued connection and not through a
// pointer tested on the writer thread.

#include "core/store/LocalStore.h"
#include "core/store/StoreWriter.h"

#include <optional>

#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;

class TstStoreWriter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_reader; // what is on disk, read on this thread
    std::unique_ptr<StoreWriter> m_writer;
    int m_test = 0;

    // A store of its own for each test.
    QString path() const { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(m_test)); }

    // Waits until every write asked for so far is answered (they run in order).
    bool drained()
    {
        QObject context;
        bool done = false;
        m_writer->write([](LocalStore&) { return success(); }, &context,
                        [&done](const Status&) { done = true; });
        return QTest::qWaitFor([&] { return done; }, 20000);
    }

private slots:
    void init()
    {
        ++m_test;
        auto store = LocalStore::open(path()); // makes the schema
        QVERIFY(store);
        m_reader = std::move(store).value();
        m_writer = std::make_unique<StoreWriter>(path());
        QVERIFY(m_writer->start());
    }

    void cleanup()
    {
        m_writer.reset();
        m_reader.reset();
    }

    void answersOnTheAskingThreadAfterTheCommit()
    {
        QObject context;
        std::optional<bool> ok;
        QThread* answeredOn = nullptr;
        QVariant onDisk;
        m_writer->write([](LocalStore& s) { return s.setSetting(QStringLiteral("t/a"), 1); },
                        &context,
                        [&](const Status& s) {
                            ok = s.ok();
                            answeredOn = QThread::currentThread();
                            onDisk = m_reader->setting(QStringLiteral("t/a"));
                        });
        QVERIFY(!ok); // never before the event loop runs: the write is on the writer thread
        QTRY_VERIFY(ok.has_value());
        QVERIFY(*ok);
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(onDisk.toInt(), 1); // acknowledged means durable

        // Without an asking object: on the writer's own thread (this one).
        std::optional<bool> plain;
        m_writer->write([](LocalStore&) { return success(); }, nullptr,
                        [&plain](const Status& s) { plain = s.ok(); });
        QTRY_VERIFY(plain.value_or(false));
    }

    void aFailedWriteIsAnsweredWithItsError()
    {
        QObject context;
        QString code;
        m_writer->write(
            [](LocalStore& s) -> Status {
                if (Status written = s.setSetting(QStringLiteral("t/rolled"), 1); !written)
                    return written;
                return Error{QStringLiteral("test.refused"), QStringLiteral("refused"), {}};
            },
            &context,
            [&code](const Status& s) { code = s ? QStringLiteral("ok") : s.error().code; });
        QTRY_COMPARE(code, QStringLiteral("test.refused"));
        // One transaction: nothing of a failed write stays.
        QVERIFY(!m_reader->setting(QStringLiteral("t/rolled")).isValid());
    }

    void writesRunInTheOrderAsked()
    {
        for (int i = 1; i <= 50; ++i)
            m_writer->write([i](LocalStore& s) { return s.setSetting(QStringLiteral("t/n"), i); });
        m_writer->write([](LocalStore& s) { return s.removeDraft(QStringLiteral("t/d")); });
        m_writer->write(
            [](LocalStore& s) { return s.saveDraft(QStringLiteral("t/d"), QByteArray("{}")); });
        m_writer->write([](LocalStore& s) { return s.removeDraft(QStringLiteral("t/d")); });
        QVERIFY(drained());
        QCOMPARE(m_reader->setting(QStringLiteral("t/n")).toInt(), 50);
        QVERIFY(!m_reader->draft(QStringLiteral("t/d"))); // removed after it was saved: gone
    }

    void aContextDeletedBeforeItsAnswerIsNeverCalled()
    {
        // The write waits until its asking object is gone, so its answer can only find it gone.
        QSemaphore go;
        auto* context = new QObject;
        bool called = false;
        m_writer->write(
            [&go](LocalStore& s) {
                go.acquire();
                return s.setSetting(QStringLiteral("t/b"), 2);
            },
            context, [&called](const Status&) { called = true; });
        delete context;
        go.release();
        QVERIFY(drained());
        QVERIFY(!called);
        QCOMPARE(m_reader->setting(QStringLiteral("t/b")).toInt(), 2); // written all the same
    }

    void contextsDeletedWhileTheWriterAnswers()
    {
        // Every other asking object is deleted here while the writer thread works through the
        // queue and answers: some before their write, some while it is answered, some after the
        // answer was posted. Each kept object is answered once, each deleted one never.
        constexpr int kWrites = 400;
        std::vector<int> answers(kWrites, 0);
        std::vector<QObject*> contexts;
        for (int i = 0; i < kWrites; ++i) {
            contexts.push_back(new QObject);
            m_writer->write([i](LocalStore& s) { return s.setSetting(QStringLiteral("t/n"), i); },
                            contexts.back(), [&answers, i](const Status&) { ++answers[i]; });
        }
        for (int i = 0; i < kWrites; i += 2) {
            delete contexts[i];
            contexts[i] = nullptr;
        }
        QVERIFY(drained());
        for (int i = 0; i < kWrites; ++i)
            QVERIFY2(answers[i] == (i % 2 ? 1 : 0), qPrintable(QString::number(i)));
        qDeleteAll(contexts);
        QCOMPARE(m_reader->setting(QStringLiteral("t/n")).toInt(), kWrites - 1);
    }

    void aWriterNotStartedAnswersThatTheStoreIsClosed()
    {
        StoreWriter closed(path());
        QObject context;
        QString code;
        bool ran = false;
        closed.write(
            [&ran](LocalStore&) {
                ran = true;
                return success();
            },
            &context,
            [&code](const Status& s) { code = s ? QStringLiteral("ok") : s.error().code; });
        QVERIFY(code.isEmpty()); // answered through the event loop, as always
        QTRY_COMPARE(code, QStringLiteral("store.closed"));
        QVERIFY(!ran);
    }
};

QTEST_GUILESS_MAIN(TstStoreWriter)
#include "tst_storewriter.moc"
