# Captures Python jmespath's error text for every error case of the compliance suite:
#   python3 src/test/resources/jmespath-python/capture-errors.py > src/test/resources/jmespath-python/errors.json
# Keys are file#suite#case as in JmesPathComplianceTest; values are str(exception), as the CLI prints them.
import glob, json, os, jmespath

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'jmespath-compliance')
out = {'jmespath': jmespath.__version__}
for path in sorted(glob.glob(os.path.join(root, '*.json'))):
    name = os.path.basename(path)[:-5]
    with open(path, encoding='utf-8') as f:
        suites = json.load(f)
    for s, suite in enumerate(suites):
        for c, case in enumerate(suite['cases']):
            if 'error' not in case:
                continue
            try:
                jmespath.compile(case['expression']).search(suite['given'])
            except Exception as e:
                out['%s#%d#%d' % (name, s, c)] = str(e)
print(json.dumps(out, indent=1, ensure_ascii=False))
