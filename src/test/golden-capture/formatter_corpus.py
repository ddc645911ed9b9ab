#!/usr/bin/python3
"""Writes a differential corpus for the output formatters from the AWS CLI's own formatter classes.

The golden cases of capture.py run the real /usr/bin/aws end to end; this corpus widens the net cheaply: it feeds
seeded pseudo-random response models (nested dicts and lists, awkward strings, numbers) straight into
awscli.formatter of the installed AWS CLI 2.9.19 (run it with Debian's /usr/bin/python3, which has that package)
and records what each formatter writes, or the error it raises.

Usage: /usr/bin/python3 src/test/golden-capture/formatter_corpus.py src/test/resources/golden/formatter-corpus.jsonl
(stdout must not be a terminal: the table formatter then assumes 80 columns, as in the Java test). The corpus is
written to the named file, not stdout: the colour styler makes colorama wrap sys.stdout.
"""
import copy
import io
import json
import random
import sys

from awscli.formatter import get_formatter

SEED = 20261126
CASES = 600

KEYS = ["Name", "name", "Id", "accountId", "Tags", "Key", "Value", "items", "Items", "a", "B", "z", "_x", "x y",
        "ключ", "名前", "🚀", "ResponseMetadata", "NextToken", "Errors", "10", "é", "Ωmega", "long_key_" * 4]
WORDS = ["yes", "no", "true", "False", "null", "~", "", "123", "0x1F", "1.5", "1e3", ".inf", "2023-01-01",
         "- dash", "a: b", "#c", "key:", "[x]", "{y}", "'q'", 'say "hi"', "back\\slash", "multi\nline",
         "trailing ", " leading", "tab\there", "ctrl\u0001", "nbsp\u00a0", "bom\ufeff", "é", "開発", "ｗｉｄｅ",
         "🚀 launch", "Ωmega – prod ✓", "arn:aws:iam::111122223333:role/Admin", "dev@example.com", "-", "?", ":",
         "...", "---", "=", "<<", "@", "`", "%", "!", "&a", "*b", "|", ">", "a,b", "x\r\ny", "\u2028",
         "A very long sentence with plenty of words so that the YAML emitter has to fold it over more than one line",
         "ununterbrochenerlangertextohneleerzeichendersichnichtumbrechenlaesstundtrotzdemsehrlangist" * 2]


def scalar(rng):
    kind = rng.randrange(10)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, 1, -1, 7, 42, 1795672590000, -2 ** 63, 2 ** 70, 10 ** 20])
    if kind == 3:
        return rng.choice([0.0, -0.0, 0.1, 1.5, -2.25, 1e16, 1.5e-7, 123456.789, 1e300, 2 / 3, 100.0])
    if kind <= 6:
        return rng.choice(WORDS)
    return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 4)))


def value(rng, depth):
    kind = rng.randrange(10)
    if depth <= 0 or kind < 5:
        return scalar(rng)
    if kind < 8:
        return dictionary(rng, depth - 1)
    return listing(rng, depth - 1)


def dictionary(rng, depth):
    return {rng.choice(KEYS): value(rng, depth) for _ in range(rng.randrange(0, 5))}


def listing(rng, depth):
    style = rng.randrange(4)
    size = rng.randrange(0, 5)
    if style == 0:
        return [scalar(rng) for _ in range(size)]
    if style == 1:
        return [dictionary(rng, depth) for _ in range(size)]
    if style == 2:
        return [listing(rng, depth - 1) if depth > 0 else scalar(rng) for _ in range(size)]
    return [value(rng, depth) for _ in range(size)]


class Args:
    def __init__(self, color):
        self.query = None
        self.color = color


def run(fmt, color, model):
    stream = io.StringIO()
    error = None
    try:
        get_formatter(fmt, Args(color))("DescribeThings", copy.deepcopy(model), stream)
    except Exception as e:  # the CLI prints str(e) for any exception
        error = str(e)
    return stream.getvalue(), error


def main():
    if sys.stdout.isatty():
        raise SystemExit("stdout must not be a terminal")
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    sink = open(sys.argv[1], "w", encoding="utf-8")
    real_stdout = sys.stdout
    rng = random.Random(SEED)
    for i in range(CASES):
        model = dictionary(rng, 3)
        if i % 7 == 0:
            model = {rng.choice(KEYS): listing(rng, 2)}
        for fmt in ("json", "text", "table", "yaml", "yaml-stream"):
            colors = ("off", "on") if fmt == "table" else ("off",)
            for color in colors:
                out, error = run(fmt, color, model)
                sys.stdout = real_stdout
                sink.write(json.dumps({"case": i, "format": fmt, "color": color, "model": model, "out": out,
                                       "error": error}, ensure_ascii=True) + "\n")
    sink.close()


if __name__ == "__main__":
    main()
