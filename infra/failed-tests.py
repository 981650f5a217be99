#!/usr/bin/env python3
"""Prints one `swift test --filter` pattern per failed test of a swift-testing xUnit report.

infra/test.sh runs each of them once more, alone, after a failed run: on two cores an
integration test can miss a deadline because dozens of others start servers at the same
time. A test that fails again fails the run; one that passes alone is still printed as
flaky, so it gets looked at.
"""
import re
import sys
import xml.etree.ElementTree as ElementTree


def failed_tests(path):
    patterns = []
    for case in ElementTree.parse(path).getroot().iter("testcase"):
        if case.find("failure") is None and case.find("error") is None:
            continue
        suite = case.get("classname", "")
        name = case.get("name", "").split("(")[0]
        if not suite or not name:
            continue
        pattern = "^" + re.escape(suite) + "/" + re.escape(name) + r"\("
        if pattern not in patterns:
            patterns.append(pattern)
    return patterns


if __name__ == "__main__":
    try:
        for pattern in failed_tests(sys.argv[1]):
            print(pattern)
    except (OSError, ElementTree.ParseError) as error:
        print(f"failed-tests: cannot read {sys.argv[1]}: {error}", file=sys.stderr)
        sys.exit(2)
