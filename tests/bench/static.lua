-- nginx serving a static file: only the result line.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
