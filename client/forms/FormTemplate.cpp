#include "forms/FormTemplate.h"

#include <functional>

namespace motcua::client {

struct FormTemplate::Node {
    enum class Type { Text, Variable, Section, Inverted, Partial };
    Type type = Type::Text;
    QString text; // literal text, or the name
    int line = 0;
    std::vector<Node> children;
};

namespace {

using Node = FormTemplate::Node;

constexpr int kMaxPartialDepth = 8; // a partial including itself must not hang the counter

Error syntaxError(const QString& templateName, int line, const QString& message)
{
    return {QStringLiteral("forms.template_syntax"), message,
            QStringLiteral("%1:%2")
                .arg(templateName.isEmpty() ? QStringLiteral("template") : templateName)
                .arg(line)};
}

bool truthy(const QVariant& v)
{
    if (!v.isValid() || v.isNull())
        return false;
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::QString:
        return !v.toString().isEmpty();
    case QMetaType::QVariantList:
        return !v.toList().isEmpty();
    case QMetaType::QVariantMap:
        return !v.toMap().isEmpty();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong() != 0;
    default:
        return true;
    }
}

class Renderer {
public:
    Renderer(const FormTemplate::Partials& partials, QStringList* missing)
        : m_partials(partials)
        , m_missing(missing)
    {}

    void render(const std::vector<Node>& nodes, QList<QVariant>& stack, QString& out, int depth)
    {
        for (const Node& n : nodes) {
            switch (n.type) {
            case Node::Type::Text:
                out += n.text;
                break;
            case Node::Type::Variable: {
                out += FormTemplate::escape(lookup(stack, n.text).toString());
                break;
            }
            case Node::Type::Section: {
                const QVariant v = lookup(stack, n.text);
                if (v.typeId() == QMetaType::QVariantList) {
                    for (const QVariant& item : v.toList()) {
                        stack.append(item);
                        render(n.children, stack, out, depth);
                        stack.removeLast();
                    }
                } else if (truthy(v)) {
                    stack.append(v);
                    render(n.children, stack, out, depth);
                    stack.removeLast();
                }
                break;
            }
            case Node::Type::Inverted:
                if (!truthy(lookup(stack, n.text)))
                    render(n.children, stack, out, depth);
                break;
            case Node::Type::Partial: {
                const auto it = m_partials.constFind(n.text);
                if (it == m_partials.constEnd() || depth >= kMaxPartialDepth) {
                    noteMissing(QStringLiteral(">") + n.text);
                    break;
                }
                renderPartial(*it, stack, out, depth + 1);
                break;
            }
            }
        }
    }

    std::function<void(const FormTemplate&, QList<QVariant>&, QString&, int)> renderPartial;

private:
    QVariant lookup(const QList<QVariant>& stack, const QString& name)
    {
        if (name == QLatin1String("."))
            return stack.isEmpty() ? QVariant() : stack.last();
        const QStringList parts = name.split(u'.');
        for (qsizetype i = stack.size() - 1; i >= 0; --i) {
            const QVariant& frame = stack.at(i);
            if (frame.typeId() != QMetaType::QVariantMap)
                continue;
            const QVariantMap map = frame.toMap();
            auto it = map.constFind(parts.first());
            if (it == map.constEnd())
                continue;
            QVariant v = it.value();
            for (qsizetype p = 1; p < parts.size(); ++p) {
                const QVariantMap inner = v.toMap();
                auto j = inner.constFind(parts.at(p));
                if (j == inner.constEnd()) {
                    noteMissing(name);
                    return {};
                }
                v = j.value();
            }
            return v;
        }
        noteMissing(name);
        return {};
    }

    void noteMissing(const QString& name)
    {
        if (m_missing && !m_missing->contains(name))
            m_missing->append(name);
    }

    const FormTemplate::Partials& m_partials;
    QStringList* m_missing;
};

void collectNames(const std::vector<Node>& nodes, QStringList& names, QStringList& partials)
{
    for (const Node& n : nodes) {
        if (n.type == Node::Type::Partial) {
            if (!partials.contains(n.text))
                partials.append(n.text);
        } else if (n.type != Node::Type::Text && !names.contains(n.text)) {
            names.append(n.text);
        }
        collectNames(n.children, names, partials);
    }
}

} // namespace

FormTemplate::FormTemplate()
    : m_nodes(std::make_shared<const std::vector<Node>>())
{}
FormTemplate::~FormTemplate() = default;
FormTemplate::FormTemplate(const FormTemplate&) = default;
FormTemplate& FormTemplate::operator=(const FormTemplate&) = default;
FormTemplate::FormTemplate(FormTemplate&&) noexcept = default;
FormTemplate& FormTemplate::operator=(FormTemplate&&) noexcept = default;

