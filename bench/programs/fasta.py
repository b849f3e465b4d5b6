"""fasta: prints per section header, first line, line count and checksum.
Argument: n."""
import sys

ALU = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
       "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
       "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
       "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
       "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
       "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
       "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA")

IUB = [('a', 0.27), ('c', 0.12), ('g', 0.12), ('t', 0.27), ('B', 0.02), ('D', 0.02), ('H', 0.02),
       ('K', 0.02), ('M', 0.02), ('N', 0.02), ('R', 0.02), ('S', 0.02), ('V', 0.02), ('W', 0.02),
       ('Y', 0.02)]
HOMO_SAPIENS = [('a', 0.3029549426680), ('c', 0.1979883004921), ('g', 0.1975473066391),
                ('t', 0.3015094502008)]
WIDTH = 60
IM, IA, IC = 139968, 3877, 29573


class Section:
    def __init__(self):
        self.lines = 0
        self.hash = 0
        self.first = ""

    def emit(self, text):
        h = self.hash
        for c in text.encode():
            h = (h * 31 + c) & 0x3FFFFFFF
        self.hash = (h * 31 + 10) & 0x3FFFFFFF
        if self.lines == 0:
            self.first = text
        self.lines += 1

    def end(self, header):
        print(">%s\n%s\nlines %d checksum %d" % (header, self.first, self.lines, self.hash))


def repeat_fasta(header, s, n):
    sec = Section()
    doubled = s * (WIDTH // len(s) + 2)
    pos = 0
    left = n
    while left > 0:
        m = min(WIDTH, left)
        sec.emit(doubled[pos:pos + m])
        pos = (pos + m) % len(s)
        left -= m
    sec.end(header)


last = 42


def random_fasta(header, table, n):
    global last
    sec = Section()
    chars = [c for c, _ in table]
    cumul = []
    acc = 0.0
    for _, p in table:
        acc += p
        cumul.append(acc)
    k = len(table)
    left = n
    while left > 0:
        m = min(WIDTH, left)
        out = []
        for _ in range(m):
            last = (last * IA + IC) % IM
            r = 1.0 * last / IM
            j = 0
            while j < k - 1 and r >= cumul[j]:
                j += 1
            out.append(chars[j])
        sec.emit("".join(out))
        left -= m
    sec.end(header)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    repeat_fasta("ONE Homo sapiens alu", ALU, 2 * n)
    random_fasta("TWO IUB ambiguity codes", IUB, 3 * n)
    random_fasta("THREE Homo sapiens frequency", HOMO_SAPIENS, 5 * n)


main()
