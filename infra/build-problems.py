#!/usr/bin/env python3
"""Builds the problem library's secret test data from its generators.

For each package under problems/ (or the folders named on the command line):
  1. runs `generators/gen.py OUT` (seeded, so the same files every time) into a fresh folder;
  2. compiles `submissions/accepted/reference.cpp` and writes each test's `.ans` with it;
  3. checks every test (samples too) with `input_validators/validate.py` (exit 42 = valid);
  4. checks that the reference agrees with the sample answers (unless the package has its
     own output validator, whose answers may legitimately differ);
  5. swaps the new folder in as `data/secret` and stamps it with a hash of its sources.

A package whose stamp matches its sources is skipped, so a second run costs nothing.
Nothing half-built is ever left as `data/secret`: a failing package keeps its old data
(or none) and the script exits 1, naming the package and the step.

These are the project's own programs (they are in the repository and reviewed), so they
run on the host; packages from outside are verified in the judge's sandbox instead
(`arena problems verify`).
"""

import concurrent.futures
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIBRARY = os.path.join(ROOT, "problems")
# Bump to rebuild every package (a change to this script's output format).
BUILD_FORMAT = "2"
# A package's secret data may not grow past this: it is stored in PostgreSQL and cached
# by every edge.
MAX_SECRET_BYTES = 4 << 20
# Inputs and answers together, as the core stores them.
MAX_STORED_BYTES = 6 << 20
GENERATOR_SECONDS = 120
REFERENCE_SECONDS = 20
VALIDATOR_SECONDS = 30


class BuildError(Exception):
    pass


def source_hash(package):
    """Hash of everything the secret data is made from."""
    digest = hashlib.sha256(BUILD_FORMAT.encode())
    parts = ["generators", "input_validators", "data/sample", "submissions/accepted/reference.cpp"]
    for part in parts:
        path = os.path.join(package, part)
        files = []
        if os.path.isfile(path):
            files = [path]
        elif os.path.isdir(path):
            for folder, _, names in os.walk(path):
                files += [os.path.join(folder, name) for name in names if "__pycache__" not in folder]
        for file in sorted(files):
            digest.update(os.path.relpath(file, package).encode() + b"\0")
            with open(file, "rb") as handle:
                digest.update(handle.read() + b"\0")
    return digest.hexdigest()


def run(command, stdin=None, stdout=None, timeout=60, cwd=None, env=None):
    try:
        return subprocess.run(command, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, timeout=timeout, cwd=cwd, env=env)
    except subprocess.TimeoutExpired:
        raise BuildError(f"{' '.join(command)} ran over {timeout} s")


def tests_in(folder):
    if not os.path.isdir(folder):
        return []
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".in"))


def tokens_equal(left, right):
    return left.split() == right.split()


