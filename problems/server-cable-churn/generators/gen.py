"""Secret tests for Server Cable Churn: python3 gen.py OUT_DIR (seeded)."""
import os
import random
import sys

out = sys.argv[1]
rng = random.Random(250025)


def write(name, n, events):
    lines = [f"{n} {len(events)}"] + [f"{c} {u} {v}" for c, u, v in events]
    with open(os.path.join(out, name + ".in"), "w") as handle:
        handle.write("\n".join(lines) + "\n")


class Log:
    def __init__(self, n):
        self.n = n
        self.present = []  # list of (u, v) with u < v
        self.where = {}
        self.events = []

    def add(self, u, v):
        key = (min(u, v), max(u, v))
        if u == v or key in self.where:
            return False
        self.where[key] = len(self.present)
        self.present.append(key)
        self.events.append(("+", u, v))
        return True

    def remove_at(self, index):
        key = self.present[index]
        last = self.present.pop()
        if index < len(self.present):
            self.present[index] = last
            self.where[last] = index
        del self.where[key]
        u, v = key if rng.random() < 0.5 else key[::-1]
        self.events.append(("-", u, v))
        return key

    def remove_random(self):
        return self.remove_at(rng.randrange(len(self.present)))

    def ask(self, u, v):
        self.events.append(("?", u, v))


def churn(n, q, p_add, p_remove, pick_edge, pick_question):
    log = Log(n)
    while len(log.events) < q:
        x = rng.random()
        if x < p_add:
            u, v = pick_edge(n)
            log.add(u, v)
        elif x < p_add + p_remove and log.present:
            log.remove_random()
        else:
            log.ask(*pick_question(n))
    return log.events


def anywhere(n):
    return rng.randint(1, n), rng.randint(1, n)


def nearby(n, spread=3):
    u = rng.randint(1, n)
    v = min(n, max(1, u + rng.randint(-spread, spread)))
    return u, v


write("01-single-server", 1, [("?", 1, 1)])
write("02-readd", 3, [("+", 1, 2), ("?", 1, 2), ("-", 2, 1), ("?", 2, 1), ("+", 2, 1), ("?", 1, 2),
                      ("+", 3, 2), ("-", 1, 2), ("?", 1, 3), ("?", 3, 2)])
write("03-small-churn", 6, churn(6, 60, 0.4, 0.3, anywhere, anywhere))
write("04-tiny-heavy-churn", 12, churn(12, 5000, 0.35, 0.35, anywhere, anywhere))
write("05-medium-random", 2000, churn(2000, 8000, 0.5, 0.2, anywhere, anywhere))
# Path cables between neighbours, questions between close servers.
write("06-path-churn", 5000, churn(5000, 10000, 0.45, 0.25, lambda n: nearby(n, 1), lambda n: nearby(n, 6)))
# Around the giant-component threshold: a good mix of YES and NO.
write("07-max-threshold", 12000, churn(12000, 45000, 0.5, 0.2, anywhere, anywhere))
write("08-max-path", 100000, churn(100000, 30000, 0.5, 0.15, lambda n: nearby(n, 1), lambda n: nearby(n, 4)))
# Build a big graph, then flip one cable around every question: rebuilding the components
# for each question costs n + m every time.
n = 40000
log = Log(n)
while len(log.present) < 28000:
    log.add(*anywhere(n))
while len(log.events) < 50000:
    key = log.remove_random()
    log.ask(*anywhere(n))
    log.add(*key)
    log.ask(*anywhere(n))
write("09-max-flip-every-question", n, log.events[:50000])
