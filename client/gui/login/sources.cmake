target_sources(motcua_client_gui PRIVATE gui/login/LoginDialog.h gui/login/LoginDialog.cpp)
