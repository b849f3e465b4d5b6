# robur: the two commands of the quick start are `make repl` and `make test`.
PY := .venv/bin/python
ROBUR := .venv/bin/robur

.PHONY: bootstrap repl test bench kernel clean

bootstrap:
	@bash scripts/bootstrap.sh

repl: bootstrap
	@$(ROBUR) repl

test: bootstrap
	@$(PY) -m pytest -q -n 2 tests

bench: bootstrap
	@$(ROBUR) bench

kernel:
	@$(MAKE) -s -C kernel

clean:
	rm -rf build .robur-cache
	@$(MAKE) -s -C kernel clean 2>/dev/null || true
