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
