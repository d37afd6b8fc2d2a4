#pragma once

#include <string_view>

namespace motcua::server {

// resources/demo/catalogue.json, compiled into the server so `--demo` needs no file at run time.
std::string_view embeddedDemoCatalogue();

} // namespace motcua::server
