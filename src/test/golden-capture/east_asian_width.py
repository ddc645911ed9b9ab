#!/usr/bin/python3
"""Writes the code point ranges whose East Asian Width is W, F or A (two columns in awscli/table.py).

Run with the Python of the reference AWS CLI (Debian's /usr/bin/python3 3.11, Unicode 14.0):
  /usr/bin/python3 src/test/golden-capture/east_asian_width.py > src/main/resources/dev/ssocli/output/east-asian-wide.txt
"""
import unicodedata

ranges = []
start = None
for cp in range(0x110000):
    wide = unicodedata.east_asian_width(chr(cp)) in "WFA"
    if wide and start is None:
        start = cp
    if not wide and start is not None:
        ranges.append((start, cp - 1))
        start = None
if start is not None:
    ranges.append((start, 0x10FFFF))
print("# East Asian Width W/F/A ranges, Unicode %s, hex start-end per line" % unicodedata.unidata_version)
for a, b in ranges:
    print("%x-%x" % (a, b))