def build(package, force=False):
    name = os.path.basename(package)
    secret = os.path.join(package, "data", "secret")
    stamp = os.path.join(secret, ".built")
    wanted = source_hash(package)
    if not force and os.path.isfile(stamp) and open(stamp).read().strip() == wanted:
        return f"{name}: up to date"
    for required in ["generators/gen.py", "submissions/accepted/reference.cpp", "input_validators/validate.py"]:
        if not os.path.isfile(os.path.join(package, required)):
            raise BuildError(f"{name}: {required} is missing (see docs/problem-library.md)")
    work = tempfile.mkdtemp(prefix=f"arena-build-{name}-")
    try:
        fresh = os.path.join(work, "secret")
        os.mkdir(fresh)
        # A fixed hash seed: iterating a set of strings must not change the tests between runs.
        result = run(
            [sys.executable, os.path.join(package, "generators", "gen.py"), fresh], timeout=GENERATOR_SECONDS, cwd=package,
            env={**os.environ, "PYTHONHASHSEED": "0"})
        if result.returncode != 0:
            raise BuildError(f"{name}: generators/gen.py failed: {result.stderr.decode(errors='replace')[-500:]}")
        inputs = tests_in(fresh)
        if not inputs:
            raise BuildError(f"{name}: generators/gen.py wrote no .in files")
        size = sum(os.path.getsize(path) for path in inputs)
        if size > MAX_SECRET_BYTES:
            raise BuildError(f"{name}: the secret inputs take {size >> 10} KiB, more than {MAX_SECRET_BYTES >> 20} MiB")
        binary = os.path.join(work, "reference")
        result = run(["g++", "-O2", "-std=gnu++17", "-o", binary, os.path.join(package, "submissions", "accepted", "reference.cpp")], timeout=120)
        if result.returncode != 0:
            raise BuildError(f"{name}: reference.cpp does not compile: {result.stderr.decode(errors='replace')[-500:]}")
        validator = os.path.join(package, "input_validators", "validate.py")
        samples = tests_in(os.path.join(package, "data", "sample"))
        if len(samples) < 2:
            raise BuildError(f"{name}: data/sample needs at least two tests")
        custom_checker = any(os.path.isdir(os.path.join(package, folder)) for folder in ["output_validator", "output_validators"])
        for test in samples + inputs:
            label = os.path.relpath(test, fresh if test.startswith(fresh) else package)
            with open(test, "rb") as handle:
                result = run([sys.executable, validator], stdin=handle, stdout=subprocess.DEVNULL, timeout=VALIDATOR_SECONDS)
            if result.returncode != 42:
                raise BuildError(f"{name}: {label} fails the input validator (exit {result.returncode}): {result.stderr.decode(errors='replace')[-300:]}")
            with open(test, "rb") as handle:
                result = run([binary], stdin=handle, stdout=subprocess.PIPE, timeout=REFERENCE_SECONDS)
            if result.returncode != 0:
                raise BuildError(f"{name}: the reference solution failed on {label} (exit {result.returncode})")
            if test in samples:
                answer = open(test[:-3] + ".ans", "rb").read() if os.path.isfile(test[:-3] + ".ans") else None
                if answer is None:
                    raise BuildError(f"{name}: {label} has no .ans")
                if not custom_checker and not tokens_equal(answer.decode(), result.stdout.decode()):
                    raise BuildError(f"{name}: the reference solution disagrees with data/sample/{os.path.basename(test)[:-3]}.ans")
            else:
                with open(test[:-3] + ".ans", "wb") as handle:
                    handle.write(result.stdout)
        stored = sum(os.path.getsize(os.path.join(fresh, name)) for name in os.listdir(fresh))
        if stored > MAX_STORED_BYTES:
            raise BuildError(f"{name}: the secret tests with their answers take {stored >> 10} KiB, more than {MAX_STORED_BYTES >> 20} MiB")
        with open(os.path.join(fresh, ".built"), "w") as handle:
            handle.write(wanted + "\n")
        if os.path.isdir(secret):
            shutil.rmtree(secret)
        shutil.move(fresh, secret)
        return f"{name}: built {len(inputs)} tests ({size >> 10} KiB of input, {stored >> 10} KiB stored)"
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(arguments):
    force = "--force" in arguments
    named = [argument for argument in arguments if not argument.startswith("--")]
    if named:
        packages = [os.path.abspath(path) for path in named]
    else:
        packages = sorted(
            os.path.join(LIBRARY, entry) for entry in os.listdir(LIBRARY) if os.path.isfile(os.path.join(LIBRARY, entry, "problem.yaml")))
    failures = 0
    workers = max(1, min(len(packages), os.cpu_count() or 1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(build, package, force): package for package in packages}
        for future in concurrent.futures.as_completed(futures):
            try:
                print(future.result(), flush=True)
            except BuildError as error:
                failures += 1
                print(f"error: {error}", file=sys.stderr, flush=True)
    if failures:
        print(f"{failures} package(s) failed to build", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
