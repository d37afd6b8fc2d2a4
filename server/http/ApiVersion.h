#pragma once

namespace motcua::server {

// The version of the HTTP API, apart from the application's: the major is the path's (/api/v1);
// the minor grows with every additive change (a new route, a new optional field in a body or an
// answer, a new problem code). Clients must ignore fields they do not know. Every answer carries
// it in the header kApiVersionHeader, and GET /api/v1/health in "apiVersion". docs/API.md says
// what a client may expect across versions.
inline constexpr const char* kApiVersion = "1.6";
inline constexpr const char* kApiVersionHeader = "MotCua-Api-Version";

} // namespace motcua::server
