"""robur's benchmarks: every module ``bench/bench_*.py`` defines ``run(quick)``."""
