target_sources(motcua_server PRIVATE
  storage/Database.h storage/Database.cpp
  storage/Migrations.h storage/Migrations.cpp)
