#pragma once

#include <string>

#include <Poco/AsyncChannel.h>
#include <Poco/AutoPtr.h>
#include <Poco/Util/ServerApplication.h>

namespace motcua::server {

struct ServerContext;

// motcua-server: a Poco ServerApplication configured by a .properties file (--config) and
// command-line options. SIGTERM/SIGINT stop it gracefully: stop accepting, let in-flight requests
// finish, then close.
class ServerApp : public Poco::Util::ServerApplication {
protected:
    void initialize(Poco::Util::Application& self) override;
    void uninitialize() override;
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    // Throws on a startup failure: Poco's Application::run() catches, logs and exits.
    int main(const std::vector<std::string>& args) override; // NOLINT(bugprone-exception-escape)

private:
    void displayHelp();
    int bootstrapAdmin(ServerContext& context, const std::string& username);
    bool m_helpRequested = false;
    Poco::AutoPtr<Poco::AsyncChannel> m_logChannel;
};

} // namespace motcua::server
