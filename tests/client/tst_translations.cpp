#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

// Vietnamese is the default language and must be complete; English too. Every message in each
// .ts file needs a finished, non-empty translation that keeps the source's %1..%n placeholders.
class TstTranslations : public QObject {
    Q_OBJECT
private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("vi") << QStringLiteral(MOTCUA_TRANSLATIONS_DIR "/motcua_vi.ts");
        QTest::newRow("en") << QStringLiteral(MOTCUA_TRANSLATIONS_DIR "/motcua_en.ts");
    }
    void complete()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QString source;
        QStringList problems;
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                // A plural message holds one <numerusform> per plural form: check each form.
                QStringList forms;
                QString text;
                while (xml.readNext() != QXmlStreamReader::EndElement && !xml.hasError()) {
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms << xml.readElementText();
                    else if (xml.isStartElement())
                        xml.skipCurrentElement();
                }
                if (forms.isEmpty())
                    forms << text;
                for (const QString& form : std::as_const(forms)) {
                    if (type == QLatin1String("unfinished") || form.isEmpty()) {
                        problems << QStringLiteral("untranslated: ") + source;
                        break;
                    }
                }
                QStringList a;
                for (auto it = placeholder.globalMatch(source); it.hasNext();)
                    a << it.next().captured();
                a.sort();
                for (const QString& form : std::as_const(forms)) {
                    QStringList b;
                    for (auto it = placeholder.globalMatch(form); it.hasNext();)
                        b << it.next().captured();
                    b.sort();
                    if (a != b && type != QLatin1String("vanished") &&
                        type != QLatin1String("obsolete")) {
                        problems << QStringLiteral("placeholders differ: ") + source;
                        break;
                    }
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
