#include "app/ServerApp.h"

int main(int argc, char** argv)
{
    motcua::server::ServerApp app;
    return app.run(argc, argv);
}
