// The template language administrators edit: values are always escaped, sections repeat and
// hide, partials include, and mistakes are reported with their line.
#include "forms/FormTemplate.h"

#include <QtTest>

using namespace motcua;
using namespace motcua::client;

namespace {

FormTemplate parsed(const QString& source)
{
    auto t = FormTemplate::parse(source, QStringLiteral("t.html"));
    if (!t.ok())
        qFatal("%s", qPrintable(t.error().describe()));
    return *t;
}

} // namespace

class TstFormTemplate : public QObject {
    Q_OBJECT
private slots:
    void valuesAreEscaped()
    {
        const auto t = parsed(QStringLiteral("<p>{{name}}</p><p>{{note}}</p>"));
        const QString html =
            t.render({{QStringLiteral("name"), QStringLiteral("<b>Đức</b> & \"Ánh\"")},
                      {QStringLiteral("note"), QStringLiteral("dòng 1\ndòng 2")}});
        QCOMPARE(html, QStringLiteral("<p>&lt;b&gt;Đức&lt;/b&gt; &amp; &quot;Ánh&quot;</p>"
                                      "<p>dòng 1<br/>dòng 2</p>"));
    }

    void unescapedOutputIsRefused()
    {
        for (const QString& src : {QStringLiteral("{{{raw}}}"), QStringLiteral("{{& raw}}")}) {
            const auto t = FormTemplate::parse(src, QStringLiteral("x.html"));
            QVERIFY(!t.ok());
            QCOMPARE(t.error().code, QStringLiteral("forms.template_syntax"));
        }
    }

    void sectionsRepeatListsAndShowTruthyValues()
    {
        const auto t = parsed(
            QStringLiteral("{{#rows}}[{{no}}:{{name}}/{{agency}}]{{/rows}}{{^rows}}none{{/rows}}"
                           "{{#flag}}F{{/flag}}{{^flag}}f{{/flag}}{{#text}}T={{text}}{{/"
                           "text}}{{#empty}}E{{/empty}}"
                           "{{#person}}{{fullName}}{{/person}}|{{person.fullName}}"));
        const QVariantList rows{QVariantMap{{QStringLiteral("no"), QStringLiteral("1")},
                                            {QStringLiteral("name"), QStringLiteral("a")}},
                                QVariantMap{{QStringLiteral("no"), QStringLiteral("2")},
                                            {QStringLiteral("name"), QStringLiteral("b")},
                                            {QStringLiteral("agency"), QStringLiteral("own")}}};
        const QVariantMap ctx{{QStringLiteral("rows"), rows},
                              {QStringLiteral("agency"), QStringLiteral("UBND")},
                              {QStringLiteral("flag"), true},
                              {QStringLiteral("text"), QStringLiteral("x")},
                              {QStringLiteral("empty"), QString()},
                              {QStringLiteral("person"),
                               QVariantMap{{QStringLiteral("fullName"), QStringLiteral("Lê")}}}};
        // An item's own field wins; otherwise the lookup goes outwards.
        QCOMPARE(t.render(ctx), QStringLiteral("[1:a/UBND][2:b/own]FT=xLê|Lê"));

        QVariantMap none = ctx;
        none.insert(QStringLiteral("rows"), QVariantList());
        none.insert(QStringLiteral("flag"), false);
        QCOMPARE(t.render(none), QStringLiteral("nonefT=xLê|Lê"));
    }

    void currentItemAndComments()
    {
        const auto t =
            parsed(QStringLiteral("{{! a comment\n over lines }}{{#list}}<{{.}}>{{/list}}"));
        QCOMPARE(t.render({{QStringLiteral("list"),
                            QVariantList{QStringLiteral("a"), QStringLiteral("<b>")}}}),
                 QStringLiteral("<a><&lt;b&gt;>"));
    }

