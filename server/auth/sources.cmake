target_sources(motcua_server PRIVATE
  auth/Crypto.h auth/Crypto.cpp
  auth/PasswordHasher.h auth/PasswordHasher.cpp
  auth/PasswordPolicy.h auth/PasswordPolicy.cpp
  auth/SecretKey.h auth/SecretKey.cpp
  auth/AccessClaims.h
  auth/Principal.h
  auth/TokenService.h auth/TokenService.cpp
  auth/LoginThrottle.h auth/LoginThrottle.cpp)
