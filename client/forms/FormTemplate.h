#pragma once

#include "core/Expected.h"

#include <memory>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace motcua::client {

// A logic-less HTML template, a small subset of Mustache that administrators can edit safely:
//   {{name}}              the value, HTML-escaped (line breaks become <br/>); never raw HTML
//   {{#name}}…{{/name}}   repeated for each item of a list (the item's fields come first in
//                         lookups), or shown once when the value is true / non-empty
//   {{^name}}…{{/name}}   shown when the value is false, empty or missing
//   {{> header}}          another template ("partial"), e.g. the shared header
//   {{! comment }}        dropped
// A name looks in the innermost item first, then outwards to the top-level fields; `a.b` reads
// field b of map a; `.` is the current item itself.
class FormTemplate {
public:
    FormTemplate();
    ~FormTemplate();
    FormTemplate(const FormTemplate&);
    FormTemplate& operator=(const FormTemplate&);
    FormTemplate(FormTemplate&&) noexcept;
    FormTemplate& operator=(FormTemplate&&) noexcept;

    // Parses `source`; errors name the line ("forms.template_syntax", path "<name>:<line>").
    static Expected<FormTemplate> parse(const QString& source, const QString& name = {});

    using Partials = QHash<QString, FormTemplate>;

    // The HTML. Names the template uses but the context lacks are appended to `missing` (the
    // test that keeps the shipped templates and the renderer in step relies on this).
    QString render(const QVariantMap& context, const Partials& partials = {},
                   QStringList* missing = nullptr) const;

    // Every name the template refers to (variables and sections), and the partials it includes.
    QStringList names() const;
    QStringList partialNames() const;

    QString name() const { return m_name; }

    static QString escape(const QString& text);

    struct Node;

private:
    QString m_name;
    std::shared_ptr<const std::vector<Node>> m_nodes; // immutable once parsed: cheap copies
};

} // namespace motcua::client
