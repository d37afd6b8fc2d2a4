# Loads the demo catalogue into a fresh data folder (motcua-server --setup-only), then seeds 300
# dossiers and checks every code was written out.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${SERVER} --data-dir ${WORK} --demo --setup-only
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "server setup failed (${rc}): ${err}")
endif()
execute_process(COMMAND ${SEED} --data-dir ${WORK} --count 300 --codes ${WORK}/codes.txt
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "seeding failed (${rc}): ${err}")
endif()
file(STRINGS ${WORK}/codes.txt codes)
list(LENGTH codes n)
if(NOT n EQUAL 300)
  message(FATAL_ERROR "expected 300 codes, got ${n}")
endif()
message(STATUS "${out}")