    void partialsAreIncludedWithTheSameValues()
    {
        const auto header = parsed(QStringLiteral("<h>{{agency}}</h>{{> inner}}"));
        const auto inner = parsed(QStringLiteral("<i>{{agency}}</i>"));
        const auto page = parsed(QStringLiteral("{{> header}}<p>{{code}}</p>"));
        QCOMPARE(page.partialNames(), QStringList{QStringLiteral("header")});
        const FormTemplate::Partials partials{{QStringLiteral("header"), header},
                                              {QStringLiteral("inner"), inner}};
        QCOMPARE(page.render({{QStringLiteral("agency"), QStringLiteral("Ba Đình")},
                              {QStringLiteral("code"), QStringLiteral("C-1")}},
                             partials),
                 QStringLiteral("<h>Ba Đình</h><i>Ba Đình</i><p>C-1</p>"));
    }

    void aPartialIncludingItselfStops()
    {
        const auto loop = parsed(QStringLiteral("x{{> loop}}"));
        QStringList missing;
        const QString html = loop.render({}, {{QStringLiteral("loop"), loop}}, &missing);
        QVERIFY(html.startsWith(QStringLiteral("xxxx")));
        QVERIFY(html.size() < 20);
        QCOMPARE(missing, QStringList{QStringLiteral(">loop")});
    }

    void missingNamesAreReported()
    {
        const auto t = parsed(QStringLiteral("{{known}}{{typo}}{{#rows}}{{alsoTypo}}{{/rows}}"
                                             "{{person.nmae}}{{> nowhere}}"));
        QStringList missing;
        const QString html =
            t.render({{QStringLiteral("known"), QStringLiteral("k")},
                      {QStringLiteral("rows"), QVariantList{QVariantMap()}},
                      {QStringLiteral("person"),
                       QVariantMap{{QStringLiteral("name"), QStringLiteral("n")}}}},
                     {}, &missing);
        QCOMPARE(html, QStringLiteral("k"));
        QCOMPARE(missing, QStringList({QStringLiteral("typo"), QStringLiteral("alsoTypo"),
                                       QStringLiteral("person.nmae"), QStringLiteral(">nowhere")}));
        QCOMPARE(t.names(), QStringList({QStringLiteral("known"), QStringLiteral("typo"),
                                         QStringLiteral("rows"), QStringLiteral("alsoTypo"),
                                         QStringLiteral("person.nmae")}));
    }

    void syntaxErrorsNameTheLine_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("unclosed tag")
            << QStringLiteral("a\nb {{name\n") << QStringLiteral("t.html:2")
            << QStringLiteral("never closed");
        QTest::newRow("unclosed section")
            << QStringLiteral("<p>\n\n{{#rows}}\n{{no}}") << QStringLiteral("t.html:3")
            << QStringLiteral("'{{#rows}}' is never closed");
        QTest::newRow("wrong close")
            << QStringLiteral("{{#a}}\n{{#b}}\n{{/a}}") << QStringLiteral("t.html:3")
            << QStringLiteral("opened on line 2");
        QTest::newRow("stray close") << QStringLiteral("x\n{{/rows}}") << QStringLiteral("t.html:2")
                                     << QStringLiteral("closes no section");
        QTest::newRow("empty tag")
            << QStringLiteral("{{ }}") << QStringLiteral("t.html:1") << QStringLiteral("empty");
    }
    void syntaxErrorsNameTheLine()
    {
        QFETCH(QString, source);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const auto t = FormTemplate::parse(source, QStringLiteral("t.html"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, QStringLiteral("forms.template_syntax"));
        QCOMPARE(t.error().path, path);
        QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
    }

    void textWithoutTagsIsKeptExactly()
    {
        const QString src = QStringLiteral("<p style=\"x\">Độc lập - Tự do - Hạnh phúc { } }}</p>");
        QCOMPARE(parsed(src).render({}), src);
    }
};

QTEST_GUILESS_MAIN(TstFormTemplate)
#include "tst_formtemplate.moc"