QString FormTemplate::escape(const QString& text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(u'\n', QStringLiteral("<br/>"));
    return out;
}

Expected<FormTemplate> FormTemplate::parse(const QString& source, const QString& name)
{
    // A stack of open sections; the bottom one is the template itself.
    struct Open {
        Node node;
        int line;
    };
    std::vector<Open> open;
    open.push_back({Node{}, 1});

    int line = 1;
    qsizetype pos = 0;
    const auto countLines = [&line](QStringView s) {
        line += int(s.count(u'\n'));
    };

    while (pos < source.size()) {
        const qsizetype start = source.indexOf(QLatin1String("{{"), pos);
        const qsizetype textEnd = start < 0 ? source.size() : start;
        if (textEnd > pos) {
            Node t;
            t.type = Node::Type::Text;
            t.text = source.mid(pos, textEnd - pos);
            t.line = line;
            countLines(t.text);
            open.back().node.children.push_back(std::move(t));
        }
        if (start < 0)
            break;
        const qsizetype end = source.indexOf(QLatin1String("}}"), start + 2);
        if (end < 0)
            return syntaxError(name, line, QStringLiteral("'{{' is never closed by '}}'"));
        const QString tag = source.mid(start + 2, end - start - 2);
        const int tagLine = line;
        countLines(tag);
        pos = end + 2;

        const QString body = tag.trimmed();
        if (body.isEmpty())
            return syntaxError(name, tagLine, QStringLiteral("empty tag '{{}}'"));
        const QChar sigil = body.at(0);
        const QString tagName = QStringView(body).mid(1).trimmed().toString();
        if (sigil == u'!')
            continue;
        if (sigil == u'#' || sigil == u'^') {
            if (tagName.isEmpty())
                return syntaxError(name, tagLine, QStringLiteral("a section needs a name"));
            Node s;
            s.type = sigil == u'#' ? Node::Type::Section : Node::Type::Inverted;
            s.text = tagName;
            s.line = tagLine;
            open.push_back({std::move(s), tagLine});
        } else if (sigil == u'/') {
            if (open.size() < 2 || open.back().node.text != tagName) {
                return syntaxError(
                    name, tagLine,
                    open.size() < 2
                        ? QStringLiteral("'{{/%1}}' closes no section").arg(tagName)
                        : QStringLiteral("'{{/%1}}' found where '{{/%2}}' (opened on line %3) "
                                         "was expected")
                              .arg(tagName, open.back().node.text)
                              .arg(open.back().line));
            }
            Node done = std::move(open.back().node);
            open.pop_back();
            open.back().node.children.push_back(std::move(done));
        } else if (sigil == u'>') {
            if (tagName.isEmpty())
                return syntaxError(name, tagLine, QStringLiteral("a partial needs a name"));
            Node p;
            p.type = Node::Type::Partial;
            p.text = tagName;
            p.line = tagLine;
            open.back().node.children.push_back(std::move(p));
        } else if (sigil == u'{' || sigil == u'&') {
            // Unescaped output is deliberately not supported: every value is escaped.
            return syntaxError(
                name, tagLine,
                QStringLiteral("unescaped output '{{%1}}' is not allowed").arg(body));
        } else {
            Node v;
            v.type = Node::Type::Variable;
            v.text = body;
            v.line = tagLine;
            open.back().node.children.push_back(std::move(v));
        }
    }
    if (open.size() > 1) {
        return syntaxError(
            name, open.back().line,
            QStringLiteral("section '{{#%1}}' is never closed").arg(open.back().node.text));
    }
    FormTemplate t;
    t.m_name = name;
    t.m_nodes = std::make_shared<const std::vector<Node>>(std::move(open.front().node.children));
    return t;
}

QString FormTemplate::render(const QVariantMap& context, const Partials& partials,
                             QStringList* missing) const
{
    QString out;
    QList<QVariant> stack{context};
    Renderer r(partials, missing);
    r.renderPartial = [&r](const FormTemplate& t, QList<QVariant>& s, QString& o, int depth) {
        r.render(*t.m_nodes, s, o, depth);
    };
    r.render(*m_nodes, stack, out, 0);
    return out;
}

QStringList FormTemplate::names() const
{
    QStringList names, partials;
    collectNames(*m_nodes, names, partials);
    return names;
}

QStringList FormTemplate::partialNames() const
{
    QStringList names, partials;
    collectNames(*m_nodes, names, partials);
    return partials;
}

} // namespace motcua::client
