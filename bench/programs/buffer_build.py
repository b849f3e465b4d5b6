"""Buffer and string building.  Argument: n."""
import io
import sys


def checksum(s):
    h = 0
    for c in s.encode():
        h = (h * 31 + c) & 0x3FFFFFFF
    return h


NAMES = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    b = io.StringIO()
    for i in range(n):
        b.write(str(i))
        b.write(",")
        b.write(NAMES[i % 8])
        b.write(",")
        b.write(str(i * i % 1000))
        b.write(",")
        b.write(chr(97 + i % 26) * (i % 5 + 1))
        b.write("\n")
    text = b.getvalue()
    print("text length %d checksum %d" % (len(text), checksum(text)))
    lines = [l for l in text.split("\n") if l != ""]
    out = io.StringIO()
    total = 0
    for l in lines:
        ident, name, v, tag = l.split(",")
        total += int(v)
        out.write(name.upper())
        out.write(":")
        out.write("-".join([tag, ident, "#" * len(v)]))
        out.write(";")
    result = out.getvalue()
    print("lines %d total %d" % (len(lines), total))
    print("result length %d checksum %d" % (len(result), checksum(result)))
    rev = "|".join(l[:4] for l in reversed(lines))
    print("rev length %d checksum %d" % (len(rev), checksum(rev)))


main()
