#pragma once

#include <string>

namespace motcua::test {

// Judges what the contract proxy (ContractProxy) reported about one exchange and fails the
// running test on what the API document does not describe:
// - anything about the answer (its status, headers or body);
// - a request the document calls invalid that the server accepted (a 2xx or 3xx), since then the
//   document is stricter than the server. A request the document calls invalid and the server
//   refused (4xx) is the two agreeing: the API tests send malformed bodies, unknown routes and
//   missing tokens on purpose.
class ContractViolations {
public:
    // `violations` is the sl-violations header (a JSON array), empty when there is none.
    static void check(const std::string& method, const std::string& path, int status,
                      const std::string& violations);
    // Fails the running test with what request threads found since the last call. QtTest may be
    // told of a failure on the test's own thread only, so the others keep theirs until then.
    static void reportPending();
};

} // namespace motcua::test
