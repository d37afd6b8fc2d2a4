#include "PdfTools.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace motcua::test::pdf {

bool have(const QString& program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QString run(const QString& program, const QStringList& args, int* exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString text(const QString& pdf, const QString& mode, int page)
{
    QStringList args{mode, QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), args);
}

namespace {

QString infoField(const QString& pdf, const QString& field)
{
    const QString out = run(QStringLiteral("pdfinfo"), {pdf});
    for (const QString& line : out.split(u'\n')) {
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

} // namespace

QString pageSize(const QString& pdf)
{
    return infoField(pdf, QStringLiteral("Page size"));
}

int pageCount(const QString& pdf)
{
    return infoField(pdf, QStringLiteral("Pages")).toInt();
}

QStringList rasterise(const QString& pdf, int dpi)
{
    const QFileInfo info(pdf);
    const QString prefix =
        info.dir().filePath(info.completeBaseName() + QStringLiteral("-r") + QString::number(dpi));
    int code = 0;
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
         QStringLiteral("-png"), pdf, prefix},
        &code);
    if (code != 0)
        return {};
    QStringList out;
    const QString base = QFileInfo(prefix).fileName();
    const QStringList files =
        info.dir().entryList({base + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
    for (const QString& f : files)
        out << info.dir().filePath(f);
    return out;
}

QStringList zbar(const QString& png)
{
    // zbarimg exits 4 when it finds nothing; its output is then empty anyway.
    const QString out =
        run(QStringLiteral("zbarimg"), {QStringLiteral("-q"), QStringLiteral("--raw"), png});
    return out.split(u'\n', Qt::SkipEmptyParts);
}

QString compact(const QString& s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(s).remove(space);
}

} // namespace motcua::test::pdf
