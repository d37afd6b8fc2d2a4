#pragma once

#include "domain/Enums.h"

#include <initializer_list>
#include <vector>

namespace motcua::server {

// Who may call a route, declared where the route is registered. The router refuses at startup a
// route whose rule was left unset, so a new route is never public by accident: public is a rule
// that has to be written down (Access::anyone()).
class Access {
public:
    enum class Kind {
        Unset,  // default-constructed: Router::add throws
        Anyone, // no authentication (health, login, the citizens' lookup)
        Staff,  // any active account with a valid access token
        Roles,  // one of the listed roles
    };

    Access() = default;
    static Access anyone() { return Access(Kind::Anyone, {}); }
    static Access staff() { return Access(Kind::Staff, {}); }
    static Access roles(std::initializer_list<Role> roles) { return Access(Kind::Roles, roles); }

    Kind kind() const { return m_kind; }
    const std::vector<Role>& roleList() const { return m_roles; }
    bool isPublic() const { return m_kind == Kind::Anyone; }

private:
    Access(Kind kind, std::initializer_list<Role> roles)
        : m_kind(kind)
        , m_roles(roles)
    {}

    Kind m_kind = Kind::Unset;
    std::vector<Role> m_roles;
};

} // namespace motcua::server
