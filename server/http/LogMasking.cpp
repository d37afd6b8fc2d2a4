#include "http/LogMasking.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include <Poco/URI.h>

namespace motcua::server {
namespace {

constexpr std::array<std::string_view, 11> kPersonal{"q",     "phone",   "idnumber", "id",
                                                     "email", "name",    "fullname", "owner",
                                                     "cccd",  "address", "recipient"};

bool personalName(std::string_view name)
{
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return std::find(kPersonal.begin(), kPersonal.end(), lower) != kPersonal.end();
}

bool looksPersonal(std::string_view encoded)
{
    std::string value;
    try {
        Poco::URI::decode(std::string(encoded), value);
    } catch (...) {
        value = encoded;
    }
    if (value.find('@') != std::string::npos)
        return true;
    std::size_t digits = 0;
    for (unsigned char c : value) {
        if (std::isdigit(c))
            ++digits;
        else if (c != ' ' && c != '+' && c != '-' && c != '.' && c != '(' && c != ')')
            return false; // a dossier code, a word: not a bare number
    }
    return digits >= 9; // phones have 10, CMND 9, CCCD 12
}

} // namespace

std::string maskedUri(const std::string& uri)
{
    const auto mark = uri.find('?');
    const std::string_view path(uri.data(), mark == std::string::npos ? uri.size() : mark);
    std::string out;
    out.reserve(uri.size());
    std::size_t start = 0;
    while (start <= path.size()) {
        auto slash = path.find('/', start);
        if (slash == std::string_view::npos)
            slash = path.size();
        const std::string_view segment = path.substr(start, slash - start);
        out += !segment.empty() && looksPersonal(segment) ? std::string_view("***") : segment;
        if (slash < path.size())
            out += '/';
        start = slash + 1;
    }
    if (mark == std::string::npos)
        return out;
    out += '?';
    const std::string_view query = std::string_view(uri).substr(mark + 1);
    start = 0;
    while (start <= query.size()) {
        auto amp = query.find('&', start);
        if (amp == std::string_view::npos)
            amp = query.size();
        const std::string_view pair = query.substr(start, amp - start);
        const auto eq = pair.find('=');
        const std::string_view name = pair.substr(0, eq);
        out += name;
        if (eq != std::string_view::npos) {
            const std::string_view value = pair.substr(eq + 1);
            out += '=';
            out += personalName(name) || looksPersonal(value) ? std::string_view("***") : value;
        }
        if (amp < query.size())
            out += '&';
        start = amp + 1;
    }
    return out;
}

} // namespace motcua::server
