target_sources(motcua_client_gui PRIVATE
  gui/register/RegisterModel.h gui/register/RegisterModel.cpp
  gui/register/RegisterPage.h gui/register/RegisterPage.cpp)
