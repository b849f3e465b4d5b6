"""word count over a generated deterministic text.  Argument: n."""
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "do",
             "fu", "ga", "hi", "jo", "pe", "qu", "ze", "wa", "xi", "yo"]
seed = 12345


def next_rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed >> 8


def gen_text(n):
    out = []
    for i in range(1, n + 1):
        length = 1 + next_rand() % 3
        for _ in range(length):
            r = next_rand() % 20
            out.append(SYLLABLES[r * r // 20])
        out.append("\n" if i % 12 == 0 else " ")
    return "".join(out)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    text = gen_text(n)
    counts = {}
    total = 0
    for line in text.split("\n"):
        for w in line.split(" "):
            if w:
                total += 1
                counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts.items(), key=lambda wc: (-wc[1], wc[0]))
    print("words %d distinct %d" % (total, len(counts)))
    for w, c in ranked[:10]:
        print("%s %d" % (w, c))


main()
