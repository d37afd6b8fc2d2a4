target_sources(motcua_common PRIVATE)
