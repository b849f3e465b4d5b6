from robur.tutorial.match import compare


def test_exact_and_placeholders():
    assert compare(["hello"], ["hello", ""]) is None
    assert compare(["reloaded Handler (1 module, {{size}}) in {{ms}}"],
                   ["reloaded Handler (1 module, 3.1 KB) in 14 ms"]) is None
    assert compare(["boot: {{int}} us, image {{size}}"], ["boot: 87 us, image 52 KiB"]) is None
    assert compare(["a", "{{lines}}", "z"], ["a", "b", "c", "z"]) is None
    assert compare(["a", "{{lines}}", "z"], ["a", "z"]) is None
    assert compare(["x = {{...}}!"], ["x = anything at all!"]) is None


def test_mismatches_are_reported():
    m = compare(["hello"], ["hallo"])
    assert m is not None and (m.expected, m.actual) == ("hello", "hallo")
    m = compare(["a", "b"], ["a"])
    assert m is not None and m.expected == "b" and m.actual is None
    m = compare(["a"], ["a", "extra"])
    assert m is not None and m.actual == "extra"
    assert compare(["{{int}} ms"], ["x ms"]) is not None
    assert compare(["{{ms}}"], ["14 seconds"]) is not None


# -- the output of a program that keeps running (terminal= blocks) -----------------------

from robur.tutorial.match import match_prefix  # noqa: E402


def test_stream_match_takes_the_fewest_lines():
    m = match_prefix(["{{lines}}", "reloaded {{...}}", "count = {{int}}"],
                     ["tick 6", "tick 7", "reloaded Render", "count = 8", "count = 9"])
    assert (m.consumed, m.mismatch, m.waiting) == (4, None, False)
    assert match_prefix(["a"], ["a", "b"]).consumed == 1
    assert match_prefix([], ["a"]).consumed == 0
    assert match_prefix(["a", "{{lines}}"], ["a", "b"]).consumed == 1
    assert match_prefix(["a", ""], ["a", "b"]).consumed == 1           # trailing blank lines ignored


def test_stream_match_waits_for_more():
    m = match_prefix(["{{lines}}", "reloaded {{...}}", "count = {{int}}"], ["tick 6", "reloaded Render"])
    assert m.consumed is None and m.waiting
    assert (m.mismatch.expected, m.mismatch.actual) == ("count = {{int}}", None)
    m = match_prefix(["a", "b"], [])
    assert m.waiting and m.mismatch.expected == "a"


def test_stream_match_difference():
    # without {{lines}}, a differing line is final: no need to wait
    m = match_prefix(["tick 1", "tick 2"], ["tick 1", "count = 2"])
    assert not m.waiting and (m.mismatch.expected, m.mismatch.actual) == ("tick 2", "count = 2")
    # with {{lines}}, more output might still match; the report names the
    # line that differed after the most of the block had matched
    m = match_prefix(["{{lines}}", "running", "keys", "tick 1"], ["note", "running", "keys", "extra", "tick 1"])
    assert m.waiting and m.mismatch.expected_line == 3
    assert (m.mismatch.expected, m.mismatch.actual) == ("tick 1", "extra")
