"""Benchmarks (not tests): `make bench` runs every bench_*.py module and prints a table."""
