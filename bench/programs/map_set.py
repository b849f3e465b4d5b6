"""Map/Set workload (dict and set, sorted where order shows).  Argument: n."""
import sys

seed = 42


def next_rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed >> 4


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rng = 4 * n
    m = {}
    for i in range(1, n + 1):
        k = next_rand() % rng
        m[k] = m.get(k, 0) + i
    for _ in range(n):
        k = next_rand() % rng
        if k % 3 == 0:
            m.pop(k, None)
    acc = 0
    for k in sorted(m):
        acc = (acc + k * 7 + m[k]) & 0x3FFFFFFF
    print("map size %d sum %d min %d max %d" % (len(m), acc, min(m), max(m)))
    hits = 0
    for _ in range(n):
        if next_rand() % rng in m:
            hits += 1
    print("hits %d" % hits)
    s1 = {str(k) for k in sorted(m)}
    s2 = set()
    for _ in range(n):
        s2.add(str(next_rand() % rng))
    u = s1 | s2
    print("set sizes %d %d union %d inter %d diff %d"
          % (len(s1), len(s2), len(u), len(s1 & s2), len(s1 - s2)))
    print("union min %s max %s" % (min(u), max(u)))
    print("union chars %d" % sum(len(s) for s in u))


main()
