# Plausible mistake: reverses the whole line, so each word is spelled backwards too.
import sys

line = sys.stdin.buffer.readline().strip()
sys.stdout.buffer.write(line[::-1] + b"\n")
